import type { EntityManager, EntityMetadata } from "@mikro-orm/core";

/** The part of knex's query a bound statement needs (the kit's core types do not name knex). */
interface BoundQuery extends PromiseLike<unknown> {
  transacting(trx: unknown): BoundQuery;
}

/**
 * Runs one SQL statement with `?` placeholders as a bound statement in `em`'s transaction (if any)
 * and returns its rows (none for a write). MikroORM's `Connection.execute` (and `insertMany`, which
 * goes through it) inlines every parameter into the SQL text, escaping each string character by
 * character, and the database then parses the literals again; for the 100,000 people and 135,000
 * JSON envelopes of a register import that was a measurable share of the CPU (issue 10). Through
 * knex, PostgreSQL gets `$n` parameters and SQLite a prepared statement. Values must already be
 * what the driver binds: see {@link insertRowsBound} for entity rows.
 */
export async function executeBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  // SQL drivers' connections have getKnex(); the core type does not declare it.
  const connection = em.getConnection() as unknown as {
    getKnex(): { raw(sql: string, bindings: readonly unknown[]): BoundQuery };
  };
  let query = connection.getKnex().raw(sql, params);
  const trx = em.getTransactionContext();
  if (trx) query = query.transacting(trx);
  const res = (await query) as T[] | { rows?: T[] } | undefined;
  if (Array.isArray(res)) return res;
  return res?.rows ?? [];
}

/** PostgreSQL allows 65,535 bound parameters per statement, SQLite 32,766. */
const MAX_PARAMS = 30_000;

interface Column {
  name: string;
  field: string;
  convert: (value: unknown) => unknown;
}

const columnsCache = new WeakMap<EntityMetadata, Column[]>();

function columnsOf(em: EntityManager, meta: EntityMetadata): Column[] {
  const cached = columnsCache.get(meta);
  if (cached) return cached;
  const platform = em.getPlatform();
  const sqlite = platform.constructor.name.toLowerCase().includes("sqlite");
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.fieldNames?.length !== 1 || prop.kind !== "scalar") continue;
    if (prop.autoincrement) continue; // the database's sequence
    const json = prop.runtimeType === "object" || /json/i.test(String(prop.columnTypes?.[0] ?? prop.type));
    const convert = (v: unknown): unknown => {
      if (v === undefined || v === null) return null;
      if (v instanceof Date) return platform.processDateProperty(v);
      if (typeof v === "boolean") return sqlite ? (v ? 1 : 0) : v;
      if (json) return JSON.stringify(v);
      return v;
    };
    columns.push({ name: prop.name, field: prop.fieldNames[0] as string, convert });
  }
  columnsCache.set(meta, columns);
  return columns;
}

/**
 * Inserts rows of an entity's table with multi-row `INSERT`s of bound parameters, in `em`'s
 * transaction, outside the unit of work: every scalar column of the entity from the row's property
 * of the same name (a missing one is NULL, so give every column, defaults included). Rows may be
 * plain objects: no entity instance, no change set, no SQL text built from the values. Dates go in
 * as the platform stores them, booleans as SQLite's 0/1, JSON columns serialised once.
 */
export async function insertRowsBound<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: readonly Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get(entity.name);
  const columns = columnsOf(em, meta);
  const platform = em.getPlatform();
  const head = `insert into ${platform.quoteIdentifier(meta.tableName)} (${columns.map((c) => platform.quoteIdentifier(c.field)).join(", ")}) values `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) {
      const r = row as Record<string, unknown>;
      for (const c of columns) params.push(c.convert(r[c.name]));
    }
    await executeBound(em, head + chunk.map(() => tuple).join(", "), params);
  }
}
