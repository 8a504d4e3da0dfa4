import "reflect-metadata";
import { eventBusPlugin, eventEntities } from "@pa/events";
import { createService, type ServiceDeps, type SubgraphApp } from "@pa/service-kit";
import { loadDemoActivity, waitForPeople } from "./demo/demo-activity";
import { loadDemoIfEmpty } from "./demo/demo-loader";
import { entities } from "./entities";
import { handlers } from "./events/handlers";
import { migrations as postgresql } from "./migrations/postgresql";
import { migrations as sqlite } from "./migrations/sqlite";
import { buildSocialSecuritySchema } from "./schema";

export const SERVICE = "social-security";
export const migrationSets = { postgresql, sqlite };
/** The service's tables, with the outbox and inbox of the event backbone. */
export const allEntities = [...entities, ...eventEntities];

/** `deps.demoActivity` (default true) also records the demo's plan years once the people arrived. */
export type SocialSecurityDeps = ServiceDeps;

/**
 * The social-security app without `listen`: tests and `main.ts` both build it here. Publishes
 * social-security events; consumes the registry's person events (flow 1, R-SS-2).
 */
export async function createSocialSecurityApp(deps: SocialSecurityDeps): Promise<SubgraphApp> {
  return createService({
    name: SERVICE,
    deps,
    entities: allEntities,
    migrations: migrationSets,
    schema: buildSocialSecuritySchema,
    loadDemo: loadDemoIfEmpty,
    demoActivity: async (orm, logger) => {
      if ((await waitForPeople(orm)) > 0) await loadDemoActivity(orm, logger);
    },
    plugins: [eventBusPlugin({ produces: true, handlers })],
  });
}
