import {
  JsonType,
  ReferenceKind,
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
} from "@mikro-orm/core";
import type { ServiceContext } from "../context";
import { AuditEntry, auditEntryData, type AuditFacts } from "./audit.entity";
import { chunks } from "./loaders";
import { newId } from "../ids";

/** Bind parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMS_PER_STATEMENT = 30_000;

/** Rows per statement when they travel as one JSON document (PostgreSQL): a few MB at most. */
const JSON_ROWS_PER_STATEMENT = 5_000;

type Ctx = Pick<ServiceContext, "identity" | "requestId">;

/** How a new row gets one of its entity's defaults (a field initialiser's value). */
type Default =
  | { prop: string; kind: "constant"; value: unknown }
  | { prop: string; kind: "now" }
  | { prop: string; kind: "id" };

/** Per entity class: the plain rows' prototype and defaults, or null where they cannot be told. */
const factories = new WeakMap<object, { proto: object; defaults: Default[] } | null>();

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Learns an entity's defaults as MikroORM's discovery does, from two instances: a value both share
 * is a constant; a date of about now is `new Date()` per row; two different ULIDs are `newId()`.
 * Anything else (an array, an object, another generated value) leaves the entity to the slow path.
 */
function factoryOf(entity: new () => object): { proto: object; defaults: Default[] } | null {
  let f = factories.get(entity);
  if (f !== undefined) return f;
  const a = new entity() as Record<string, unknown>;
  const b = new entity() as Record<string, unknown>;
  const defaults: Default[] = [];
  const now = Date.now();
  f = {
    proto: Object.create(Object.prototype, {
      constructor: { value: entity, writable: true, configurable: true },
    }) as object,
    defaults,
  };
  for (const prop of Object.keys(a)) {
    const [x, y] = [a[prop], b[prop]];
    if (x instanceof Date && y instanceof Date && Math.abs(x.getTime() - now) < 60_000)
      defaults.push({ prop, kind: "now" });
    else if (typeof x === "string" && typeof y === "string" && x !== y && ULID.test(x) && ULID.test(y))
      defaults.push({ prop, kind: "id" });
    else if (x === y && (x === null || typeof x !== "object"))
      defaults.push({ prop, kind: "constant", value: x });
    else {
      f = null;
      break;
    }
  }
  factories.set(entity, f);
  return f;
}

/**
 * A new row for {@link bulkInsert}: plain data with the entity's own defaults (what its field
 * initialisers give: `newId()`, `createdAt`, a default status), then `data` over them — but not
 * an entity instance: no MikroORM accessors per property, nothing the unit of work sees (issue 10:
 * building and reading entity instances cost more than inserting them). `row.constructor` is the
 * entity, so the writers find its metadata; the class's methods and getters are not on the row,
 * and it cannot be `em.persist`ed — write it with `bulkInsert`.
 */
export function newRow<T extends object>(entity: new () => T, data: Partial<T>): T {
  const f = factoryOf(entity);
  if (!f) {
    // Defaults that could not be told apart: the entity's own constructor, copied to plain data.
    const e = new entity() as Record<string, unknown>;
    const row = Object.create(Object.prototype, { constructor: { value: entity } }) as Record<
      string,
      unknown
    >;
    for (const k of Object.keys(e)) row[k] = e[k];
    return Object.assign(row, data) as T;
  }
  const row = Object.create(f.proto) as Record<string, unknown>;
  for (const d of f.defaults)
    row[d.prop] = d.kind === "constant" ? d.value : d.kind === "now" ? new Date() : newId();
  return Object.assign(row, data) as T;
}

/** How one column is written: its name and how a row's value becomes a bound parameter. */
interface ColumnPlan {
  prop: string;
  column: string;
  param(value: unknown): unknown;
  /** The value as a field of the JSON document of {@link InsertPlan.fromJson} (PostgreSQL). */
  json(value: unknown): unknown;
}

