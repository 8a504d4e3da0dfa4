import { Field, ID, InputType, Int } from "type-graphql";
import { Fen, LocalDateScalar } from "@pa/service-kit";
import { CourseKind, TrainingFormat } from "./training-project.enums";

@InputType({ description: "登记政府购买培训项目 Record a purchased training project (R-SKL-1)" })
export class RecordTrainingProjectInput {
  @Field(() => ID, { description: "培训机构 Institution id" })
  institutionId!: string;

  @Field(() => String, { description: "购买服务合同编号 Contract number" })
  contractNumber!: string;

  @Field(() => CourseKind)
  courseKind!: CourseKind;

  @Field(() => String, { description: "职业（工种）或专项职业能力名称 e.g. 大棚蔬菜种植" })
  courseName!: string;

  @Field(() => TrainingFormat)
  format!: TrainingFormat;

  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Field(() => String, { description: "培训地点 Place" })
  place!: string;

  @Field(() => Int, { description: "培训名额 Places" })
  places!: number;

  @Field(() => Int, { description: "培训课时 Hours" })
  hours!: number;

  @Field(() => Fen, {
    description: "每人补贴标准（分，不超过政策上限） Price per trainee, fen (within the policy's cap)",
  })
  pricePerTraineeFen!: number;

  @Field(() => LocalDateScalar, { description: "开班日期 Starts on" })
  startOn!: string;

  @Field(() => LocalDateScalar, { description: "结业日期（不早于开班日期） Ends on (not before startOn)" })
  endOn!: string;
}

@InputType({ description: "培训项目筛选 Filters of the training project list" })
export class TrainingProjectsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: "培训机构 Institution" })
  institutionId?: string | null;

  @Field(() => CourseKind, { nullable: true })
  courseKind?: CourseKind | null;

  @Field(() => TrainingFormat, { nullable: true })
  format?: TrainingFormat | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "在此日期或之后仍在培训 Running on or after (endOn ≥ this)",
  })
  runningFrom?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "在此日期或之前已开班 Running on or before (startOn ≤ this); with runningFrom: running this month",
  })
  runningTo?: string | null;
}
