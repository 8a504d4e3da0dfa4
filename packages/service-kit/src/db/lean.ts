import {
  ReferenceKind,
  type EntityManager,
  type EntityMetadata,
  type EntityClass,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type QueryOrderMap,
} from "@mikro-orm/core";
import type { SqlEntityManager } from "@mikro-orm/postgresql";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type DataLoader from "dataloader";
import type { ServiceContext } from "../context";
import { tableOf } from "./bulk-insert";
import { groupLoader } from "./loaders";

/** Options of {@link findLean}. */
export interface LeanOptions<T> {
  /** Properties to read (the primary key is always added); every column when omitted. */
  fields?: readonly string[];
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[];
  limit?: number;
}

/** What one entity's plain rows need: the columns and the properties whose type converts a value. */
interface RowShape {
  prototype: object;
  scalars: string[];
  converted: EntityProperty[];
}

const shapes = new WeakMap<EntityMetadata, RowShape>();

function shapeOf(meta: EntityMetadata): RowShape {
  let shape = shapes.get(meta);
  if (!shape) {
    const props = meta.props.filter(
      (p) => p.kind === ReferenceKind.SCALAR && p.persist !== false && !p.formula && !p.lazy,
    );
    shape = {
      prototype: meta.prototype as object,
      scalars: props.map((p) => p.name),
      converted: props.filter((p) => p.customType),
    };
    shapes.set(meta, shape);
  }
  return shape;
}

/**
 * A read-only find for the graph's hot lists and references (issue 10 item 4): the query builder's
 * result as plain rows — no entity manager fork, no identity map, no change tracking, no hydration
 * into managed entities — with only the columns `fields` names (the primary key always). Each
 * row's values are what an entity holds (the properties' types convert them: bigint fen to a
 * number, JSON text to a value on SQLite, booleans and datetimes as the ORM maps them), and its
 * prototype is the entity's, so the entity's getters, methods and `instanceof` work (type-graphql
 * checks `instanceof` before a field resolver and would otherwise construct an entity per row).
 *
 * Use it only for rows a resolver returns and never changes: a row is not managed, so changing
 * one writes nothing, and it must not be passed to `em.persist`, `wrap` or a flush. The entity's
 * constructor does not run (no new id, no defaults); an unread column is `undefined`.
 */
export async function findLean<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: LeanOptions<T> = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity);
  const shape = shapeOf(meta);
  const fields = options.fields
    ? [...new Set([...meta.primaryKeys, ...options.fields])].filter((f) => shape.scalars.includes(f))
    : shape.scalars;
  const plain = plainSelect(em, meta, fields, where, options);
  let rows: Record<string, unknown>[];
  if (plain === "none") return [];
  if (plain) {
    // The same statement the query builder would send, written here: the builder's criteria
    // parsing and knex compilation cost ~0.5 ms of CPU a query (0.62 against 0.09 ms for one
    // person's rows on PostgreSQL), six or more a person's dossier in every service (issue 10).
    const driver = em.getDriver() as unknown as {
      getConnection(type: "read"): {
        execute(sql: string, params: unknown[], method: "all", ctx?: unknown): Promise<unknown>;
      };
      mapResult(row: unknown, meta: EntityMetadata): Record<string, unknown> | null;
    };
    const raw = (await driver
      .getConnection("read")
      .execute(plain.sql, plain.params, "all", em.getTransactionContext())) as Record<string, unknown>[];
    rows = raw.map((r) => driver.mapResult(r, meta)!);
  } else {
    // The kit's dialects are both SQL drivers (PostgreSQL, SQLite): every manager is knex's.
    const qb = (em as SqlEntityManager)
      .createQueryBuilder<T>(entity)
      .select(fields as never)
      .where(where);
    if (options.orderBy) qb.orderBy(options.orderBy);
    if (options.limit != null) qb.limit(options.limit);
    rows = await qb.execute<Record<string, unknown>[]>("all", true);
  }
  const platform = em.getPlatform();
  const converted = options.fields ? shape.converted.filter((p) => fields.includes(p.name)) : shape.converted;
  for (const row of rows) {
    for (const p of converted) {
      const value = row[p.name];
      if (value != null) row[p.name] = p.customType!.convertToJSValue(value, platform);
    }
    Object.setPrototypeOf(row, shape.prototype);
  }
  return rows as unknown as T[];
}

