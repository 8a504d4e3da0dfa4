import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { LaborCapacity, PovertyStatus } from "@pa/events";

/**
 * 人员信息 (local projection) What this service needs to know about a registered person, kept
 * from the registry's person events: township (scope), birth date, capacity and willingness
 * (R-TGT-1 eligibility) and poverty status. `version` is the registry's version of the person;
 * an event carrying an older version than the one stored is ignored (events may arrive out of order).
 */
@Entity({ tableName: "person_facts" })
@Index({ properties: ["townshipCode"] })
export class PersonFacts {
  [OptionalProps]?: "updatedAt" | "registeredOn";

  @PrimaryKey({ type: "string", length: 26 })
  personId!: string;

  /** The registry's `Person.version` these facts were taken from (not an optimistic lock here). */
  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;

  @Property({ type: "date" })
  birthDate!: string;

  @Enum({ items: () => LaborCapacity.options, type: "string" })
  laborCapacity!: LaborCapacity;

  @Property({ type: "boolean" })
  willingToWork!: boolean;

  @Property({ type: "boolean" })
  willingToTrain!: boolean;

  @Enum({ items: () => PovertyStatus.options, type: "string" })
  povertyStatus!: PovertyStatus;

  /**
   * 建档立卡日期 The registry's registration date: a case opened at registration is dated on it,
   * and an offer dated before it is refused (issue 9 item 13). Null only on rows kept before the
   * column existed, until the person's next event.
   */
  @Property({ type: "date", nullable: true })
  registeredOn?: string | null;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
