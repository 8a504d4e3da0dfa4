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
import { DEFAULT_SETTINGS, type EmploymentContext } from "./context";
import { entities } from "./entities";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildEmploymentSchema } from "./schema";

export const SERVICE = "employment";
export const migrationSets = { postgresql, sqlite };

export interface EmploymentDeps {
  databaseUrl: string;
  auth: TokenSettings;
  natsUrl: string;
  logger?: Logger;
  production?: boolean;
  /** R-EMP-3 offers each person must receive (`EMPLOYMENT_OFFERS_REQUIRED`, default 3). */
  offersRequired?: number;
}

/** The employment app without `listen`: tests and `main.ts` both build it here. */
export async function createEmploymentApp(deps: EmploymentDeps): Promise<SubgraphApp> {
  const logger = deps.logger ?? createLogger(SERVICE, process.env.LOG_LEVEL ?? "warn");
  const orm = await openOrm({ databaseUrl: deps.databaseUrl, entities, migrations: migrationSets, logger });
  const { schema } = await buildEmploymentSchema();
  const settings = {
    ...DEFAULT_SETTINGS,
    ...(deps.offersRequired ? { offersRequired: deps.offersRequired } : {}),
  };
  return createSubgraphApp<EmploymentContext>({
    name: SERVICE,
    schema,
    orm,
    verifyToken: createTokenVerifier(deps.auth),
    logger,
    introspection: !deps.production,
    extendContext: (ctx) => ({ ...ctx, settings }),
  });
}
