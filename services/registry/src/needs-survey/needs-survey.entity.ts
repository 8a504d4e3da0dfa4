import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";

/** 需求调查 / 调查摸底 What a person needs, as surveyed on a date (R-REQ-2). */
@Entity({ tableName: "needs_survey" })
@Index({ properties: ["personId", "surveyedOn"] })
@ObjectType({ description: "需求调查 Needs survey" })
export class NeedsSurvey {
  [OptionalProps]?: "createdAt" | "needsWork" | "needsTraining" | "needsEntrepreneurship";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  personId!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "调查日期 Surveyed on" })
  surveyedOn!: string;

  @Property({ type: "string", length: 50 })
  @Field(() => String, { description: "调查人 Surveyed by" })
  surveyedBy!: string;

  @Property({ type: "string", length: 40 })
  @Field(() => String, { description: "调查单位 Unit of the surveyor" })
  surveyorUnit!: string;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "就业需求 Needs work" })
  needsWork: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "培训需求 Needs training" })
  needsTraining: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "创业需求 Needs entrepreneurship support" })
  needsEntrepreneurship: boolean = false;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "备注 Note" })
  note?: string | null;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
