import "reflect-metadata";
import { eventEntities, Outbox, startEventBus } from "@pa/events";
import {
  createLogger,
  createSubgraphApp,
  createTokenVerifier,
  openOrm,
  ServiceMetrics,
  type Logger,
  type SubgraphApp,
  type TokenSettings,
} from "@pa/service-kit";
import type { RegistryContext } from "./context";
import { entities } from "./entities";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildRegistrySchema } from "./schema";
import { loadDemoIfEmpty } from "./demo/demo-loader";

export const SERVICE = "registry";
export const migrationSets = { postgresql, sqlite };
/** The registry's tables, with the outbox and inbox of the event backbone. */
export const allEntities = [...entities, ...eventEntities];

export interface RegistryDeps {
  databaseUrl: string;
  auth: TokenSettings;
  natsUrl: string;
  /** Bus namespace: empty in production; tests pass their own. */
  natsNamespace?: string;
  natsStreamReplicas?: number;
  /** Load the demo data when the database is empty, before the service joins the bus. */
  loadDemo?: boolean;
  logger?: Logger;
  production?: boolean;
}

/** The registry app without `listen`: tests and `main.ts` both build it here. */
export async function createRegistryApp(deps: RegistryDeps): Promise<SubgraphApp> {
  const logger = deps.logger ?? createLogger(SERVICE, process.env.LOG_LEVEL ?? "warn");
  const metrics = new ServiceMetrics(SERVICE);
  const orm = await openOrm({
    databaseUrl: deps.databaseUrl,
    entities: allEntities,
    migrations: migrationSets,
    logger,
  });
  // Demo data first: the service then joins the bus with it in place (policies before people,
  // say), and what the demo wrote to the outbox is published as soon as the relay starts.
  if (deps.loadDemo) await loadDemoIfEmpty(orm, logger);
  const bus = await startEventBus({
    service: SERVICE,
    orm,
    natsUrl: deps.natsUrl,
    namespace: deps.natsNamespace ?? "",
    replicas: deps.natsStreamReplicas ?? 1,
    log: logger,
    metrics,
    produces: true,
  }).catch(async (e: unknown) => {
    await orm.close(true);
    throw e;
  });
  const { schema } = await buildRegistrySchema();
  return createSubgraphApp<RegistryContext>({
    name: SERVICE,
    schema,
    orm,
    metrics,
    verifyToken: createTokenVerifier(deps.auth),
    logger,
    introspection: !deps.production,
    extendContext: (ctx) => ({ ...ctx, outbox: Outbox.forRequest(ctx) }),
    readinessChecks: { nats: bus.ready },
    onClose: [bus.close],
  });
}
