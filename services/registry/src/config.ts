import { AuthEnv, DatabaseEnv, loadConfig, NatsEnv, ServerEnv } from "@pa/service-kit";
import { z } from "zod";

/** The registry's environment, validated at start (see `.env.example` and README). */
export function registryConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      ...ServerEnv,
      PORT: ServerEnv.PORT.default(4101),
      ...DatabaseEnv,
      DATABASE_URL: DatabaseEnv.DATABASE_URL.default("sqlite:.data/registry.db"),
      ...AuthEnv,
      ...NatsEnv,
      REGISTRY_LOAD_DEMO: z
        .enum(["true", "false"])
        .default("false")
        .transform((v) => v === "true"),
    },
    env,
  );
}
export type RegistryConfig = ReturnType<typeof registryConfig>;
