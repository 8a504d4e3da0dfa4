import { Entity, Index, PrimaryKey, Property, type EntityManager } from "@mikro-orm/core";
import { newId } from "../ids";
import type { ServiceContext } from "../context";

/** 审计 Every mutation: who, when, what, and the record before and after (ARCHITECTURE.md). */
@Entity({ tableName: "audit_entry" })
@Index({ properties: ["entityName", "entityId"] })
export class AuditEntry {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "datetime" })
  at: Date = new Date();

  @Property({ type: "string" })
  actor!: string;

  @Property({ type: "string" })
  actorUnit!: string;

  @Property({ type: "string", nullable: true })
  requestId?: string | null;

  /** The mutation's name, e.g. `registerPerson`. */
  @Property({ type: "string" })
  action!: string;

  @Property({ type: "string" })
  entityName!: string;

  @Property({ type: "string" })
  entityId!: string;

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
    requestId: ctx.requestId,
    action: entry.action,
    entityName: entry.entityName,
    entityId: entry.entityId,
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
