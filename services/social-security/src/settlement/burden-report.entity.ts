import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId, Fen, FenColumn } from "@pa/service-kit";

/**
 * 因病致贫负担通报 A poor person still carries a heavy out-of-pocket burden after settlement
 * (R-SS-5): reported to the poverty-alleviation office and supervision so the government can act.
 */
@Entity({ tableName: "burden_report" })
@Index({ properties: ["townshipCode", "claimDate"] })
@Index({ properties: ["personId"] })
@ObjectType({ description: "负担较重通报 Heavy out-of-pocket burden report (R-SS-5)" })
export class BurdenReport {
  [OptionalProps]?: "reportedAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26, unique: true })
  @Field(() => ID, { description: "结算 Settlement" })
  settlementId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "结算日期 Claim date" })
  claimDate!: string;

  @FenColumn()
  @Field(() => Fen, { description: "总费用（分） Total cost" })
  totalCostFen!: number;

  @FenColumn()
  @Field(() => Fen, { description: "个人自付（分） Out of pocket after settlement" })
  outOfPocketFen!: number;

  @Property({ type: "integer" })
  @Field(() => Int, {
    description: "自付占比（基点，向下取整） Out-of-pocket share of the total, bp (floor)",
  })
  outOfPocketShareBp!: number;

  @FenColumn({ nullable: true })
  @Field(() => Fen, { nullable: true, description: "金额阈值（分） Amount threshold used" })
  thresholdFen?: number | null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "占比阈值（基点） Share threshold used" })
  thresholdShareBp?: number | null;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "所用政策版本 Policy version whose thresholds applied" })
  policyVersionId!: string;

  @Property({ type: "string", length: 300 })
  @Field(() => String, { description: "原因 Why it was reported (中文 / English)" })
  reason!: string;

  @Property({ type: "datetime" })
  @Field(() => Date, { description: "通报时间 Reported at" })
  reportedAt: Date = new Date();
}
