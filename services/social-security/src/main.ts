import "reflect-metadata";
import { runService } from "@pa/service-kit";
import { createSocialSecurityApp, SERVICE } from "./app";
import { socialSecurityConfig } from "./config";
import { scheduleDailyPensionLedger } from "./pension/pension.scheduler";

await runService({
  name: SERVICE,
  config: socialSecurityConfig,
  loadDemo: (c) => c.SOCIAL_SECURITY_LOAD_DEMO,
  app: createSocialSecurityApp,
  // R-SS-3: the daily pension ledger run, from PENSION_LEDGER_HOUR o'clock Asia/Shanghai.
  background: (app, c, logger) =>
    c.PENSION_LEDGER_SCHEDULE
      ? scheduleDailyPensionLedger(app.orm, { hour: c.PENSION_LEDGER_HOUR, logger })
      : undefined,
});
