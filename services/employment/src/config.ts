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
      /** R-EMP-3: 每人至少提供就业岗位3次以上 — offers each person with an open case must receive. */
      EMPLOYMENT_OFFERS_REQUIRED: z.coerce.number().int().positive().max(100).default(3),
      EMPLOYMENT_LOAD_DEMO: z
        .enum(["true", "false"])
        .default("false")
        .transform((v) => v === "true"),
    },
    env,
  );
}
export type EmploymentConfig = ReturnType<typeof employmentConfig>;
