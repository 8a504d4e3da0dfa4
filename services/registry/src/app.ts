import "reflect-metadata";
import { eventBusPlugin, eventEntities } from "@pa/events";
import { createService, type ServiceDeps, type SubgraphApp } from "@pa/service-kit";
import { loadDemoIfEmpty } from "./demo/demo-loader";
import { entities } from "./entities";
import { handlers } from "./events/handlers";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildRegistrySchema } from "./schema";

export const SERVICE = "registry";
export const migrationSets = { postgresql, sqlite };
/** The registry's tables, with the outbox and inbox of the event backbone. */
export const allEntities = [...entities, ...eventEntities];

export type RegistryDeps = ServiceDeps;

/** The registry app without `listen`: tests and `main.ts` both build it here. Publishes the register's events; consumes social security's burden reports (R-SS-5). */
export function createRegistryApp(deps: RegistryDeps): Promise<SubgraphApp> {
  return createService({
    name: SERVICE,
    deps,
    entities: allEntities,
    migrations: migrationSets,
    schema: buildRegistrySchema,
    loadDemo: loadDemoIfEmpty,
    plugins: [eventBusPlugin({ produces: true, handlers })],
  });
}
