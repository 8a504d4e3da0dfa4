import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { Scheme } from "./enrolment.enums";
import { EnrolmentStatus } from "./enrolment.enums";

/**
 * 参保 A person's enrolment in one resident scheme (R-SS-1, R-SS-2, R-TGT-4): one row per person
 * and scheme; its changes are kept in `EnrolmentChange` so screening runs can list them.
 */
@Entity({ tableName: "enrolment" })
@Unique({ properties: ["personId", "scheme"] })
@Index({ properties: ["scheme", "status"] })
@Index({ properties: ["townshipCode"] })
@ObjectType({ description: "参保 Enrolment in a resident scheme" })
export class Enrolment {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "status" | "contributionTier" | "enrolledOn";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township" })
  townshipCode!: string;

  @Enum({ items: () => Scheme, type: "string" })
  @Field(() => Scheme, { description: "险种 Scheme" })
  scheme!: Scheme;

  @Enum({ items: () => EnrolmentStatus, type: "string" })
  @Field(() => EnrolmentStatus, { description: "参保状态 Status" })
  status: EnrolmentStatus = EnrolmentStatus.PENDING;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "参保年度 Scheme year the status refers to" })
  schemeYear!: number;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "缴费档次 Contribution tier" })
  contributionTier?: number | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "参保日期 Enrolled on" })
  enrolledOn?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** 参保缴费变动 One change of an enrolment's status, year or tier; screening lists those since the last run. */
@Entity({ tableName: "enrolment_change" })
@Index({ properties: ["scheme", "id"] })
// A person's history and an enrolment's history are read by these (issue 10: FK-like columns indexed).
@Index({ properties: ["personId"] })
@Index({ properties: ["enrolmentId"] })
@ObjectType({ description: "参保缴费变动 A change of enrolment or contribution" })
export class EnrolmentChange {
  [OptionalProps]?: "changedAt";

  /** ULID: creation order is id order, so "since the last run" is `id > lastSeen`. */
  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  enrolmentId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String)
  townshipCode!: string;

  @Enum({ items: () => Scheme, type: "string" })
  @Field(() => Scheme)
  scheme!: Scheme;

  @Enum({ items: () => EnrolmentStatus, type: "string", nullable: true })
  @Field(() => EnrolmentStatus, { nullable: true, description: "变动前状态 Status before (null: new)" })
  fromStatus?: EnrolmentStatus | null;

  @Enum({ items: () => EnrolmentStatus, type: "string" })
  @Field(() => EnrolmentStatus, { description: "变动后状态 Status after" })
  toStatus!: EnrolmentStatus;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true })
  fromTier?: number | null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true })
  toTier?: number | null;

  @Property({ type: "integer" })
  @Field(() => Int)
  schemeYear!: number;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "变动人 Changed by" })
  changedBy!: string;

  @Property({ type: "datetime" })
  @Field(() => Date)
  changedAt: Date = new Date();
}
