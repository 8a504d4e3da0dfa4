import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";

/**
 * 需求调查（培训） The latest needs survey of a person as the registry published it
 * (`pa.registry.needs.surveyed.v1`, R-REQ-2): shown beside a need on the gap list. The survey's
 * answer reaches the need through the registry's `person.updated` (the survey sets
 * `willingToTrain`), so the need follows one source of truth; an older survey than the one held
 * changes nothing.
 */
@Entity({ tableName: "training_survey" })
@ObjectType({ description: "最近需求调查 The latest needs survey (training answer)" })
export class TrainingSurvey {
  [OptionalProps]?: "updatedAt";

  @PrimaryKey({ type: "string", length: 26 })
  personId!: string;

  @Property({ type: "string", length: 64 })
  surveyId!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "调查日期 Surveyed on" })
  surveyedOn!: string;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "有培训需求 Wants training" })
  needsTraining!: boolean;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