interface InsertPlan {
  table: string;
  columns: ColumnPlan[];
  version: string | undefined;
  /** `insert into t (…) values ` */
  head: string;
  /** `(?, ?, …)` for one row. */
  tuple: string;
  /**
   * PostgreSQL: `insert into t (…) select (v->>0)::type, … from jsonb_array_elements(?::jsonb) e(v)`
   * — the rows as one JSON parameter, parsed once (as `json`, each `v->>i` lexed the row's text
   * again from its start: on the pipeline bench PostgreSQL spent a fifth of its CPU in that JSON
   * lexing), an array of values per row, each value's text cast to its column's
   * type without modifiers (the column's own length and precision then apply as to a bound
   * parameter: a too-long text is refused, not truncated). Null where a column's values cannot be
   * carried so (binary; a timestamp without time zone, to which a bound date is local time).
   */
  fromJson: string | null;
}

const plans = new WeakMap<EntityMetadata, InsertPlan>();

/**
 * The JSON form of a property's value for {@link InsertPlan.fromJson}: what {@link paramOf} binds
 * (a JSON column's value as itself), a date as its ISO instant (timestamptz
 * columns only, see {@link insertPlan}), and what JSON cannot say as a number as the text a
 * bound parameter would carry (`NaN`, a bigint).
 */
function jsonOf(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  const param = paramOf(prop, platform);
  if (isJson(prop))
    // Nested as itself rather than as its JSON text inside the document (serialised once, not
    // twice and escaped); JSON null is SQL NULL, as a bound null is.
    return (value) => {
      if (value !== undefined) return value;
      const text = param(value);
      return typeof text === "string" ? (JSON.parse(text) as unknown) : text;
    };
  return (value) => {
    const v = param(value);
    if (v instanceof Date) return isoOf(v);
    if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
    if (typeof v === "bigint") return String(v);
    return v;
  };
}

/** A property stored as JSON (MikroORM's JsonType: `type: "json"`). */
function isJson(prop: EntityProperty): boolean {
  return prop.customType instanceof JsonType;
}

/** The last date written and its ISO text: a batch's rows are stamped within the same milliseconds. */
let lastIso = { ms: NaN, text: "" };

function isoOf(date: Date): string {
  const ms = date.getTime();
  if (ms !== lastIso.ms) lastIso = { ms, text: date.toISOString() };
  return lastIso.text;
}

/** The bound-parameter form of a property's value, as a flush would write it. */
function paramOf(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  const custom = prop.customType;
  const isDate = prop.runtimeType === "Date";
  // better-sqlite3 binds no booleans: SQLite stores them as 0/1.
  const sqlite = platform.constructor.name.toLowerCase().includes("sqlite");
  return (value) => {
    if (value === undefined) value = prop.default ?? null;
    if (value === null) return null;
    if (isDate && value instanceof Date) return platform.processDateProperty(value);
    if (sqlite && typeof value === "boolean") return value ? 1 : 0;
    if (custom) return custom.convertToDatabaseValue(value, platform, { key: prop.name, mode: "query-data" });
    return value;
  };
}

function isPostgres(platform: Platform): boolean {
  return platform.constructor.name.toLowerCase().includes("postgre");
}

/** The entity's table as SQL names it, schema-qualified when it has one, quoted. */
export function tableOf(meta: EntityMetadata, platform: Platform): string {
  const name = meta.schema && meta.schema !== "*" ? `${meta.schema}.${meta.tableName}` : meta.tableName;
  return platform.quoteIdentifier(name);
}

