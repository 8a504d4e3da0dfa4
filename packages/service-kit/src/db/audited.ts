import type { EntityManager } from "@mikro-orm/core";
import type { ServiceContext } from "../context";
import { auditEntry, type AuditEntry } from "./audit.entity";

/** How an {@link audited} change is recorded: the action's name, and what to override. */
export interface AuditAs<T> {
  /** The mutation's name, e.g. `closePost`. */
  action: string;
  /** Defaults to the entity's class name. */
  entityName?: string;
  /** Defaults to the row's primary key. */
  entityId?: string;
  /** The person the change is about; defaults to the row's `personId` (`subjectOf`). */
  subjectId?: string | null;
  /** What of the row goes into `before`/`after`; defaults to its own properties (`{ ...row }`). */
  view?: (row: T) => object;
  /**
   * Flush before taking `after` (default true), so generated columns and the new `version` are in
   * it. A bulk writer that flushes once for many rows passes false.
   */
  flush?: boolean;
  /**
   * Collect the entry here instead of persisting it, for a bulk writer that inserts entries in
   * chunks with `em.insertMany` (an import of thousands of rows).
   */
  into?: AuditEntry[];
}

type Change<T> = (row: T) => void | Promise<void>;
type Upsert<T> = (row: T | null) => T | Promise<T>;
type Ctx = Pick<ServiceContext, "identity" | "requestId">;

/**
 * A change with its audit entry (ARCHITECTURE.md: every mutation is audited with the record before
 * and after), in the caller's transaction. Three shapes, one call each:
 *
 * - create: `await audited(em, ctx, "openPost", () => em.create(Post, {...}))` — no `before`;
 * - update: `await audited(em, ctx, "closePost", post, (p) => { p.closedOn = on; })` — `before` is
 *   the row as read, `after` the row flushed;
 * - upsert: `await audited(em, ctx, "saveTownship", existing, (row) => row ? change(row) : create())`
 *   — `before` is null when `existing` is.
 *
 * A change that throws (a failed check) writes no entry; the caller's transaction rolls back the rest.
 */
export function audited<T extends object>(
  em: EntityManager,
  ctx: Ctx,
  as: string | AuditAs<T>,
  create: () => T | Promise<T>,
): Promise<T>;
export function audited<T extends object>(
  em: EntityManager,
  ctx: Ctx,
  as: string | AuditAs<T>,
  row: T,
  change: Change<T>,
): Promise<T>;
export function audited<T extends object>(
  em: EntityManager,
  ctx: Ctx,
  as: string | AuditAs<T>,
  row: T | null,
  change: Upsert<T>,
): Promise<T>;
export async function audited<T extends object>(
  em: EntityManager,
  ctx: Ctx,
  as: string | AuditAs<T>,
  rowOrCreate: T | null | (() => T | Promise<T>),
  change?: Change<T> | Upsert<T>,
): Promise<T> {
  const opts: AuditAs<T> = typeof as === "string" ? { action: as } : as;
  const view = opts.view ?? ((r: T) => ({ ...r }));
  const existing = change ? (rowOrCreate as T | null) : null;
  const before = existing ? view(existing) : null;
  let row: T;
  if (!change) row = await (rowOrCreate as () => T | Promise<T>)();
  else if (existing) row = ((await (change as Upsert<T>)(existing)) as T | undefined) ?? existing;
  else row = await (change as Upsert<T>)(null);
  if (opts.flush !== false) await em.flush();
  const meta = em.getMetadata().find(row.constructor.name);
  const pk = meta?.primaryKeys[0] as keyof T | undefined;
  const entry = auditEntry(ctx, {
    action: opts.action,
    entityName: opts.entityName ?? meta?.className ?? row.constructor.name,
    entityId: opts.entityId ?? String(pk ? row[pk] : ""),
    ...(opts.subjectId !== undefined ? { subjectId: opts.subjectId } : {}),
    before,
    after: view(row),
  });
  if (opts.into) opts.into.push(entry);
  else em.persist(entry);
  return row;
}
