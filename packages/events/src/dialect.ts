import type { EntityManager, MikroORM } from "@mikro-orm/core";

/** The two databases a service may run on (one DATABASE_URL, see @pa/service-kit). */
export type EventsDialect = "postgresql" | "sqlite";

/**
 * Which database an entity manager talks to. Read from the platform class because the events
 * package depends on @mikro-orm/core only, not on either driver.
 */
export function dialectOf(emOrOrm: EntityManager | MikroORM): EventsDialect {
  const platform =
    "em" in emOrOrm && !("getPlatform" in emOrOrm)
      ? emOrOrm.em.getPlatform()
      : (emOrOrm as EntityManager).getPlatform();
  const name = platform.constructor.name.toLowerCase();
  if (name.includes("postgre")) return "postgresql";
  if (name.includes("sqlite")) return "sqlite";
  throw new Error(
    `The event outbox and inbox support PostgreSQL and SQLite; this ORM uses ${platform.constructor.name}.`,
  );
}
