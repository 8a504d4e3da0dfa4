import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId, Fen, FenColumn } from "@pa/service-kit";
import { OfferChannel, OfferOutcome } from "./job-offer.enums";

/** 岗位推荐 A job offered to a person (R-EMP-3: the `OFFERS` policy says how many each person needs). */
@Entity({ tableName: "job_offer" })
@Index({ properties: ["personId", "offeredOn"] })
@Index({ properties: ["townshipCode", "offeredOn"] })
@Index({ properties: ["jobFairId"] })
@ObjectType({ description: "岗位推荐 Job offer" })
export class JobOffer {
  [OptionalProps]?:
    "version" | "createdAt" | "updatedAt" | "outcome" | "declineReason" | "outcomeOn" | "jobFairId";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员 Person id" })
  personId!: string;

  /** The person's township, kept in step with the registry's events (scope and ledger filters). */
  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township of the person" })
  townshipCode!: string;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "用人单位 Employer" })
  employer!: string;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "岗位 Position" })
  position!: string;

  @FenColumn()
  @Field(() => Fen, { description: "月工资（分） Monthly wage in fen" })
  monthlyWageFen!: number;

  @Enum({ items: () => OfferChannel, type: "string" })
  @Field(() => OfferChannel, { description: "渠道 Channel" })
  channel!: OfferChannel;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, { nullable: true, description: "招聘会 The job fair it was offered at" })
  jobFairId?: string | null;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "推荐日期 Offered on" })
  offeredOn!: string;

  @Enum({ items: () => OfferOutcome, type: "string" })
  @Field(() => OfferOutcome, { description: "结果 Outcome" })
  outcome: OfferOutcome = OfferOutcome.PENDING;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "拒绝原因 Why it was declined" })
  declineReason?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "结果日期 Outcome recorded on" })
  outcomeOn?: string | null;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "记录人 Recorded by" })
  recordedBy!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
