import DataLoader from "dataloader";
import {
  raw,
  ReferenceKind,
  type EntityManager,
  type FilterQuery,
  type FindOptions,
  type PopulatePath,
} from "@mikro-orm/core";
import type { ServiceContext } from "../context";

/**
 * Ids per `$in` statement. SQLite refuses more bound parameters than its limit (32,766 in the
 * bundled build, 999 in old ones) and PostgreSQL plans a long `IN` list worse; 1,000 keeps a page
 * of 500 people (the largest page) in one statement per table.
 */
export const IN_CHUNK = 1000;

/** `values` in slices of at most `size`, in order (the last one shorter). */
export function chunks<T>(values: readonly T[], size: number = IN_CHUNK): T[][] {
  if (size < 1) throw new Error(`chunk size must be at least 1, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/**
 * `em.find(entity, { [field]: { $in: values }, ...where })` in statements of at most `chunkSize`
 * distinct values each, concatenated in chunk order. An empty list sends no statement. With
 * `orderBy`, each chunk is ordered, not the whole result: sort afterwards when that matters.
 */
export async function findIn<T extends object, V, Fields extends string = `${PopulatePath.ALL}`>(
  em: EntityManager,
  entity: new () => T,
  field: keyof T & string,
  values: Iterable<V>,
  where: FilterQuery<T> = {},
  options: FindOptions<T, never, Fields> & { chunkSize?: number } = {},
): Promise<T[]> {
  const { chunkSize, ...findOptions } = options;
  const out: T[] = [];
  const asArray = arrayCondition(em, entity, field);
  for (const chunk of chunks([...new Set(values)], chunkSize)) {
    // The filter's type cannot be spelled for a field chosen at run time.
    const filter = {
      ...(where as object),
      ...(asArray?.(chunk) ?? { [field]: { $in: chunk } }),
    } as FilterQuery<T>;
    out.push(...((await em.find(entity, filter, findOptions as FindOptions<T, never, Fields>)) as T[]));
  }
  return out;
}

/**
 * On PostgreSQL, a text or integer column's `$in` as `column = any(?::type[])` with the values as
 * one array parameter: MikroORM's criteria and knex's placeholders cost per value (issue 10: the
 * projection's and the withdrawal records' reads of a 256-event batch), one parameter costs once.
 * The same rows (`= any` of an array is `in` of its elements; a null matches neither). Undefined
 * elsewhere, or for values that are not all strings or all integers: the caller keeps `$in`.
 */
function arrayCondition(
  em: EntityManager,
  entity: new () => object,
  field: string,
): ((values: readonly unknown[]) => object | undefined) | undefined {
  const platform = em.getPlatform();
  if (!platform.constructor.name.toLowerCase().includes("postgre")) return undefined;
  const prop = em.getMetadata().get(entity.name).properties[field as never] as
    { kind: string; fieldNames: string[]; columnTypes?: string[]; customType?: unknown } | undefined;
  const type = prop?.columnTypes?.[0]?.toLowerCase().replace(/\s*\([^)]*\)/g, "") ?? "";
  const text = /^(varchar|character varying|text)$/.test(type);
  const integer = /^(int|integer|int4|smallint|int2|bigint|int8)$/.test(type);
  if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.fieldNames.length !== 1 || prop.customType)
    return undefined;
  if (!text && !integer) return undefined;
  const column = platform.quoteIdentifier(prop.fieldNames[0]!);
  return (values) => {
    const items: string[] = [];
    for (const v of values) {
      if (v === null) items.push("NULL");
      else if (text && typeof v === "string") items.push(`"${v.replace(/["\\]/g, "\\$&")}"`);
      else if (integer && typeof v === "number" && Number.isSafeInteger(v)) items.push(String(v));
      else return undefined;
    }
    const array = `{${items.join(",")}}`;
    return { [raw((alias) => `${alias}.${column} = any(?::${type}[])`, [array])]: [] };
  };
}

/**
 * A per-request loader of one row per key (null when missing): `fetch` runs once per batch of up to
 * {@link IN_CHUNK} keys, so 500 people from the gateway cost one statement.
 */
export function rowLoader<T, K = string>(
  ctx: Pick<ServiceContext, "loaders">,
  name: string,
  fetch: (keys: K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | null> {
  return ctx.loaders.get(
    name,
    () =>
      new DataLoader<K, T | null>(
        async (keys) => {
          const map = new Map((await fetch([...keys])).map((r) => [keyOf(r), r]));
          return keys.map((k) => map.get(k) ?? null);
        },
        { maxBatchSize: IN_CHUNK },
      ),
  );
}

/**
 * A per-request loader of all rows per key, in the order `fetch` returns them (an empty list when
 * none): one `fetch` per batch of up to {@link IN_CHUNK} keys.
 */
export function groupLoader<T, K = string>(
  ctx: Pick<ServiceContext, "loaders">,
  name: string,
  fetch: (keys: K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
  return ctx.loaders.get(
    name,
    () =>
      new DataLoader<K, T[]>(
        async (keys) => {
          const grouped = new Map<K, T[]>();
          for (const r of await fetch([...keys])) {
            const k = keyOf(r);
            const list = grouped.get(k);
            if (list) list.push(r);
            else grouped.set(k, [r]);
          }
          return keys.map((k) => grouped.get(k) ?? []);
        },
        { maxBatchSize: IN_CHUNK },
      ),
  );
}

/**
 * {@link findIn} without entities: each row as a plain object of the entity's properties (names
 * and types mapped as MikroORM maps them), through the query builder with `mapResults`, so no
 * entity instance, identity map entry or change-tracking snapshot is made (issue 10: a register
 * re-import reads 100,000 people and households only to compare them). For rows that are read,
 * compared and, if ever, written with explicit statements (`nativeUpdate`), never flushed.
 */
export async function findPlainIn<T extends object>(
  em: EntityManager,
  entity: new () => T,
  field: keyof T & string,
  values: Iterable<unknown>,
): Promise<T[]> {
  const out: T[] = [];
  // The SQL drivers' entity manager has createQueryBuilder; the core type does not declare it.
  const sql = em as unknown as {
    createQueryBuilder(e: new () => T): {
      where(w: object): { execute(method: "all", mapResults: boolean): Promise<T[]> };
    };
  };
  // SQLite hands JSON columns back as text where hydration would have parsed them.
  const json = em
    .getMetadata()
    .get(entity.name)
    .props.filter((p) => p.kind === "scalar" && /json/i.test(String(p.columnTypes?.[0] ?? p.type)))
    .map((p) => p.name);
  for (const chunk of chunks([...new Set(values)])) {
    const rows = await sql
      .createQueryBuilder(entity)
      .where({ [field]: { $in: chunk } })
      .execute("all", true);
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      for (const name of json) if (typeof r[name] === "string") r[name] = JSON.parse(r[name] as string);
    }
    out.push(...rows);
  }
  return out;
}
