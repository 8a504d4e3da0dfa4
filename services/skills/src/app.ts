import "reflect-metadata";
import { eventBusPlugin, eventEntities } from "@pa/events";
import { createLogger, createService, type ServiceDeps, type SubgraphApp } from "@pa/service-kit";
import { loadDemoActivity, waitForPeople } from "./demo/demo-activity";
import { loadDemoIfEmpty } from "./demo/demo-loader";
import { entities } from "./entities";
import { handlers } from "./events/handlers";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildSkillsSchema } from "./schema";

export const SERVICE = "skills";
export const migrationSets = { postgresql, sqlite };
/** The service's tables, with the outbox and inbox of the event backbone. */
export const allEntities = [...entities, ...eventEntities];

export type SkillsDeps = ServiceDeps & {
  /** With `loadDemo`: record the demo's trainees once the people arrived (default true). */
  demoActivity?: boolean;
};

/**
 * The skills app without `listen`: tests and `main.ts` both build it here. Publishes skills events
 * (training completed → employment, flow 3); consumes the registry's person, household, township
 * and survey events and employment's placements.
 */
export async function createSkillsApp(deps: SkillsDeps): Promise<SubgraphApp> {
  const app = await createService({
    name: SERVICE,
    deps,
    entities: allEntities,
    migrations: migrationSets,
    schema: buildSkillsSchema,
    loadDemo: loadDemoIfEmpty,
    plugins: [eventBusPlugin({ produces: true, handlers })],
  });
  // The demo's trainees are the registry's people, who arrive through the bus once the service
  // has joined it: recorded in the background when they have (once).
  if (deps.loadDemo && deps.demoActivity !== false) void runDemoActivity(app, deps);
  return app;
}

async function runDemoActivity(app: SubgraphApp, deps: SkillsDeps): Promise<void> {
  const logger = deps.logger ?? createLogger(SERVICE, process.env.LOG_LEVEL ?? "warn");
  try {
    if ((await waitForPeople(app.orm)) > 0) await loadDemoActivity(app.orm, logger);
  } catch (e) {
    logger.error({ err: e }, "demo activity failed");
  }
}
