import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId, Fen, FenColumn } from "@pa/service-kit";
import { PensionStatus } from "./pension.enums";

/**
 * 城乡居民养老保险待遇扶贫台账 One poor person aged 60 or over (R-SS-3): the one-time back-payment,
 * the benefit claim, the benefit start and the monthly benefit, from the pension version in force
 * on the 60th birthday (PENDING), or on the day the programme took in someone already drawing
 * (DRAWING) — `pensionEntryFor`. One entry per person.
 */
@Entity({ tableName: "pension_ledger_entry" })
@Index({ properties: ["status", "foundOn"] })
@Index({ properties: ["townshipCode"] })
@ObjectType({ description: "城乡居民养老保险待遇扶贫台账 Pension poverty ledger entry (R-SS-3)" })
export class PensionLedgerEntry {
  [OptionalProps]?:
    "version" | "createdAt" | "updatedAt" | "status" | "backPaidOn" | "claimedOn" | "payingSince";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26, unique: true })
  @Field(() => ID, { description: "人员编号 Person" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "出生日期 Birth date" })
  birthDate!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "年满60周岁日期 Turned 60 on" })
  turned60On!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, {
    description: "列入台账日期 Put on the ledger on (the event's or the run's date)",
  })
  foundOn!: string;

  @FenColumn()
  @Field(() => Fen, { description: "一次性补缴金额（分） One-time back-payment, fen" })
  backPaymentFen!: number;

  @FenColumn()
  @Field(() => Fen, { description: "月养老金（分） Monthly benefit, fen" })
  monthlyBenefitFen!: number;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "待遇开始日期 Benefit starts on" })
  benefitStartsOn!: string;

  @Enum({ items: () => PensionStatus, type: "string" })
  @Field(() => PensionStatus, { description: "状态 Status" })
  status: PensionStatus = PensionStatus.PENDING;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "补缴日期 Back-paid on" })
  backPaidOn?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "申领日期 Benefit claimed on" })
  claimedOn?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "发放开始 Paying since" })
  payingSince?: string | null;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "所用政策版本 Pension policy version used" })
  policyVersionId!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
