import "reflect-metadata";
import { eventBusPlugin, eventEntities } from "@pa/events";
import { createService, type ServiceDeps, type SubgraphApp } from "@pa/service-kit";
import { loadDemoActivity, loadTrainedPlacements, waitForPeople, waitForTrained } from "./demo/demo-activity";
import { loadDemoIfEmpty } from "./demo/demo-loader";
import { entities } from "./entities";
import { handlers } from "./events/handlers";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildEmploymentSchema } from "./schema";

export const SERVICE = "employment";
export const migrationSets = { postgresql, sqlite };
/** The service's tables, with the outbox and inbox of the event backbone. */
export const allEntities = [...entities, ...eventEntities];

/** `deps.demoActivity` (default true) also records the demo's plan years once the people arrived. */
export type EmploymentDeps = ServiceDeps;

/**
 * The employment app without `listen`: tests and `main.ts` both build it here. Publishes
 * employment events; consumes the registry's person and township events and skills' training
 * completions (ARCHITECTURE.md flows 1 and 3).
 */
export async function createEmploymentApp(deps: EmploymentDeps): Promise<SubgraphApp> {
  return createService({
    name: SERVICE,
    deps,
    entities: allEntities,
    migrations: migrationSets,
    schema: buildEmploymentSchema,
    loadDemo: loadDemoIfEmpty,
    demoActivity: async (orm, logger) => {
      if ((await waitForPeople(orm)) > 0) await loadDemoActivity(orm, logger);
      // Flow 3: the people skills' demo trained (its completions arrive after the people, through
      // the bus) get an offer, and most a job.
      if ((await waitForTrained(orm)) > 0) await loadTrainedPlacements(orm, logger);
    },
    plugins: [eventBusPlugin({ produces: true, handlers })],
  });
}
