import "reflect-metadata";
import { createLogger, handleShutdown, runMain } from "@pa/service-kit";
import { createSocialSecurityApp, SERVICE } from "./app";
import { socialSecurityConfig } from "./config";
import { scheduleDailyPensionLedger } from "./pension/pension.scheduler";

await runMain(SERVICE, async () => {
  const config = socialSecurityConfig();
  const logger = createLogger(SERVICE, config.LOG_LEVEL);
  const app = await createSocialSecurityApp({
    databaseUrl: config.DATABASE_URL,
    auth: config,
    natsUrl: config.NATS_URL,
    natsStreamReplicas: config.NATS_STREAM_REPLICAS,
    natsNamespace: config.NATS_NAMESPACE,
    loadDemo: config.SOCIAL_SECURITY_LOAD_DEMO,
    logger,
    production: config.NODE_ENV === "production",
  });
  // R-SS-3: the daily pension ledger run, from PENSION_LEDGER_HOUR o'clock Asia/Shanghai.
  const stopSchedule = config.PENSION_LEDGER_SCHEDULE
    ? scheduleDailyPensionLedger(app.orm, { hour: config.PENSION_LEDGER_HOUR, logger })
    : () => undefined;
  const { url } = await app.listen(config.PORT, config.HOST);
  logger.info({ url }, "social-security listening");
  handleShutdown(logger, async () => {
    stopSchedule();
    await app.close();
  });
});
