import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType, LocalDateScalar, Fen } from "@pa/service-kit";
import { Person } from "../person/person.stub";
import { TargetCheck } from "../target/target.types";
import { PublicWelfarePost } from "./post.entity";

@ObjectType("PublicWelfarePostConnection", { description: "公益岗位列表 A page of posts" })
export class PublicWelfarePostConnection extends ConnectionType(PublicWelfarePost) {}

/** 公益岗位保有量与上岗率 Post figures on a date, against the targets in force (R-EMP-1). */
@ObjectType({ description: "公益岗位保有量与上岗率 Posts held, filled and occupancy on a date (R-EMP-1)" })
export class PostFigures {
  @Field(() => LocalDateScalar, { description: "统计日期 As of" })
  asOf!: string;

  @Field(() => Int, {
    description: "保有量（当日已设且未撤） Posts held: opened on or before, not closed on or before",
  })
  held!: number;

  @Field(() => Int, { description: "在岗数 Held posts with a person in them that day" })
  filled!: number;

  @Field(() => Int, { description: "空岗数 Held posts without a person that day" })
  vacant!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "上岗率（基点，向下取整） Occupancy in basis points, rounded down (null when nothing is held)",
  })
  occupancyRateBp!: number | null;

  @Field(() => TargetCheck, { description: "保有量对照目标 Posts held against the target" })
  heldCheck!: TargetCheck;

  @Field(() => TargetCheck, {
    description: "上岗率对照目标（精确比较） Occupancy against the target, compared exactly",
  })
  occupancyCheck!: TargetCheck;
}

/** 补贴核算明细 One placement's line in a month's allowance statement. */
@ObjectType({ description: "公益岗位补贴核算明细 One line of the monthly allowance statement" })
export class AllowanceLine {
  @Field(() => ID)
  placementId!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => String, { description: "岗位名称 Post title" })
  postTitle!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => Person)
  person!: Person;

  @Field(() => String)
  townshipCode!: string;

  @Field(() => Boolean, { description: "是否有考勤 Whether the month has a work log" })
  logged!: boolean;

  @Field(() => Int, { nullable: true, description: "出勤天数 Days worked" })
  daysWorked!: number | null;

  @Field(() => Fen, { description: "岗位月补贴（分） The post's monthly allowance, fen" })
  monthlyAllowanceFen!: number;

  @Field(() => Fen, { description: "应发补贴（分），无考勤为0 Allowance due in fen; 0 without a work log" })
  dueFen!: number;
}

/** 月度补贴核算 The allowance due for a month: no work log, no allowance (挂名领报酬 is refused). */
@ObjectType({ description: "公益岗位月度补贴核算 Monthly allowance statement (no work log, no allowance)" })
export class AllowanceStatement {
  @Field(() => String, { description: "月份 Month, YYYY-MM" })
  month!: string;

  @Field(() => [AllowanceLine])
  lines!: AllowanceLine[];

  @Field(() => Int, { description: "在岗人次 Placements active in the month" })
  placements!: number;

  @Field(() => Int, { description: "有考勤人次 Placements with a work log" })
  logged!: number;

  @Field(() => Fen, { description: "应发合计（分） Total due, fen" })
  totalDueFen!: number;
}
