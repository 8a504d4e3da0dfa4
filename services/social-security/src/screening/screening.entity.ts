import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { Scheme } from "../enrolment/enrolment.enums";
import { FindingKind } from "./screening.enums";

/** 定期排查 One screening run of a scheme (R-SS-2): obligations completed, findings listed, stored. */
@Entity({ tableName: "screening_run" })
@Index({ properties: ["scheme", "id"] })
@ObjectType({ description: "定期排查 Screening run of enrolment and contributions (R-SS-2)" })
export class ScreeningRun {
  [OptionalProps]?: "ranAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Enum({ items: () => Scheme, type: "string" })
  @Field(() => Scheme)
  scheme!: Scheme;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "排查基准日 As of" })
  asOf!: string;

  @Property({ type: "datetime" })
  @Field(() => Date, { description: "运行时间 Ran at" })
  ranAt: Date = new Date();

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "运行人 Ran by" })
  ranBy!: string;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, { nullable: true, description: "上次排查 The previous run of the scheme" })
  previousRunId?: string | null;

  /** The newest enrolment change this run saw; the next run lists changes after it. */
  @Property({ type: "string", length: 26, nullable: true })
  lastChangeId?: string | null;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "排查人数 People screened" })
  peopleScreened!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "新建参保义务 Enrolment obligations created" })
  enrolmentsCreated!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "新建缴费补贴 Subsidies created" })
  subsidiesCreated!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "发现问题数 Findings" })
  findingCount!: number;
}

@Entity({ tableName: "screening_finding" })
@Index({ properties: ["runId", "kind"] })
@Index({ properties: ["runId", "townshipCode"] })
@Index({ properties: ["personId"] })
@ObjectType({ description: "排查发现 One finding of a screening run" })
export class ScreeningFinding {
  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  runId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township" })
  townshipCode!: string;

  @Enum({ items: () => FindingKind, type: "string" })
  @Field(() => FindingKind)
  kind!: FindingKind;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, { nullable: true, description: "相关记录 The enrolment, subsidy or change concerned" })
  recordId?: string | null;

  @Property({ type: "string", length: 300 })
  @Field(() => String, { description: "说明 Detail (中文 / English)" })
  detail!: string;
}
