import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { CaseStatus } from "./assistance-case.enums";

/**
 * 精细化就业帮扶 A one-to-one assistance case (R-EMP-3, R-TGT-1). Opened for every person with
 * labour capacity and willingness to work; closed only by a clerk with a reason — never by an exit
 * from poverty (R-PRIN-1). At most one open case per person: `openKey` holds the person id while
 * the case is open and is unique (NULLs do not collide), in PostgreSQL and SQLite alike.
 */
@Entity({ tableName: "assistance_case" })
@Index({ properties: ["status", "townshipCode", "openedOn"] })
@Index({ properties: ["personId"] })
// Township-scoped lists and a township move filter on the township first (issue 10).
@Index({ properties: ["townshipCode", "openedOn"] })
@ObjectType({ description: "精细化就业帮扶 One-to-one employment assistance case" })
export class AssistanceCase {
  [OptionalProps]?:
    | "version"
    | "createdAt"
    | "updatedAt"
    | "status"
    | "offerCount"
    | "jobReady"
    | "jobReadyOn"
    | "caseworker"
    | "caseworkerAssignedOn"
    | "closedOn"
    | "closeReason"
    | "closedBy";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员 Person id" })
  personId!: string;

  /** The person's township, kept in step with the registry's events (scope and worklists). */
  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Enum({ items: () => CaseStatus, type: "string" })
  @Field(() => CaseStatus, { description: "状态 Status" })
  status: CaseStatus = CaseStatus.OPEN;

  /** The person id while open, null once closed: a unique index allows one open case per person. */
  @Property({ type: "string", length: 26, nullable: true, unique: true })
  openKey?: string | null;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "立案日期 Opened on" })
  openedOn!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "立案人（system 为自动立案） Opened by (system: automatically)" })
  openedBy!: string;

  @Property({ type: "string", length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: "帮扶责任人 Caseworker" })
  caseworker?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "指派日期 Caseworker assigned on" })
  caseworkerAssignedOn?: string | null;

  /** Offers this person has received (all of them), kept by `recordJobOffer` for the gap list. */
  @Property({ type: "integer" })
  @Field(() => Int, { description: "已提供岗位次数 Job offers received" })
  offerCount: number = 0;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "具备上岗条件（技能培训结业） Job-ready (skills training completed)" })
  jobReady: boolean = false;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "具备上岗条件日期 Job-ready since" })
  jobReadyOn?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "结案日期 Closed on" })
  closedOn?: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "结案原因 Reason for closing" })
  closeReason?: string | null;

  @Property({ type: "string", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "结案人 Closed by" })
  closedBy?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
