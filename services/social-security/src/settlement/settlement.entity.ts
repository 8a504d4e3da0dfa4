import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId, Fen, FenColumn } from "@pa/service-kit";
import { HospitalLevelEnum, PayerEnum } from "./settlement.enums";
import {
  HOSPITAL_LEVELS,
  type HospitalLevel,
  type Payer,
  type PayerLine,
  type TraceLine,
} from "./settlement.engine";

@ObjectType({ description: "支付方分担 One payer's share of a settlement" })
export class SettlementLine implements PayerLine {
  @Field(() => PayerEnum, { description: "支付方 Payer" })
  payer!: Payer;

  @Field(() => Boolean, { description: "是否适用 Whether this payer pays this person" })
  eligible!: boolean;

  @Field(() => Fen, { description: "计算基数（分） Base the payer pays on, fen" })
  baseFen!: number;

  @Field(() => Fen, { description: "本年起付标准（分） Deductible for this person this year" })
  deductibleFen!: number;

  @Field(() => Fen, { description: "本次计入起付线（分） Part of this claim borne as deductible" })
  deductibleAppliedFen!: number;

  @Field(() => Fen, { description: "分段计算合计（分） Sum of the bands before the caps" })
  bandsFen!: number;

  @Field(() => Fen, { description: "支付金额（分） Paid by this payer" })
  paidFen!: number;

  @Field(() => Boolean, { description: "是否受封顶限制 Cut by the annual cap or the unpaid remainder" })
  capped!: boolean;
}

@ObjectType({ description: "结算明细 One rule applied in a settlement (explainable settlement)" })
export class SettlementTraceLine implements TraceLine {
  @Field(() => PayerEnum, { nullable: true })
  payer!: Payer | null;

  @Field(() => String, { description: "规则代码 Rule code (BASE, DEDUCTIBLE, BAND, CAP, …)" })
  rule!: string;

  @Field(() => String, { description: "中文说明" })
  zh!: string;

  @Field(() => String, { description: "English explanation" })
  en!: string;

  @Field(() => Fen)
  amountFen!: number;
}

/**
 * 一站式结算 A settled claim (R-SS-4, R-SS-6): the claim, each payer's share, what the person still
 * pays, the policy version used and the trace, so a result can be explained years later.
 */
@Entity({ tableName: "settlement" })
@Index({ properties: ["personId", "claimDate"] })
@Index({ properties: ["townshipCode", "claimDate"] })
@Index({ properties: ["claimDate"] })
@ObjectType({ description: "一站式结算 One-stop medical settlement" })
export class Settlement {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "结算日期 Claim date" })
  claimDate!: string;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "年度 Year of the accumulators" })
  year!: number;

  @Enum({ items: [...HOSPITAL_LEVELS], type: "string" })
  @Field(() => HospitalLevelEnum, { description: "医院等级 Hospital level" })
  hospitalLevel!: HospitalLevel;

  @FenColumn()
  @Field(() => Fen, { description: "总费用（分） Total cost" })
  totalCostFen!: number;

  @FenColumn()
  @Field(() => Fen, { description: "政策范围内费用（分） Policy-scope cost" })
  policyScopeCostFen!: number;

  @FenColumn()
  @Field(() => Fen, { description: "特药特材费用（分） Special drugs and materials cost" })
  specialDrugsCostFen!: number;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "按农村贫困人口结算 Settled as a rural poor person (R-SS-4)" })
  poorPerson!: boolean;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "所用政策版本 Policy version used" })
  policyVersionId!: string;

  @Property({ type: "json" })
  @Field(() => [SettlementLine], { description: "各支付方分担（按结算顺序） Each payer's share, in order" })
  lines!: SettlementLine[];

  @FenColumn()
  @Field(() => Fen, { description: "各方支付合计（分） Paid by the payers" })
  paidByPayersFen!: number;

  @FenColumn()
  @Field(() => Fen, { description: "个人自付（分） Out of pocket" })
  outOfPocketFen!: number;

  @Property({ type: "json" })
  @Field(() => [SettlementTraceLine], { description: "计算过程 Every rule applied, in order" })
  trace!: SettlementTraceLine[];

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "经办人 Settled by" })
  settledBy!: string;

  @Property({ type: "datetime" })
  @Field(() => Date, { description: "结算时间 Settled at" })
  createdAt: Date = new Date();
}

/** What each payer has used and paid for a person in a calendar year (deductibles and caps, R-SS-4). */
@Entity({ tableName: "medical_year_accumulator" })
export class MedicalYearAccumulator {
  [OptionalProps]?: "version" | "updatedAt";

  /** `personId:year` — one row per person and year. */
  @PrimaryKey({ type: "string", length: 40 })
  id!: string;

  @Property({ type: "string", length: 26 })
  personId!: string;

  @Property({ type: "integer" })
  year!: number;

  @Property({ type: "json" })
  payers!: Record<Payer, { deductibleUsedFen: number; aboveDeductibleFen: number; paidFen: number }>;

  /** Two settlements of one person at once: the second gets CONFLICT instead of double-using a deductible. */
  @Property({ type: "integer", version: true })
  version!: number;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export function accumulatorId(personId: string, year: number): string {
  return `${personId}:${year}`;
}
