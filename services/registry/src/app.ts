import "reflect-metadata";
import {
  createLogger,
  createSubgraphApp,
  createTokenVerifier,
  openOrm,
  type Logger,
  type SubgraphApp,
  type TokenSettings,
} from "@pa/service-kit";
import { entities } from "./entities";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildRegistrySchema } from "./schema";

export const SERVICE = "registry";
export const migrationSets = { postgresql, sqlite };

export interface RegistryDeps {
  databaseUrl: string;
  auth: TokenSettings;
  natsUrl: string;
  logger?: Logger;
  production?: boolean;
}

/** The registry app without `listen`: tests and `main.ts` both build it here. */
export async function createRegistryApp(deps: RegistryDeps): Promise<SubgraphApp> {
  const logger = deps.logger ?? createLogger(SERVICE, process.env.LOG_LEVEL ?? "warn");
  const orm = await openOrm({ databaseUrl: deps.databaseUrl, entities, migrations: migrationSets, logger });
  const { schema } = await buildRegistrySchema();
  return createSubgraphApp({
    name: SERVICE,
    schema,
    orm,
    verifyToken: createTokenVerifier(deps.auth),
    logger,
    introspection: !deps.production,
  });
}
