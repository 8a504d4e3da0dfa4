import "reflect-metadata";
import { runService } from "@pa/service-kit";
import { createRegistryApp, SERVICE } from "./app";
import { registryConfig } from "./config";

await runService({
  name: SERVICE,
  config: registryConfig,
  loadDemo: (c) => c.REGISTRY_LOAD_DEMO,
  app: createRegistryApp,
});
