import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";

/** What an employment target measures. */
export enum TargetMetric {
  POSTS_HELD = "POSTS_HELD",
  POST_OCCUPANCY_BP = "POST_OCCUPANCY_BP",
  PROJECTS_STARTED_PER_YEAR = "PROJECTS_STARTED_PER_YEAR",
  PROJECTS_HELD = "PROJECTS_HELD",
}
registerEnumType(TargetMetric, {
  name: "EmploymentTargetMetric",
  description: "就业扶贫目标指标 What an employment target measures",
  valuesConfig: {
    POSTS_HELD: { description: "扶贫公益岗位保有量 Public-welfare posts held (R-EMP-1)" },
    POST_OCCUPANCY_BP: { description: "公益岗位上岗率（基点） Post occupancy rate, basis points (R-EMP-1)" },
    PROJECTS_STARTED_PER_YEAR: { description: "每年新增扶贫就业项目 Projects started per year (R-EMP-2)" },
    PROJECTS_HELD: { description: "扶贫就业项目保有量 Employment projects held (R-EMP-2)" },
  },
});

/**
 * 目标 A target value of one metric, valid from a date until the next row of the same metric
 * (R-PRIN-2: plans are data). The 2018–2020 plan's rows are seeded by a migration; a new plan is
 * a new row, and past figures still name the row they were held against.
 */
@Entity({ tableName: "employment_target" })
@Unique({ properties: ["metric", "validFrom"] })
@ObjectType({ description: "就业扶贫目标 Employment target (versioned data)" })
export class EmploymentTarget {
  [OptionalProps]?: "createdAt" | "deadline" | "note";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Enum({ items: () => TargetMetric, type: "string" })
  @Field(() => TargetMetric, { description: "指标 Metric" })
  metric!: TargetMetric;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "目标值 Target value (count, or basis points for rates)" })
  value!: number;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "生效日期 Valid from" })
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "完成期限 Deadline" })
  deadline?: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "依据 Source or note" })
  note?: string | null;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "录入人 Recorded by" })
  createdBy!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}

/** 目标对照 A figure set against the target in force on its date. */
@ObjectType({ description: "目标对照 A figure set against the target in force" })
export class TargetCheck {
  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Field(() => Int, { description: "实际值 Actual value" })
  actual!: number;

  @Field(() => EmploymentTarget, {
    nullable: true,
    description: "适用的目标（无则为空） The target row in force (null when none applies)",
  })
  target!: EmploymentTarget | null;

  @Field(() => Boolean, { description: "是否达标 Whether the target is met" })
  met!: boolean;
}
