import { Entity, Index, PrimaryKey, Property, type EntityManager } from "@mikro-orm/core";
import { newId } from "../ids";
import type { ServiceContext } from "../context";

/** 审计 Every mutation: who, when, what, and the record before and after (ARCHITECTURE.md). */
@Entity({ tableName: "audit_entry" })
@Index({ properties: ["entityName", "entityId"] })
@Index({ properties: ["subjectId", "at"] })
export class AuditEntry {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "datetime" })
  at: Date = new Date();

  @Property({ type: "string" })
  actor!: string;

  @Property({ type: "string" })
  actorUnit!: string;

  /** The actor's name as the token gave it (null for entries written before it was kept). */
  @Property({ type: "string", nullable: true })
  actorName?: string | null;

  /** The actor's roles, comma-separated (`clerk,manager`); null for the system and older entries. */
  @Property({ type: "string", nullable: true })
  actorRoles?: string | null;

  @Property({ type: "string", nullable: true })
  requestId?: string | null;

  /** The mutation's name, e.g. `registerPerson`. */
  @Property({ type: "string" })
  action!: string;

  @Property({ type: "string" })
  entityName!: string;

  @Property({ type: "string" })
  entityId!: string;

  /**
   * The person the change is about (一人一档's timeline, `Person.*Activity`): given by the writer,
   * else the row's own `personId`, else the id of a `Person` row; null for changes about no one.
   */
  @Property({ type: "string", length: 255, nullable: true })
  subjectId?: string | null;

  @Property({ type: "json", nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: "json", nullable: true })
  after?: Record<string, unknown> | null;
}

/** What one audit entry says. */
export interface AuditFacts {
  action: string;
  entityName: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** The person the change is about; see {@link subjectOf} for the default. */
  subjectId?: string | null;
}

/**
 * Whom an entry is about when the writer does not say: the row's `personId` (an offer, a case, a
 * settlement…), else the entity's id when the entity is a `Person` itself.
 */
export function subjectOf(entry: AuditFacts): string | null {
  if (entry.subjectId !== undefined) return entry.subjectId;
  for (const view of [entry.after, entry.before]) {
    const id = (view as { personId?: unknown } | null | undefined)?.personId;
    if (typeof id === "string" && id) return id;
  }
  return entry.entityName === "Person" ? entry.entityId : null;
}

/** An audit entry, not yet persisted (bulk writers insert plain rows instead: `auditRow`). */
export function auditEntry(
  ctx: Pick<ServiceContext, "identity" | "requestId">,
  entry: AuditFacts,
): AuditEntry {
  return Object.assign(new AuditEntry(), auditEntryData(ctx, entry));
}

/** The values of an audit entry: who, when, what, before and after. */
export function auditEntryData(
  ctx: Pick<ServiceContext, "identity" | "requestId">,
  entry: AuditFacts,
): AuditEntry {
  return {
    id: newId(),
    at: new Date(),
    actor: ctx.identity?.sub ?? "system",
    actorUnit: ctx.identity?.unit ?? "system",
    actorName: ctx.identity?.name ?? null,
    actorRoles: ctx.identity ? ctx.identity.roles.join(",") : null,
    requestId: ctx.requestId,
    action: entry.action,
    entityName: entry.entityName,
    entityId: entry.entityId,
    subjectId: subjectOf(entry),
    before: (entry.before ?? null) as Record<string, unknown> | null,
    after: (entry.after ?? null) as Record<string, unknown> | null,
  };
}

/** Records an audit entry inside the caller's transaction, so it commits with the change. */
export function audit(
  em: EntityManager,
  ctx: Pick<ServiceContext, "identity" | "requestId">,
  entry: AuditFacts,
): void {
  em.persist(auditEntry(ctx, entry));
}
