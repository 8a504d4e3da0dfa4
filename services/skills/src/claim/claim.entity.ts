import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Fen, FenColumn, LocalDateScalar, newId } from "@pa/service-kit";
import { ClaimLineBasis, ClaimLineOutcome, ClaimLineRefusal, ClaimStatus } from "./claim.enums";

/**
 * 培训补贴申请 An institution's claim for a project (直接补贴培训机构, R-SKL-1), computed, never
 * typed: price × verified completions (plus the policy's share of the price for partial
 * attendance, if it pays any), listed trainee by trainee in its lines; the price and the
 * `TRAINING_SUBSIDY` version are recorded with it.
 */
@Entity({ tableName: "training_claim" })
@Index({ properties: ["status", "submittedOn"] })
@Index({ properties: ["projectId"] })
@ObjectType({ description: "培训补贴申请 Training subsidy claim (R-SKL-1)" })
export class TrainingClaim {
  [OptionalProps]?:
    | "version"
    | "createdAt"
    | "status"
    | "verifiedOn"
    | "paidOn"
    | "paidAmountFen"
    | "refusedOn"
    | "refusalReason";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "培训项目 Project id" })
  projectId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "培训机构 Institution id" })
  institutionId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码（项目所在） Township code (the project's)" })
  townshipCode!: string;

  @Enum({ items: () => ClaimStatus, type: "string" })
  @Field(() => ClaimStatus)
  status: ClaimStatus = ClaimStatus.SUBMITTED;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "申报日期 Submitted on" })
  submittedOn!: string;

  @FenColumn()
  @Field(() => Fen, { description: "每人补贴标准（分） Price per trainee, fen" })
  pricePerTraineeFen!: number;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "适用政策版本 TRAINING_SUBSIDY policy version applied" })
  policyVersionId!: string;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "验收合格结业人数 Verified completions" })
  completedCount!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "部分出勤补贴人数 Lines paid for partial attendance" })
  partialCount!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "不予补贴人数 Refused lines" })
  refusedCount!: number;

  @FenColumn()
  @Field(() => Fen, { description: "核定补贴金额（分） Computed amount, fen" })
  amountFen!: number;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "审核日期 Verified on" })
  verifiedOn?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "拨付日期 Paid on" })
  paidOn?: string | null;

  @FenColumn({ nullable: true })
  @Field(() => Fen, { nullable: true, description: "拨付金额（分） Paid amount, fen" })
  paidAmountFen?: number | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "不予拨付日期 Refused on" })
  refusedOn?: string | null;

  @Property({ type: "string", length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: "不予拨付原因 Refusal reason" })
  refusalReason?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}

/** 申报明细 One trainee of a claim: payable (full or partial) or refused with the reason. */
@Entity({ tableName: "training_claim_line" })
@Index({ properties: ["claimId"] })
@Index({ properties: ["personId", "outcome"] })
@ObjectType({ description: "培训补贴申报明细 Claim line, one per trainee" })
export class TrainingClaimLine {
  [OptionalProps]?: "enrolmentId" | "townshipCode" | "basis" | "refusal" | "attendanceBp";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  claimId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  projectId!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => ID, { description: "人员编号 Person id" })
  personId!: string;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, { nullable: true })
  enrolmentId?: string | null;

  @Property({ type: "string", length: 12, nullable: true })
  @Field(() => String, { nullable: true, description: "镇街代码 Township code (the person's)" })
  townshipCode?: string | null;

  @Enum({ items: () => ClaimLineOutcome, type: "string" })
  @Field(() => ClaimLineOutcome)
  outcome!: ClaimLineOutcome;

  @Enum({ items: () => ClaimLineBasis, type: "string", nullable: true })
  @Field(() => ClaimLineBasis, { nullable: true })
  basis?: ClaimLineBasis | null;

  @Enum({ items: () => ClaimLineRefusal, type: "string", nullable: true })
  @Field(() => ClaimLineRefusal, { nullable: true })
  refusal?: ClaimLineRefusal | null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "出勤率（万分比） Attendance, basis points" })
  attendanceBp?: number | null;

  @FenColumn()
  @Field(() => Fen, { description: "补贴金额（分） Amount, fen" })
  amountFen!: number;
}
