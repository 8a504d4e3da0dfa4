import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Fen, FenColumn, LocalDateScalar, newId } from "@pa/service-kit";

/**
 * 因病致贫通报 A heavy medical burden reported by social security (R-SS-5): the poverty office
 * follows it up (政府兜底) and records that it did.
 */
@Entity({ tableName: "burden_notice" })
@Index({ properties: ["townshipCode", "acknowledgedOn"] })
@Index({ properties: ["personId"] })
@ObjectType({ description: "因病致贫通报 Heavy medical burden reported by social security (R-SS-5)" })
export class BurdenNotice {
  [OptionalProps]?: "receivedAt" | "acknowledgedBy" | "acknowledgedOn" | "followUp" | "version";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  /** Social security's report id: one notice per report. */
  @Property({ type: "string", length: 64, unique: true })
  @Field(() => ID, { description: "社保通报编号 Social security's report id" })
  reportId!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => ID, { description: "结算编号 Settlement id" })
  settlementId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "就医结算日期 Claim date" })
  claimDate!: string;

  @FenColumn()
  @Field(() => Fen, { description: "总费用（分） Total cost, fen" })
  totalCostFen!: number;

  @FenColumn()
  @Field(() => Fen, { description: "个人自付（分） Out of pocket after settlement, fen" })
  outOfPocketFen!: number;

  @Property({ type: "text" })
  @Field(() => String, { description: "通报原因 Why it was reported" })
  reason!: string;

  @Property({ type: "datetime" })
  @Field(() => Date, { description: "收到时间 Received at" })
  receivedAt: Date = new Date();

  @Property({ type: "string", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "跟进人 Followed up by" })
  acknowledgedBy?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "跟进日期 Followed up on" })
  acknowledgedOn?: string | null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "跟进措施 Follow-up (e.g. 临时救助, 兜底保障)" })
  followUp?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;
}
