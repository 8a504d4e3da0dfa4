import "reflect-metadata";
import { createLogger, handleShutdown, runMain } from "@pa/service-kit";
import { createRegistryApp, SERVICE } from "./app";
import { registryConfig } from "./config";

await runMain(SERVICE, async () => {
  const config = registryConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const app = await createRegistryApp({
    databaseUrl: config.DATABASE_URL,
    auth: config,
    natsUrl: config.NATS_URL,
    natsStreamReplicas: config.NATS_STREAM_REPLICAS,
    natsNamespace: config.NATS_NAMESPACE,
    loadDemo: config.REGISTRY_LOAD_DEMO,
    logger,
    production: config.NODE_ENV === "production",
  });
  const { url } = await app.listen(config.PORT, config.HOST);
  logger.info({ url }, "registry listening");
  handleShutdown(logger, () => app.close());
});
