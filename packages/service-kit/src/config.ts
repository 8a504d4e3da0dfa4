import { z } from "zod";

/** A zod object shape describing environment variables. */
export type EnvShape = Record<string, z.ZodType>;

/**
 * Parses and validates the environment at start. A wrong or missing value stops the process
 * with a message naming every bad variable — better than a half-configured service.
 */
export function loadConfig<S extends EnvShape>(
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  const err = new ConfigError(`Invalid configuration; fix these environment variables:\n${lines.join("\n")}`);
  throw err;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const port = z.coerce.number().int().min(0).max(65535);

/** Variables every HTTP service reads. */
export const ServerEnv = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: port,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

/** `postgresql://…` or `sqlite:<file>` (a file under `.data/` by default). */
export const DatabaseEnv = {
  DATABASE_URL: z.string().regex(/^(postgres(ql)?:\/\/|sqlite:)/, "must start with postgresql:// or sqlite:"),
};

/** Token verification: HS256 with a shared secret (development) or RS256 via a JWKS URL. */
export const AuthEnv = {
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().default("pa-dev"),
  JWT_AUDIENCE: z.string().default("pa"),
};

/** The NATS server with JetStream. */
export const NatsEnv = {
  NATS_URL: z.string().default("nats://127.0.0.1:4222"),
  /** Replicas of the service's stream: 1 on one node, 3 in a JetStream cluster. */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  /**
   * Prefix of every subject and suffix of every stream, so that several deployments (a local demo,
   * tests) can share one NATS server without hearing each other. Empty in production.
   */
  NATS_NAMESPACE: z
    .string()
    .regex(/^([a-z][a-z0-9_]{0,31})?$/, "lowercase letters, digits and _ (or empty)")
    .default(""),
};
