import { raw, type EntityManager, type FilterQuery } from "@mikro-orm/core";
// Both drivers' entity managers are the knex one; only the PostgreSQL package is a dependency.
import type { SqlEntityManager } from "@mikro-orm/postgresql";

/**
 * `SELECT field, count(*) … WHERE where GROUP BY field` in one statement: the count of rows per
 * value of `field` (values with no rows are absent). For figures per township, per status, … that
 * would otherwise fetch every row to count it in JavaScript.
 */
export async function countBy<T extends object>(
  em: EntityManager,
  entity: new () => T,
  field: keyof T & string,
  where: FilterQuery<T>,
): Promise<Map<string, number>> {
  const rows = await (em as unknown as SqlEntityManager)
    .createQueryBuilder(entity)
    .select([field, raw("count(*) as n")])
    .where(where)
    .groupBy(field)
    .execute<Record<string, unknown>[]>("all", true);
  // PostgreSQL returns count(*) as a bigint string, SQLite as a number.
  return new Map(rows.map((r) => [String(r[field]), Number(r.n)]));
}
