import { resolve } from "node:path";
import { z } from "zod";
import { AuthEnv, ConfigError, ServerEnv, loadConfig } from "@pa/service-kit";
import { DEFAULT_MAX_COST } from "./limits";
import { DEFAULT_CONSOLE_DIR, DEFAULT_SUPERGRAPH_PATH } from "./paths";

const DEFAULT_CORS_ORIGINS = "http://localhost:5173,http://127.0.0.1:5173,http://localhost:4000";

const positiveInt = z.coerce.number().int().positive();

/** The gateway's environment (README.md lists every variable). */
export const GatewayEnv = {
  ...ServerEnv,
  PORT: ServerEnv.PORT.default(4000),
  ...AuthEnv,
  SUPERGRAPH_PATH: z
    .string()
    .min(1)
    .default(DEFAULT_SUPERGRAPH_PATH)
    .transform((p) => resolve(p)),
  /** The web console's production build, served at `/` when it exists (`npm start` builds it). */
  CONSOLE_DIR: z
    .string()
    .min(1)
    .default(DEFAULT_CONSOLE_DIR)
    .transform((p) => resolve(p)),
  CORS_ORIGINS: z
    .string()
    .default(DEFAULT_CORS_ORIGINS)
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o.length > 0),
    )
    .pipe(z.array(z.url("each origin must be a URL such as http://localhost:5173"))),
  MAX_DEPTH: positiveInt.default(12),
  MAX_ALIASES: positiveInt.default(30),
  /** Defaults to the kit's largest page of the heaviest row (limits.ts); override only to lower it. */
  MAX_COST: positiveInt.default(DEFAULT_MAX_COST),
  MAX_TOKENS: positiveInt.default(5000),
  SUBGRAPH_TIMEOUT_MS: positiveInt.default(30_000),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

/** Parses the environment; a bad value stops the gateway with a message naming the variable. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  const config = loadConfig(GatewayEnv, env);
  if (!config.JWT_SECRET && !config.JWT_JWKS_URL) {
    throw new ConfigError(
      "Invalid configuration; fix these environment variables:\n  JWT_SECRET or JWT_JWKS_URL: set one (HS256 secret in development, JWKS URL in production)",
    );
  }
  return { ...config, subgraphUrls: subgraphUrlOverrides(env) };
}

/** `social-security` → `SOCIAL_SECURITY`: how a subgraph's name appears in `SUBGRAPH_<NAME>_URL`. */
export function subgraphEnvName(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_");
}

const OVERRIDE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

/**
 * Per-environment subgraph URLs: `SUBGRAPH_SOCIAL_SECURITY_URL=http://ss:4106/graphql` replaces the
 * URL the supergraph file holds for `social-security`. Keys of the result are upper snake names
 * (compare with {@link subgraphEnvName}); an invalid URL stops the gateway.
 */
export function subgraphUrlOverrides(
  env: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const overrides: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    const m = OVERRIDE.exec(key);
    if (!m?.[1] || value === undefined || value.trim() === "") continue;
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
      problems.push(`  ${key}: must be an http(s) URL such as http://127.0.0.1:4101/graphql (got ${value})`);
      continue;
    }
    overrides[m[1]] = value.trim();
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${problems.join("\n")}`);
  }
  return overrides;
}

/** The override for a subgraph, looked up by its name as the supergraph spells it. */
export function overrideFor(overrides: Record<string, string> | undefined, name: string): string | undefined {
  if (!overrides) return undefined;
  return overrides[subgraphEnvName(name)] ?? overrides[name];
}
