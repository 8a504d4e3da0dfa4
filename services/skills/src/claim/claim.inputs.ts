import { Field, ID, InputType, Int } from "type-graphql";
import { Fen, LocalDateScalar, TextInput } from "@pa/service-kit";
import { ClaimStatus } from "./claim.enums";

@InputType({
  description: "申报培训补贴 Submit an institution's subsidy claim for a project (computed, R-SKL-1)",
})
export class SubmitTrainingClaimInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalDateScalar, { description: "申报日期 Submitted on" })
  submittedOn!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "机构申报的学员（默认：本项目全部学员） The trainees claimed for (default: every trainee of the project)",
  })
  personIds?: string[] | null;
}

@InputType({ description: "审核培训补贴申请 Verify a claim" })
export class VerifyTrainingClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "审核日期 Verified on" })
  verifiedOn!: string;
}

@InputType({ description: "拨付培训补贴 Record the payment of a verified claim to the institution" })
export class PayTrainingClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "拨付日期 Paid on" })
  paidOn!: string;

  @Field(() => Fen, { description: "拨付金额（分，应等于核定金额） Amount paid, fen (the computed amount)" })
  amountFen!: number;
}

@InputType({ description: "不予拨付 Refuse a claim, with the reason" })
export class RefuseTrainingClaimInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "日期 Refused on" })
  refusedOn!: string;

  @Field(() => String, { description: "原因 Reason" })
  @TextInput({ maxLength: 500, multiline: true })
  reason!: string;
}

@InputType({ description: "培训补贴申请筛选 Filters of the claim list" })
export class TrainingClaimsFilter {
  @Field(() => [ClaimStatus], { nullable: true, description: "状态（待审核：SUBMITTED） Statuses" })
  statuses?: ClaimStatus[] | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  institutionId?: string | null;

  @Field(() => [String], { nullable: true, description: "镇街（项目所在） Townships (the project's)" })
  townshipCodes?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "申报日期起 Submitted on or after" })
  submittedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "申报日期止 Submitted on or before" })
  submittedTo?: string | null;
}

@InputType({ description: "申报明细筛选 Filters of the claim lines (the claim ledger)" })
export class TrainingClaimLinesFilter {
  @Field(() => ID, { nullable: true })
  claimId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => [ClaimStatus], { nullable: true, description: "申请状态 Claim statuses" })
  statuses?: ClaimStatus[] | null;

  @Field(() => [String], { nullable: true, description: "镇街（学员所在） Townships (the trainee's)" })
  townshipCodes?: string[] | null;
}
