import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, Fen } from "@pa/service-kit";
import { PayerEnum } from "./settlement.enums";
import type { Payer } from "./settlement.engine";

@ObjectType({ description: "支付方差异 One payer under the versions used and under the draft" })
export class PayerDifference {
  @Field(() => PayerEnum)
  payer!: Payer;

  @Field(() => Fen, { description: "原政策（分） Under the versions the settlements used" })
  baselineFen!: number;

  @Field(() => Fen, { description: "草案（分） Under the draft" })
  draftFen!: number;

  @Field(() => Fen, { description: "差额（草案−原政策） Draft minus baseline" })
  differenceFen!: number;
}

@ObjectType({ description: "金额差异 An amount under the versions used and under the draft" })
export class AmountDifference {
  @Field(() => Fen)
  baselineFen!: number;

  @Field(() => Fen)
  draftFen!: number;

  @Field(() => Fen, { description: "差额（草案−原政策） Draft minus baseline" })
  differenceFen!: number;
}

@ObjectType({ description: "单笔差异 One settlement under both" })
export class SettlementDifference {
  @Field(() => ID)
  settlementId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDateScalar)
  claimDate!: string;

  @Field(() => Fen)
  baselineOutOfPocketFen!: number;

  @Field(() => Fen)
  draftOutOfPocketFen!: number;

  @Field(() => Fen, { description: "个人自付差额 Out-of-pocket difference (draft − baseline)" })
  differenceFen!: number;
}

@ObjectType({
  description:
    "政策试算 What-if: chosen settlements replayed in date order per person with fresh year accumulators, under the versions they used (baseline) and under a draft",
})
export class SettlementComparison {
  @Field(() => ID)
  draftPolicyVersionId!: string;

  @Field(() => Int, { description: "试算笔数 Settlements replayed" })
  settlementCount!: number;

  @Field(() => [PayerDifference], { description: "各支付方 Per payer, in settlement order" })
  payers!: PayerDifference[];

  @Field(() => AmountDifference, { description: "各方支付合计 Paid by all payers" })
  totalPaid!: AmountDifference;

  @Field(() => AmountDifference, { description: "个人自付合计 Out of pocket" })
  outOfPocket!: AmountDifference;

  @Field(() => [SettlementDifference], {
    description: "单笔差异（最多200笔，按差额绝对值降序） Largest changes first, at most 200",
  })
  largestChanges!: SettlementDifference[];
}
