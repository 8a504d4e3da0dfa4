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

/** A `true`/`false` variable read as a boolean. */
export function envFlag(defaultValue: boolean) {
  return z
    .enum(["true", "false"])
    .default(defaultValue ? "true" : "false")
    .transform((v) => v === "true");
}

/** Variables every HTTP service reads. */
export const ServerEnv = {
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development")
    .describe("`production` turns introspection off"),
  HOST: z.string().default("127.0.0.1").describe("the address to listen on"),
  PORT: port.describe("the port to listen on (0: any free port)"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("pino log level"),
};

/** `postgresql://…` or `sqlite:<file>` (a file under `.data/` by default). */
export const DatabaseEnv = {
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, "must start with postgresql:// or sqlite:")
    .describe("`postgresql://…` or `sqlite:<file>`"),
};

/** Token verification: HS256 with a shared secret (development) or RS256 via a JWKS URL. */
export const AuthEnv = {
  JWT_SECRET: z
    .string()
    .min(32, "must be at least 32 characters")
    .optional()
    .describe("HS256 secret (development), at least 32 characters"),
  JWT_JWKS_URL: z.url().optional().describe("JWKS URL for RS256 tokens (production)"),
  JWT_ISSUER: z.string().default("pa-dev").describe("expected token issuer"),
  JWT_AUDIENCE: z.string().default("pa").describe("expected token audience"),
};

/** The NATS server with JetStream. */
export const NatsEnv = {
  NATS_URL: z.string().default("nats://127.0.0.1:4222").describe("NATS with JetStream"),
  NATS_STREAM_REPLICAS: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .default(1)
    .describe("replicas of the service's stream `PA_<SERVICE>`: 1 on one node, 3 in a JetStream cluster"),
  NATS_NAMESPACE: z
    .string()
    .regex(/^([a-z][a-z0-9_]{0,31})?$/, "lowercase letters, digits and _ (or empty)")
    .default("")
    .describe(
      "subject prefix and stream suffix, so several deployments (a local demo, tests) share one NATS server; empty in production",
    ),
};

/** One variable as a service README's configuration table shows it. */
export interface EnvVariableDoc {
  name: string;
  /** The default as it would be written in the environment; undefined when there is none. */
  default: string | undefined;
  /** Whether the service refuses to start without it. */
  required: boolean;
  description: string;
}

/**
 * The variables of a config shape with their defaults and `.describe()` texts, for the generated
 * configuration table (`pnpm docs`). Throws naming a variable that has no description, so a new
 * variable cannot reach the README undocumented.
 */
export function describeEnv(shape: EnvShape): EnvVariableDoc[] {
  return Object.entries(shape).map(([name, schema]) => {
    let description: string | undefined;
    let defaultValue: string | undefined;
    let optional = false;
    // Walk the wrappers (.default, .optional, .transform pipes) from the outside in: the outermost
    // description wins, so a service may override the kit's text.
    let node: z.ZodType | undefined = schema;
    while (node) {
      description ??= node.description;
      const def = node._zod.def as {
        type: string;
        defaultValue?: unknown;
        innerType?: z.ZodType;
        in?: z.ZodType;
      };
      if (def.type === "default" && defaultValue === undefined) defaultValue = String(def.defaultValue);
      if (def.type === "optional") optional = true;
      node = def.type === "pipe" ? def.in : def.innerType;
    }
    if (!description) throw new Error(`${name} has no description: add .describe("…") to it in config.ts.`);
    return { name, default: defaultValue, required: defaultValue === undefined && !optional, description };
  });
}
