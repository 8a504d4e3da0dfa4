import { Entity, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { newId } from "@pa/service-kit";

/**
 * 考勤 The month's work log of a post placement. No log, no allowance for that month: posts held
 * by name only (挂名领报酬) are a known abuse (R-EMP-1).
 */
@Entity({ tableName: "post_work_log" })
@Unique({ properties: ["placementId", "month"] })
@ObjectType({ description: "公益岗位月度考勤 Monthly work log of a post placement" })
export class PostWorkLog {
  [OptionalProps]?: "recordedAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  placementId!: string;

  @Property({ type: "string", length: 7 })
  @Field(() => String, { description: "月份 Month, YYYY-MM" })
  month!: string;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "出勤天数 Days worked" })
  daysWorked!: number;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "记录人 Recorded by" })
  recordedBy!: string;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  recordedAt: Date = new Date();
}
