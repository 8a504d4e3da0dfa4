import "reflect-metadata";
import { eventBusPlugin, eventEntities } from "@pa/events";
import { createLogger, createService, type ServiceDeps, type SubgraphApp } from "@pa/service-kit";
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

export type EmploymentDeps = ServiceDeps & {
  /** With `loadDemo`: record the demo's plan years once the people arrived (default true). */
  demoActivity?: boolean;
};

/**
 * The employment app without `listen`: tests and `main.ts` both build it here. Publishes
 * employment events; consumes the registry's person and township events and skills' training
 * completions (ARCHITECTURE.md flows 1 and 3).
 */
export async function createEmploymentApp(deps: EmploymentDeps): Promise<SubgraphApp> {
  const app = await createService({
    name: SERVICE,
    deps,
    entities: allEntities,
    migrations: migrationSets,
    schema: buildEmploymentSchema,
    loadDemo: loadDemoIfEmpty,
    plugins: [eventBusPlugin({ produces: true, handlers })],
  });
  // The demo's three plan years need the registry's people, who arrive through the bus once the
  // service has joined it, and skills' completions, which follow: recorded in the background when
  // they have (each part once).
  if (deps.loadDemo && deps.demoActivity !== false) void runDemoActivity(app, deps);
  return app;
}

async function runDemoActivity(app: SubgraphApp, deps: EmploymentDeps): Promise<void> {
  const logger = deps.logger ?? createLogger(SERVICE, process.env.LOG_LEVEL ?? "warn");
  try {
    if ((await waitForPeople(app.orm)) > 0) await loadDemoActivity(app.orm, logger);
    // Flow 3: the people skills' demo trained (its completions arrive after the people, through
    // the bus) get an offer, and most a job.
    if ((await waitForTrained(app.orm)) > 0) await loadTrainedPlacements(app.orm, logger);
  } catch (e) {
    logger.error({ err: e }, "demo activity failed");
  }
}
