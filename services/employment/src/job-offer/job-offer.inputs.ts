import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar, Fen } from "@pa/service-kit";
import { OfferChannel, OfferOutcome } from "./job-offer.enums";

@InputType({ description: "记录岗位推荐 Record a job offer to a person (R-EMP-3)" })
export class RecordJobOfferInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: "用人单位 Employer" })
  employer!: string;

  @Field(() => String, { description: "岗位 Position" })
  position!: string;

  @Field(() => Fen, { description: "月工资（分，大于0） Monthly wage in fen, above 0" })
  monthlyWageFen!: number;

  @Field(() => OfferChannel, { description: "渠道 Channel" })
  channel!: OfferChannel;

  @Field(() => ID, {
    nullable: true,
    description: "招聘会（渠道为招聘会时可填） The job fair, for the JOB_FAIR channel",
  })
  jobFairId?: string | null;

  @Field(() => LocalDateScalar, { description: "推荐日期（不能晚于今天） Offered on, not after today" })
  offeredOn!: string;

  @Field(() => OfferOutcome, { nullable: true, description: "结果（默认待定） Outcome, default PENDING" })
  outcome?: OfferOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: "拒绝原因（拒绝时必填） Why declined (required when DECLINED)",
  })
  declineReason?: string | null;
}

@InputType({ description: "记录推荐结果 Record the outcome of a job offer" })
export class RecordOfferOutcomeInput {
  @Field(() => ID)
  offerId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => OfferOutcome)
  outcome!: OfferOutcome;

  @Field(() => String, {
    nullable: true,
    description: "拒绝原因（拒绝时必填） Why declined (required when DECLINED)",
  })
  declineReason?: string | null;
}

@InputType({ description: "岗位推荐筛选 Filters of the offer list and ledger" })
export class JobOffersFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => OfferChannel, { nullable: true })
  channel?: OfferChannel | null;

  @Field(() => OfferOutcome, { nullable: true })
  outcome?: OfferOutcome | null;

  @Field(() => ID, { nullable: true })
  jobFairId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "推荐日期起 Offered on or after" })
  offeredFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "推荐日期止 Offered on or before" })
  offeredTo?: string | null;
}
