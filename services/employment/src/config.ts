import { AuthEnv, DatabaseEnv, envFlag, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";

/** The employment service's environment variables (`.env.example`; the README's table is generated from them). */
export const envShape = {
  ...ServerEnv,
  PORT: ServerEnv.PORT.default(4102),
  ...DatabaseEnv,
  DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/employment.db"),
  ...AuthEnv,
  ...NatsEnv,
  EMPLOYMENT_LOAD_DEMO: envFlag(false).describe(
    "load demo posts, projects and fairs when there are no posts yet",
  ),
};

/** The employment service's environment, validated at start. */
export function employmentConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(envShape, env);
}
export type EmploymentConfig = ReturnType<typeof employmentConfig>;
