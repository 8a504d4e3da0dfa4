import "reflect-metadata";
import { runService } from "@pa/service-kit";
import { createEmploymentApp, SERVICE } from "./app";
import { employmentConfig } from "./config";

await runService({
  name: SERVICE,
  config: employmentConfig,
  loadDemo: (c) => c.EMPLOYMENT_LOAD_DEMO,
  app: (deps) => createEmploymentApp(deps),
});
