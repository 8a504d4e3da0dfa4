import { AuthEnv, DatabaseEnv, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";
import { z } from "zod";

/** The employment service's environment, validated at start (see `.env.example` and README). */
export function employmentConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      ...ServerEnv,
      PORT: ServerEnv.PORT.default(4102),
      ...DatabaseEnv,
      DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/employment.db"),
      ...AuthEnv,
      ...NatsEnv,
      EMPLOYMENT_LOAD_DEMO: z
        .enum(["true", "false"])
        .default("false")
        .transform((v) => v === "true"),
    },
    env,
  );
}
export type EmploymentConfig = ReturnType<typeof employmentConfig>;
