import { AuthEnv, DatabaseEnv, envFlag, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";
import { z } from "zod";

/** The social-security environment variables (`.env.example`; the README's table is generated from them). */
export const envShape = {
  ...ServerEnv,
  PORT: ServerEnv.PORT.default(4106),
  ...DatabaseEnv,
  DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/social-security.db"),
  ...AuthEnv,
  ...NatsEnv,
  SOCIAL_SECURITY_LOAD_DEMO: envFlag(false).describe(
    "adopt the demo policy versions (2018-01-01, 2020-01-01, 2021-01-01) when there are none",
  ),
  PENSION_LEDGER_SCHEDULE: envFlag(true).describe("run the pension ledger daily (R-SS-3)"),
  PENSION_LEDGER_HOUR: z.coerce
    .number()
    .int()
    .min(0)
    .max(23)
    .default(2)
    .describe("hour (0–23, Asia/Shanghai) from which the daily pension ledger run is due"),
};

/** The social-security environment, validated at start. */
export function socialSecurityConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(envShape, env);
}
export type SocialSecurityConfig = ReturnType<typeof socialSecurityConfig>;
