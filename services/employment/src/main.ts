import "reflect-metadata";
import { createLogger, handleShutdown, runMain } from "@pa/service-kit";
import { createEmploymentApp, SERVICE } from "./app";
import { employmentConfig } from "./config";

await runMain(SERVICE, async () => {
  const config = employmentConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const app = await createEmploymentApp({
    databaseUrl: config.DATABASE_URL,
    auth: config,
    natsUrl: config.NATS_URL,
    natsStreamReplicas: config.NATS_STREAM_REPLICAS,
    natsNamespace: config.NATS_NAMESPACE,
    loadDemo: config.EMPLOYMENT_LOAD_DEMO,
    logger,
    production: config.NODE_ENV === "production",
  });
  const { url } = await app.listen(config.PORT, config.HOST);
  logger.info({ url }, "employment listening");
  handleShutdown(logger, () => app.close());
});