function insertPlan(em: EntityManager, meta: EntityMetadata): InsertPlan {
  let plan = plans.get(meta);
  if (plan) return plan;
  const platform = em.getPlatform();
  const columns: ColumnPlan[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || prop.generated) continue;
    if (prop.kind !== ReferenceKind.SCALAR || prop.fieldNames.length !== 1)
      throw new Error(
        `bulkInsert writes scalar columns only; ${meta.className}.${prop.name} is a ${prop.kind} relation: write its id into a scalar property.`,
      );
    if (prop.autoincrement && prop.primary) continue;
    columns.push({
      prop: prop.name,
      column: prop.fieldNames[0]!,
      param: paramOf(prop, platform),
      json: jsonOf(prop, platform),
    });
  }
  const table = tableOf(meta, platform);
  const names = columns.map((c) => platform.quoteIdentifier(c.column)).join(", ");
  // JSON carries neither bytes nor a local time: such entities keep the bound parameters.
  const types = columns.map(({ prop: name }) => {
    const p = meta.properties[name as keyof typeof meta.properties] as EntityProperty;
    const declared = p.columnTypes?.[0]?.trim() ?? "";
    const type = declared.toLowerCase();
    const timestamp = /^timestamp/.test(type);
    const zoned = /^timestamptz|with time zone/.test(type);
    const ok =
      type !== "" &&
      p.runtimeType !== "Buffer" &&
      type !== "bytea" &&
      (p.runtimeType !== "Date" || zoned) &&
      (!timestamp || zoned);
    // `varchar(26)` → `varchar`, `numeric(10, 2)` → `numeric`, `timestamptz(3)` → `timestamptz`;
    // the declared spelling kept (a quoted type name may be case-sensitive).
    return ok ? declared.replace(/\s*\([^)]*\)/g, "") : null;
  });
  const select = types.every((t) => t !== null)
    ? types
        .map((t, i) =>
          isJson(meta.properties[columns[i]!.prop as keyof typeof meta.properties] as EntityProperty)
            ? `case when jsonb_typeof(v->${i}) = 'null' then null else (v->${i})::${t} end`
            : `(v->>${i})::${t}`,
        )
        .join(", ")
    : null;
  plan = {
    table,
    columns,
    version: meta.versionProperty as string | undefined,
    head: `insert into ${table} (${names}) values `,
    tuple: `(${columns.map(() => "?").join(", ")})`,
    fromJson:
      isPostgres(platform) && select
        ? `insert into ${table} (${names}) select ${select} from jsonb_array_elements(?::jsonb) as e(v)`
        : null,
  };
  plans.set(meta, plan);
  return plan;
}

/**
 * Runs one statement with bound parameters (`$1…` on PostgreSQL, `?` on SQLite) in the caller's
 * transaction. MikroORM's own `execute` inlines every value into the SQL text first (quoting,
 * date formatting: the largest part of a bulk insert's cost); this hands them to the driver.
 * Errors come back as MikroORM's (a unique violation is a `UniqueConstraintViolationException`).
 */
export async function executeBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const res = (await runBound(em, sql, params)) as T[] | { rows?: T[] } | undefined;
  if (Array.isArray(res)) return res;
  return res?.rows ?? [];
}

/** {@link executeBound}'s statement, answering the driver's raw result (a write's row count). */
async function runBound(em: EntityManager, sql: string, params: readonly unknown[]): Promise<unknown> {
  // The SQL drivers' connection carries a knex instance; core's type does not say so.
  const connection = em.getConnection() as unknown as {
    getKnex(): {
      raw(
        sql: string,
        bindings: readonly unknown[],
      ): PromiseLike<unknown> & { transacting(t: unknown): void };
    };
  };
  const query = connection.getKnex().raw(sql, params);
  const trx = em.getTransactionContext();
  if (trx) query.transacting(trx);
  const started = Date.now();
  try {
    return await query;
  } catch (e) {
    throw em.getDriver().convertException(e as Error);
  } finally {
    // As MikroORM logs its own statements (debug logs, statement counts in tests), without values.
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: "info" });
  }
}

/**
 * Inserts new rows (from {@link newRow}; entity instances work too) in the caller's transaction
 * with multi-row inserts of bound parameters, in the order given, bypassing the unit of work (no
 * entity factory, identity map or change sets: the cost of a reaction that creates thousands of
 * rows per batch, issue 10). A `version: true` column starts at 1, as a flush would set it, on the
 * row too. The rows stay unmanaged: a later change to one is not flushed. A unique violation throws
 * as a flush would, rolling the transaction back.
 */
