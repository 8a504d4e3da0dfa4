import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar, Fen } from "@pa/service-kit";
import { HospitalLevelEnum } from "./settlement.enums";
import type { HospitalLevel } from "./settlement.engine";

@InputType({ description: "一站式结算 Settle a medical claim in one pass (medical-centre)" })
export class SettleClaimInput {
  @Field(() => ID, { description: "人员编号 Person (known from the registry)" })
  personId!: string;

  @Field(() => LocalDateScalar, { description: "结算日期 Claim date (its year is the accumulators' year)" })
  claimDate!: string;

  @Field(() => HospitalLevelEnum, { description: "医院等级 Hospital level" })
  hospitalLevel!: HospitalLevel;

  @Field(() => Fen, { description: "总费用（分） Total cost, fen" })
  totalCostFen!: number;

  @Field(() => Fen, { description: "政策范围内费用（分） Policy-scope cost, fen (≤ total)" })
  policyScopeCostFen!: number;

  @Field(() => Fen, {
    defaultValue: 0,
    description:
      "特药特材费用（分） Special drugs and materials, fen: the part of the total outside the policy scope",
  })
  specialDrugsCostFen: number = 0;
}

@InputType({ description: "结算筛选 Settlement filter" })
export class SettlementsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "人员 People" })
  personIds?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "起始日期（含） From (inclusive)" })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "截止日期（含） To (inclusive)" })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: "仅贫困人口结算 Only settlements of poor people" })
  poorPerson?: boolean | null;
}
