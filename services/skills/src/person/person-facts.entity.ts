import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { LaborCapacity, PovertyStatus } from "@pa/events";

/**
 * 人员信息 (local projection) What this service decides on about a registered person, kept from
 * the registry's person events: township (scope, the gap list), household, capacity and
 * willingness to train (R-TGT-3), poverty status and registration date. `version` is the
 * registry's version of the person; an older event than the one stored is ignored.
 */
@Entity({ tableName: "person_facts" })
@Index({ properties: ["townshipCode"] })
@Index({ properties: ["householdId"] })
export class PersonFacts {
  [OptionalProps]?: "updatedAt" | "withdrawnOn" | "exitedOn";

  @PrimaryKey({ type: "string", length: 26 })
  personId!: string;

  /** The registry's `Person.version` these facts were taken from (not an optimistic lock here). */
  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;

  @Property({ type: "string", length: 64 })
  householdId!: string;

  @Enum({ items: () => LaborCapacity.options, type: "string" })
  laborCapacity!: LaborCapacity;

  @Property({ type: "boolean" })
  willingToTrain!: boolean;

  @Enum({ items: () => PovertyStatus.options, type: "string" })
  povertyStatus!: PovertyStatus;

  /** 建档立卡日期 The registry's registration date: a need opened at registration is dated on it. */
  @Property({ type: "date" })
  registeredOn!: string;

  /** 脱贫日期 Recorded, never acted on (R-PRIN-1). */
  @Property({ type: "date", nullable: true })
  exitedOn?: string | null;

  /**
   * 撤销登记 The day the registry withdrew this registration while a clerk had already acted on the
   * person (an enrolment): the row stays, marked; no new enrolment can be recorded.
   */
  @Property({ type: "date", nullable: true })
  withdrawnOn?: string | null;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
