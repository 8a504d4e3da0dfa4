import type { EntityManager } from "@mikro-orm/core";
import type { ServiceContext } from "../context";
import { auditEntry, type AuditEntry } from "./audit.entity";
import { chunks } from "./loaders";

/** Bind parameters per multi-row INSERT: under SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMS_PER_INSERT = 30_000;

type Ctx = Pick<ServiceContext, "identity" | "requestId">;

/**
 * A new row as plain data on the entity's own constructor (its ids and defaults: `newId()`,
 * `createdAt`, a default status), not tracked by the unit of work: for {@link bulkInsert}.
 */
export function newRow<T extends object>(entity: new () => T, data: Partial<T>): T {
  return Object.assign(new entity(), data);
}

/**
 * Inserts new rows (from {@link newRow}) in the caller's transaction with multi-row inserts, in
 * the order given, bypassing the unit of work (no entity factory, identity map or change sets: the
 * cost of a reaction that creates thousands of rows per batch, issue 10). A `version: true` column
 * starts at 1, as a flush would set it. The rows stay unmanaged: a later change to one is not
 * flushed. A unique violation throws as a flush would, rolling the transaction back.
 */
export async function bulkInsert<T extends object>(em: EntityManager, rows: readonly T[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const meta = em.getMetadata().get<T>(first.constructor.name);
  const version = meta.versionProperty;
  if (version)
    for (const row of rows) if (row[version] == null) (row as Record<string, unknown>)[version] = 1;
  const size = Math.max(1, Math.floor(PARAMS_PER_INSERT / Math.max(1, meta.props.length)));
  for (const chunk of chunks(rows, size)) await em.insertMany(chunk as T[]);
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
 * mutation audited). Returns the audit entries written.
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
  const entries = rows.map((row, i) =>
    auditEntry(typeof audit.ctx === "function" ? audit.ctx(row, i) : audit.ctx, {
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
