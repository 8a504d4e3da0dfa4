import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { TargetMetric, TargetStatus } from "./target.enums";

/**
 * 目标 One metric's value in an adopted `EMPLOYMENT_TARGETS` policy version (R-PRIN-2: plans are
 * data). `id` is that version's id: a figure set against a target names the version it used.
 */
@ObjectType({ description: "就业扶贫目标 Employment target (one metric of a policy version)" })
export class EmploymentTarget {
  @Field(() => ID, { description: "政策版本编号 The policy version holding this target" })
  id!: string;

  @Field(() => TargetMetric, { description: "指标 Metric" })
  metric!: TargetMetric;

  @Field(() => Int, { description: "目标值 Target value (count, or basis points for rates)" })
  value!: number;

  @Field(() => LocalDateScalar, { description: "生效日期 Valid from" })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "完成期限 Deadline" })
  deadline!: string | null;

  @Field(() => String, { nullable: true, description: "依据 Source or note (the version's name)" })
  note!: string | null;

  @Field(() => String, { description: "录入人 Recorded by" })
  createdBy!: string;
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
    description: "适用的目标（无则为空） The target in force (null when none applies)",
  })
  target!: EmploymentTarget | null;

  @Field(() => ID, {
    nullable: true,
    description: "所用政策版本 The policy version the check used (null when none was in force)",
  })
  policyVersionId!: string | null;

  @Field(() => Boolean, { description: "是否达标 Whether the target is met" })
  met!: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "完成期限 When the target falls due: the policy version's deadline, or the end of the year for a yearly target (null: none)",
  })
  dueOn!: string | null;

  @Field(() => TargetStatus, {
    description: "完成状态 MET, NOT_DUE (not met, deadline not passed), MISSED, or NO_TARGET",
  })
  status!: TargetStatus;
}
