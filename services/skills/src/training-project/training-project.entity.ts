import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Fen, FenColumn, LocalDateScalar, newId } from "@pa/service-kit";
import { CourseKind, TrainingFormat } from "./training-project.enums";

/**
 * 政府购买培训项目 A training project the bureau bought from an institution (R-SKL-1): free to the
 * trainee, paid to the institution per verified completion at `pricePerTraineeFen`. The price is
 * checked against the `TRAINING_SUBSIDY` policy version in force on `startOn`, whose id is kept
 * (`policyVersionId`) and recorded on every claim of the project.
 */
@Entity({ tableName: "training_project" })
@Index({ properties: ["townshipCode", "startOn"] })
@Index({ properties: ["institutionId"] })
@Unique({ properties: ["contractNumber"] })
@ObjectType({ description: "政府购买培训项目 Purchased training project (R-SKL-1, R-SKL-2)" })
export class TrainingProject {
  [OptionalProps]?: "version" | "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "培训机构 Institution id" })
  institutionId!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "购买服务合同编号 Contract number" })
  contractNumber!: string;

  @Enum({ items: () => CourseKind, type: "string" })
  @Field(() => CourseKind, { description: "课程类别 Course kind" })
  courseKind!: CourseKind;

  @Property({ type: "string", length: 100 })
  @Field(() => String, {
    description: "职业（工种）或专项职业能力名称 Occupation or course, e.g. 大棚蔬菜种植",
  })
  courseName!: string;

  @Enum({ items: () => TrainingFormat, type: "string" })
  @Field(() => TrainingFormat, { description: "培训形式 Format" })
  format!: TrainingFormat;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "培训地点 Place" })
  place!: string;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "培训名额 Places" })
  places!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "培训课时 Hours" })
  hours!: number;

  @FenColumn()
  @Field(() => Fen, { description: "每人补贴标准（分） Price per trainee, fen" })
  pricePerTraineeFen!: number;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "开班日期 Starts on" })
  startOn!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "结业日期 Ends on" })
  endOn!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, {
    description: "适用的培训补贴政策版本 TRAINING_SUBSIDY policy version it was bought under",
  })
  policyVersionId!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
