import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { newId } from "../ids";

/** 政策状态 A version is a draft (editable) until adopted; adopted versions never change. */
export const PolicyStatus = { DRAFT: "DRAFT", ADOPTED: "ADOPTED" } as const;
/** `DRAFT` or `ADOPTED`. */
export type PolicyStatus = (typeof PolicyStatus)[keyof typeof PolicyStatus];

/**
 * 政策参数版本 A versioned set of policy numbers (R-PRIN-2): in force from `validFrom` once adopted,
 * immutable from then on; every computation stores the id of the version it used, so a past result
 * can be explained (ARCHITECTURE.md, "Data rules"). `kind` is a string each service chooses
 * (`MEDICAL`, `EMPLOYMENT_TARGETS`); `parameters` were checked by the kind's schema when saved.
 */
@Entity({ tableName: "policy_version" })
@Index({ properties: ["kind", "status", "validFrom"] })
export class PolicyVersion<P = Record<string, unknown>> {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "status" | "adoptedAt" | "adoptedBy";

  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "text" })
  kind!: string;

  @Property({ type: "string", length: 100 })
  name!: string;

  /** In force from this business date (inclusive) once adopted. */
  @Property({ type: "date" })
  validFrom!: string;

  @Enum({ items: () => Object.values(PolicyStatus), type: "string" })
  status: PolicyStatus = PolicyStatus.DRAFT;

  /** Money in fen, rates in basis points, dates as `YYYY-MM-DD`. */
  @Property({ type: "json" })
  parameters!: P;

  @Property({ type: "string", length: 64 })
  createdBy!: string;

  @Property({ type: "datetime", nullable: true })
  adoptedAt?: Date | null;

  @Property({ type: "string", length: 64, nullable: true })
  adoptedBy?: string | null;

  @Property({ type: "integer", version: true })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
