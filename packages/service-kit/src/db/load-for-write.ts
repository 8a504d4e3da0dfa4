import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import type { Identity } from "../auth/identity";
import { townshipScope } from "../auth/township-scope";
import { assertCurrentVersion, NotFoundError, type Bilingual } from "../errors";

/** What {@link loadForWrite} needs to know besides the record's key. */
export interface LoadForWrite<T> {
  /** The record in the clerk's words, e.g. `{ zh: "公益岗位", en: "post" }`. */
  what: Bilingual;
  /**
   * The version the caller read (optimistic locking, ARCHITECTURE.md "Data rules"): a different
   * current version is `CONFLICT`. Omitted for writes that do not edit the record's own fields
   * (adding people to a project, recording a survey about a person).
   */
  version?: number;
  /** The property holding the record's township (default `townshipCode`); null: not township-scoped. */
  township?: (keyof T & string) | null;
  /** The error when no such record is in scope, when not `NOT_FOUND` (e.g. a field problem). */
  missing?: () => Error;
}

/**
 * The record a write changes: found within the caller's township scope, or `NOT_FOUND`; then the
 * version the caller read must still be current, or `CONFLICT`.
 *
 * A record of a township outside the caller's scope is `NOT_FOUND`, not `FORBIDDEN`: a clerk of one
 * township must not learn that a record of another exists, so a write answers exactly as the read
 * (`publicWelfarePost(id)` is null out of scope) and as for an id that never existed. `FORBIDDEN`
 * stays for what the caller may know they cannot do (another unit's work, a viewer writing, creating
 * a record in a township they do not hold).
 *
 * `key` is the id, or a filter when the record is found by other fields.
 */
export async function loadForWrite<T extends object>(
  em: EntityManager,
  identity: Identity,
  entity: new () => T,
  key: string | FilterQuery<T>,
  opts: LoadForWrite<T>,
): Promise<T> {
  const field = opts.township === undefined ? "townshipCode" : opts.township;
  const where = {
    ...(typeof key === "string" ? { id: key } : (key as object)),
    ...(field ? townshipScope(identity, field) : {}),
  } as FilterQuery<T>;
  const row = await em.findOne(entity, where);
  if (!row) {
    if (opts.missing) throw opts.missing();
    const name = em.getMetadata().find(entity.name)?.className ?? entity.name;
    const id = typeof key === "string" ? key : ((key as { id?: unknown }).id ?? JSON.stringify(key));
    throw new NotFoundError({ zh: opts.what.zh, en: name }, String(id));
  }
  if (opts.version !== undefined) assertCurrentVersion(row as { version: number }, opts.version, opts.what);
  return row;
}
