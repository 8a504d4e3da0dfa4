import { Field, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { JobFairKind } from "./job-fair.enums";

@InputType({ description: "记录扶贫专场招聘 Record a job fair held for poor people (R-EMP-4)" })
export class RecordJobFairInput {
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Field(() => LocalDateScalar, { description: "举办日期（不能晚于今天） Held on, not after today" })
  heldOn!: string;

  @Field(() => JobFairKind)
  kind!: JobFairKind;

  @Field(() => String, { nullable: true, description: "名称 Title" })
  title?: string | null;

  @Field(() => Int, { description: "参会企业数 Employers taking part" })
  employers!: number;

  @Field(() => Int, { description: "提供岗位数 Positions offered" })
  positionsOffered!: number;

  @Field(() => Int, { description: "贫困人员参会人数 Poor people attending" })
  poorAttendees!: number;

  @Field(() => Int, { description: "达成意向/推荐岗位数 Offers made there" })
  offersMade!: number;
}

@InputType({ description: "招聘会筛选 Filters of the job fair list" })
export class JobFairsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => JobFairKind, { nullable: true })
  kind?: JobFairKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "举办日期起 Held on or after" })
  heldFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "举办日期止 Held on or before" })
  heldTo?: string | null;
}