type Plain = string | number;
const isPlain = (v: unknown): v is Plain =>
  typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
const DIRECTIONS: Record<string, "asc" | "desc"> = { ASC: "asc", asc: "asc", DESC: "desc", desc: "desc" };

/**
 * The statement of a find whose filter is only equalities, `$like` patterns and `$in` lists of
 * strings or numbers on plain columns (the loaders' `{ personId: { $in: ids } }`, a township scope
 * beside it), and `$or` lists of such filters (the timeline's actions), ordered by scalar
 * columns: the SQL the query builder would write, with `?` for each value (MikroORM's connection
 * quotes them as the builder's statements are). `"none"` when an `$in` list of the filter itself
 * is empty (nothing can match); `undefined` for any other filter, which the query builder then
 * compiles.
 */
function plainSelect<T>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  fields: readonly string[],
  where: FilterQuery<T>,
  options: LeanOptions<T>,
): { sql: string; params: Plain[] } | "none" | undefined {
  const platform = em.getPlatform();
  const property = (name: string): EntityProperty | undefined => {
    const prop = (meta.properties as Record<string, EntityProperty | undefined>)[name];
    return prop && prop.kind === ReferenceKind.SCALAR && prop.fieldNames.length === 1 ? prop : undefined;
  };
  // A compared column needs no conversion of its values (no custom type); an ordered one may.
  const column = (name: string): string | undefined => {
    const prop = property(name);
    return prop && !prop.customType ? platform.quoteIdentifier(prop.fieldNames[0]!) : undefined;
  };
  const orderColumn = (name: string): string | undefined => {
    const prop = property(name);
    return prop ? platform.quoteIdentifier(prop.fieldNames[0]!) : undefined;
  };
  const params: Plain[] = [];
  /**
   * The conditions of one filter object, pushing their parameters in order; `top` is the find's
   * own filter, where an empty `$in` means no statement at all.
   */
  const conditionsOf = (filter: unknown, top: boolean): string[] | "none" | undefined => {
    if (typeof filter !== "object" || filter === null || Array.isArray(filter)) return undefined;
    const conditions: string[] = [];
    for (const [name, value] of Object.entries(filter as Record<string, unknown>)) {
      if (name === "$or") {
        // Each alternative a filter of the same kind: `(a = ? and b in (?, ?)) or (c like ?)`.
        if (!Array.isArray(value) || value.length === 0) return undefined;
        const alternatives: string[] = [];
        for (const alternative of value) {
          const parts = conditionsOf(alternative, false);
          if (parts === undefined || parts === "none" || parts.length === 0) return undefined;
          alternatives.push(`(${parts.join(" and ")})`);
        }
        conditions.push(`(${alternatives.join(" or ")})`);
        continue;
      }
      const col = column(name);
      if (!col) return undefined;
      if (isPlain(value)) {
        conditions.push(`${col} = ?`);
        params.push(value);
        continue;
      }
      if (typeof value !== "object" || value === null) return undefined;
      const ops = Object.entries(value as Record<string, unknown>);
      if (ops.length !== 1) return undefined;
      const [op, arg] = ops[0]!;
      if (op === "$eq" && isPlain(arg)) {
        conditions.push(`${col} = ?`);
        params.push(arg);
      } else if (op === "$like" && typeof arg === "string") {
        conditions.push(`${col} like ?`);
        params.push(arg);
      } else if (op === "$in" && Array.isArray(arg) && arg.every(isPlain)) {
        if (arg.length === 0) {
          if (top) return "none";
          conditions.push("1 = 0");
          continue;
        }
        conditions.push(`${col} in (${arg.map(() => "?").join(", ")})`);
        params.push(...arg);
      } else return undefined;
    }
    return conditions;
  };
  const conditions = conditionsOf(where, true);
  if (conditions === undefined || conditions === "none") return conditions;
  const order: string[] = [];
  const orderBy =
    options.orderBy === undefined ? [] : Array.isArray(options.orderBy) ? options.orderBy : [options.orderBy];
  for (const o of orderBy)
    for (const [name, direction] of Object.entries(o as Record<string, unknown>)) {
      const col = orderColumn(name);
      const dir = typeof direction === "string" ? DIRECTIONS[direction] : undefined;
      if (!col || !dir) return undefined;
      order.push(`${col} ${dir}`);
    }
  const columns: string[] = [];
  for (const f of fields) {
    const prop = (meta.properties as Record<string, EntityProperty>)[f]!;
    for (const c of prop.fieldNames) columns.push(platform.quoteIdentifier(c));
  }
  let sql = `select ${columns.join(", ")} from ${tableOf(meta as EntityMetadata, platform)}`;
  if (conditions.length > 0) sql += ` where ${conditions.join(" and ")}`;
  if (order.length > 0) sql += ` order by ${order.join(", ")}`;
  if (options.limit != null) {
    if (!Number.isInteger(options.limit) || options.limit < 0) return undefined;
    sql += ` limit ${options.limit}`;
  }
  return { sql, params };
}

