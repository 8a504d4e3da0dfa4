import { AuthEnv, DatabaseEnv, envFlag, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";

/** The skills service's environment variables (`.env.example`; the README's table is generated from them). */
export const envShape = {
  ...ServerEnv,
  PORT: ServerEnv.PORT.default(4103),
  ...DatabaseEnv,
  DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/skills.db"),
  ...AuthEnv,
  ...NatsEnv,
  SKILLS_LOAD_DEMO: envFlag(false).describe(
    "load demo institutions, training projects, completions and claims when there are no institutions yet",
  ),
};

/** The skills service's environment, validated at start. */
export function skillsConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(envShape, env);
}
export type SkillsConfig = ReturnType<typeof skillsConfig>;