export async function bulkInsert<T extends object>(em: EntityManager, rows: readonly T[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  await insertRows(em, first.constructor as new () => T, rows);
}

/**
 * {@link bulkInsert} of rows that are plain object literals (their `constructor` is `Object`), the
 * entity named: every column from the row's property of the same name, a missing one as the
 * property's default or NULL — give every column. For writers that build thousands of rows
 * field by field (a register import's people, households and audit entries).
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: readonly Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get<T>(entity.name);
  const plan = insertPlan(em, meta as EntityMetadata);
  const { columns, version } = plan;
  if (version)
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      if (r[version] == null) r[version] = 1;
    }
  if (plan.fromJson) {
    // One parameter per statement, not one per value (issue 10): binding each value cost more
    // than the insert (knex's placeholder rewriting, pg's per-value conversion and framing); an
    // array per row, not an object, as keys would be most of the document.
    for (const chunk of chunks(rows, JSON_ROWS_PER_STATEMENT)) {
      const doc: unknown[][] = new Array(chunk.length);
      for (let j = 0; j < chunk.length; j++) {
        const r = chunk[j] as Record<string, unknown>;
        const values = new Array(columns.length);
        for (let k = 0; k < columns.length; k++) {
          const c = columns[k]!;
          values[k] = c.json(r[c.prop]);
        }
        doc[j] = values;
      }
      await executeBound(em, plan.fromJson, [JSON.stringify(doc)]);
    }
    return;
  }
  const size = Math.max(1, Math.floor(PARAMS_PER_STATEMENT / Math.max(1, columns.length)));
  for (const chunk of chunks(rows, size)) {
    const params: unknown[] = new Array(chunk.length * columns.length);
    let i = 0;
    for (const row of chunk) {
      const r = row as Record<string, unknown>;
      for (const c of columns) params[i++] = c.param(r[c.prop]);
    }
    const sql = plan.head + new Array<string>(chunk.length).fill(plan.tuple).join(", ");
    await executeBound(em, sql, params);
  }
}

/** One row's change for {@link bulkUpdate}: its key and the new values of the updated properties. */
export type RowUpdate<T> = Partial<T>;

/**
 * Updates many rows by key in the caller's transaction, set-based: per chunk one `UPDATE … SET col
 * = CASE key WHEN ? THEN ? … END … WHERE key IN (…)` with bound parameters, outside the unit of
 * work (rows of the identity map are not refreshed: read them again or change them through it).
 * Every row gives the same properties (the first row's are written); `onUpdate` columns (an
 * `updatedAt`) get their new value. With `newerThan`, a row is written only while its stored
 * value of that property is lower than the new one (a projection's version: a concurrent newer
 * write is never overwritten). Returns the number of rows changed.
 */
export async function bulkUpdate<T extends object>(
  em: EntityManager,
  entity: new () => T,
  key: keyof T & string,
  rows: readonly RowUpdate<T>[],
  opts: { newerThan?: keyof T & string } = {},
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const meta = em.getMetadata().get<T>(entity.name) as EntityMetadata;
  const platform = em.getPlatform();
  const postgres = isPostgres(platform);
  const q = (c: string) => platform.quoteIdentifier(c);
  const keyProp = meta.properties[key] as EntityProperty;
  const keyParam = paramOf(keyProp, platform);
  const keyColumn = q(keyProp.fieldNames[0]!);
  const set = Object.keys(first)
    .filter((p) => p !== key)
    .map((p) => {
      const prop = meta.properties[p] as EntityProperty | undefined;
      if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.fieldNames.length !== 1)
        throw new Error(`bulkUpdate writes scalar columns only; ${meta.className}.${p} is not one.`);
      // PostgreSQL types a CASE of untyped parameters as text: cast to the column's own type.
      const cast = postgres && prop.columnTypes?.[0] ? `cast(? as ${prop.columnTypes[0]})` : "?";
      return { prop: p, column: q(prop.fieldNames[0]!), cast, param: paramOf(prop, platform) };
    });
  const stamps = meta.props
    .filter((p) => p.onUpdate && !(p.name in first) && p.kind === ReferenceKind.SCALAR)
    .map((p) => ({ column: q(p.fieldNames[0]!), param: paramOf(p, platform), onUpdate: p.onUpdate! }));
  const guard = opts.newerThan ? set.find((s) => s.prop === opts.newerThan) : undefined;
  if (opts.newerThan && !guard) throw new Error(`bulkUpdate: newerThan ${opts.newerThan} is not updated`);
  const perRow = set.length * 2 + 1 + (guard ? 2 : 0);
  let changed = 0;
  for (const chunk of chunks(rows, Math.max(1, Math.floor(PARAMS_PER_STATEMENT / perRow)))) {
    const params: unknown[] = [];
    const keys = chunk.map((r) => keyParam((r as Record<string, unknown>)[key]));
    const caseOf = (s: { prop: string; cast: string; param: (v: unknown) => unknown }) => {
      const whens = chunk.map((r, i) => {
        params.push(keys[i], s.param((r as Record<string, unknown>)[s.prop]));
        return `when ? then ${s.cast}`;
      });
      return `case ${keyColumn} ${whens.join(" ")} end`;
    };
    const assignments = set.map((s) => `${s.column} = ${caseOf(s)}`);
    for (const s of stamps) {
      params.push(s.param(s.onUpdate(first as never, em)));
      assignments.push(`${s.column} = ?`);
    }
    let where = `${keyColumn} in (${keys.map(() => "?").join(", ")})`;
    params.push(...keys);
    if (guard) where += ` and ${guard.column} < ${caseOf(guard)}`;
    const sql = `update ${tableOf(meta, platform)} set ${assignments.join(", ")} where ${where}`;
    changed += affectedRows(await runBound(em, sql, params));
  }
  return changed;
}