/**
 * The fields a resolver's selection asks of its value (through inline and named fragments; by
 * name, not alias; `__typename` left out).
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value !== "__typename") names.add(sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(info.fragments[sel.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** The fields of an entity's GraphQL type that a `@FieldResolver` computes, per entity class. */
const computedFields = new WeakMap<object, Set<string>>();

function computedFieldsOf(entity: object): Set<string> {
  let names = computedFields.get(entity);
  if (!names) {
    names = new Set(
      getMetadataStorage()
        .fieldResolvers.filter((r) => r.getObjectType?.() === entity)
        .map((r) => r.schemaName),
    );
    computedFields.set(entity, names);
  }
  return names;
}

/**
 * The `fields` of {@link findLean} for rows a resolver returns as `info`'s value (a list of the
 * entity class `entity`): the selected fields plus `always` (a loader's grouping key and order)
 * when every selected field is a column the row serves as it is, else undefined (every column: a
 * `@FieldResolver` may read any). A settlement list that does not ask for `trace` then never
 * reads, parses or serialises it.
 */
export function leanFields(
  em: EntityManager,
  entity: EntityClass<object>,
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  always: readonly string[] = [],
): string[] | undefined {
  const shape = shapeOf(em.getMetadata().get(entity.name));
  const computed = computedFieldsOf(entity);
  const selected = [...selectedFields(info)];
  if (!selected.every((f) => shape.scalars.includes(f) && !computed.has(f))) return undefined;
  return [...new Set([...always, ...selected])].sort();
}

/**
 * Rows of `entity` per person, a per-request loader: one statement per batch whatever the list's
 * length (一人一档 pages of 500), as plain rows (`findLean`), ordered by `orderBy` within each
 * person. Given the resolver's `info`, only the columns its selection asks for are read (a list
 * without a large column never reads it); each selection has its own loader, so two selections in
 * one request cost one statement each.
 */
export function personRowsLoader<T extends { personId: string }>(
  ctx: Pick<ServiceContext, "loaders" | "em">,
  key: string,
  entity: EntityClass<T>,
  orderBy: Record<string, "ASC" | "DESC">,
  info?: GraphQLResolveInfo,
): DataLoader<string, T[]> {
  const fields = info ? leanFields(ctx.em, entity, info, ["personId", ...Object.keys(orderBy)]) : undefined;
  return groupLoader(
    ctx,
    fields ? `${key}:${fields.join(",")}` : key,
    // The filter and order cannot be spelled for an entity chosen by the caller.
    async (personIds) =>
      (await findLean(ctx.em, entity, { personId: { $in: personIds } } as never, {
        orderBy: orderBy as never,
        ...(fields ? { fields } : {}),
      })) as T[],
    (r) => r.personId,
  );
}
