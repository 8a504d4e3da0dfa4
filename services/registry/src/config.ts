import { AuthEnv, DatabaseEnv, envFlag, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";

/** The registry's environment variables (`.env.example`; the README's table is generated from them). */
export const envShape = {
  ...ServerEnv,
  PORT: ServerEnv.PORT.default(4101),
  ...DatabaseEnv,
  DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/registry.db"),
  ...AuthEnv,
  ...NatsEnv,
  REGISTRY_LOAD_DEMO: envFlag(false).describe("load the demo city when the register is empty"),
};

/** The registry's environment, validated at start. */
export function registryConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(envShape, env);
}
export type RegistryConfig = ReturnType<typeof registryConfig>;
