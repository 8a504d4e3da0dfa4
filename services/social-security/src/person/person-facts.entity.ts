import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { PovertyStatus } from "@pa/events";

/**
 * The registry's facts about a person that this service decides on (age, township, poverty
 * status): a local projection fed by the registry's person events, never a read of its tables.
 * `version` is the registry's version of the person; older facts never overwrite newer ones.
 */
@Entity({ tableName: "person_facts" })
@Index({ properties: ["townshipCode"] })
@Index({ properties: ["birthDate"] })
export class PersonFacts {
  [OptionalProps]?: "updatedAt" | "exitedOn" | "withdrawnOn";

  @PrimaryKey({ type: "string", length: 26 })
  personId!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;

  @Property({ type: "date" })
  birthDate!: string;

  /** 贫困状态 as the registry publishes it (R-PRIN-1: EXITED keeps every entitlement). */
  @Enum({ items: () => PovertyStatus.options, type: "string" })
  povertyStatus!: PovertyStatus;

  @Property({ type: "date" })
  registeredOn!: string;

  @Property({ type: "date", nullable: true })
  exitedOn?: string | null;

  /**
   * 撤销登记 The day the registry withdrew this registration (its import was undone) while a
   * clerk had already acted on the person (a payment, a settlement): the row stays with those
   * records, marked. Null for everyone else (a withdrawn person no clerk acted on has no row).
   */
  @Property({ type: "date", nullable: true })
  withdrawnOn?: string | null;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