/** The number of rows a write changed, from either driver's raw result. */
function affectedRows(result: unknown): number {
  const r = result as { rowCount?: number; changes?: number } | undefined;
  return Number(r?.rowCount ?? r?.changes ?? 0);
}

/** How {@link bulkInsertAudited} records its rows: one entry each, as `audited` does for a create. */
export interface BulkAudit<T> {
  /** The mutation's name, e.g. `identifyPensioner`. */
  action: string;
  /** Who and which request, the same for all rows or each row's own (a batch of events). */
  ctx: Ctx | ((row: T, index: number) => Ctx);
  /** Defaults to the entity's class name. */
  entityName?: string;
  /** What of the row goes into `after`; defaults to its own properties (`{ ...row }`). */
  view?: (row: T) => object;
}

/**
 * {@link bulkInsert} with the audit entry of each created row (no `before`; `after` the row as
 * built, as `audited(em, ctx, action, () => em.create(...), { flush: false })` records it), the
 * entries written with multi-row inserts too, in the same transaction (ARCHITECTURE.md: every
 * mutation audited). Returns the audit entries written (plain rows, see {@link newRow}).
 */
export async function bulkInsertAudited<T extends object>(
  em: EntityManager,
  rows: readonly T[],
  audit: BulkAudit<T>,
): Promise<AuditEntry[]> {
  const first = rows[0];
  if (!first) return [];
  const meta = em.getMetadata().get<T>(first.constructor.name);
  const pk = meta.primaryKeys[0] as keyof T;
  const view = audit.view ?? ((r: T) => ({ ...r }));
  const version = meta.versionProperty;
  // The version a flush would give, in `after` too.
  if (version)
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      if (r[version] == null) r[version] = 1;
    }
  const entries = rows.map((row, i) =>
    auditRow(typeof audit.ctx === "function" ? audit.ctx(row, i) : audit.ctx, {
      action: audit.action,
      entityName: audit.entityName ?? meta.className,
      entityId: String(row[pk]),
      before: null,
      after: view(row),
    }),
  );
  await bulkInsert(em, rows);
  await bulkInsert(em, entries);
  return entries;
}

/**
 * An audit entry as a plain row for {@link bulkInsert} (`auditEntry` makes one to persist); `at`
 * defaults to now (a register import stamps its whole chunk with one time).
 */
export function auditRow(ctx: Ctx, entry: AuditFacts, at?: Date): AuditEntry {
  const row = newRow(AuditEntry, auditEntryData(ctx, entry));
  if (at) row.at = at;
  return row;
}
