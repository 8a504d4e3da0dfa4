import { AuthEnv, DatabaseEnv, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";
import { z } from "zod";

const flag = (def: "true" | "false") =>
  z
    .enum(["true", "false"])
    .default(def)
    .transform((v) => v === "true");

/** The social-security environment, validated at start (see `.env.example` and README). */
export function socialSecurityConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      ...ServerEnv,
      PORT: ServerEnv.PORT.default(4106),
      ...DatabaseEnv,
      DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/social-security.db"),
      ...AuthEnv,
      ...NatsEnv,
      SOCIAL_SECURITY_LOAD_DEMO: flag("false"),
      PENSION_LEDGER_SCHEDULE: flag("true"),
      PENSION_LEDGER_HOUR: z.coerce.number().int().min(0).max(23).default(2),
    },
    env,
  );
}
export type SocialSecurityConfig = ReturnType<typeof socialSecurityConfig>;
