import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Fen, LocalDateScalar } from "@pa/service-kit";
import { TrainingProject } from "../training-project/training-project.entity";
import { CourseKind, TrainingFormat } from "../training-project/training-project.enums";

@ObjectType({ description: "培训实效指标 Effect figures: completions and jobs, not sign-ups (R-SKL-2)" })
export class TrainingEffectFigures {
  @Field(() => Int, { description: "报名人数 Enrolled" })
  enrolled!: number;

  @Field(() => Int, { description: "结业人数 Completed" })
  completed!: number;

  @Field(() => Int, { description: "取证人数 Certified" })
  certified!: number;

  @Field(() => Int, {
    description:
      "结业后6个月内就业人数（口径见 TRAINING_EFFECT 政策） Employed within the window after completion",
  })
  employedWithinWindow!: number;

  @Field(() => Fen, { description: "已拨付补贴（分） Subsidy paid, fen" })
  paidFen!: number;

  @Field(() => Fen, { nullable: true, description: "每结业一人成本（分） Cost per completion, fen" })
  costPerCompletionFen!: number | null;

  @Field(() => Fen, { nullable: true, description: "每取证一人成本（分） Cost per certified trainee, fen" })
  costPerCertificateFen!: number | null;
}

@ObjectType({ description: "项目培训实效 Effect of one project" })
export class ProjectEffect {
  @Field(() => ID)
  projectId!: string;

  @Field(() => TrainingProject)
  project!: TrainingProject;

  @Field(() => TrainingEffectFigures)
  figures!: TrainingEffectFigures;
}

@ObjectType({ description: "按课程类别的培训实效 Effect per course kind" })
export class CourseKindEffect {
  @Field(() => CourseKind)
  courseKind!: CourseKind;

  @Field(() => TrainingEffectFigures)
  figures!: TrainingEffectFigures;
}

@ObjectType({ description: "培训实效 Training effect (培训实效, R-SKL-2)" })
export class TrainingEffect {
  @Field(() => TrainingEffectFigures, {
    description: "合计 Total; costPerCertificateFen is the bureau's cost per certified trainee",
  })
  total!: TrainingEffectFigures;

  @Field(() => [CourseKindEffect])
  byCourseKind!: CourseKindEffect[];

  @Field(() => [ProjectEffect], { description: "按项目（开班日期新→旧） Per project, newest first" })
  byProject!: ProjectEffect[];
}

@InputType({ description: "培训实效筛选 Which projects the effect figures cover" })
export class TrainingEffectFilter {
  @Field(() => [String], { nullable: true, description: "镇街（项目所在） Townships (the project's)" })
  townshipCodes?: string[] | null;

  @Field(() => CourseKind, { nullable: true })
  courseKind?: CourseKind | null;

  @Field(() => TrainingFormat, { nullable: true })
  format?: TrainingFormat | null;

  @Field(() => ID, { nullable: true })
  institutionId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "开班日期起 Started on or after" })
  startedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "开班日期止 Started on or before" })
  startedTo?: string | null;
}
