import type { EntityManager, MikroORM } from "@mikro-orm/core";

/**
 * Refreshes the planner's statistics after a bulk write (issue 10): `ANALYZE` on PostgreSQL, so a
 * table that grew from empty to 100,000 rows in one catch-up is not planned as if it were still
 * empty — autovacuum may be off, or minutes behind. SQLite plans without statistics unless asked
 * (`sqlite_stat1`), and one writer owns the file, so there it does nothing. Runs outside any
 * transaction; `tables` narrows it (default: every table of the service's database).
 */
export async function refreshPlannerStatistics(
  emOrOrm: EntityManager | MikroORM,
  tables: string[] = [],
): Promise<boolean> {
  const em =
    "em" in emOrOrm && !("getPlatform" in emOrOrm) ? emOrOrm.em.fork() : (emOrOrm as EntityManager).fork();
  const platform = em.getPlatform();
  if (!platform.constructor.name.toLowerCase().includes("postgre")) return false;
  const names = tables.map((t) => platform.quoteIdentifier(t)).join(", ");
  await em.getConnection().execute(`analyze ${names}`.trim(), [], "run");
  return true;
}
