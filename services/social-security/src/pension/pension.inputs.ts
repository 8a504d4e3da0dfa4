import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { PensionStatus } from "./pension.enums";

@InputType({ description: "台账办理步骤 A step on a pension ledger entry" })
export class PensionStepInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "办理日期 Done on" })
  on!: string;
}

@InputType({ description: "台账筛选 Pension ledger filter" })
export class PensionLedgerFilter {
  @Field(() => [String], { nullable: true })
  townshipCodes?: string[] | null;

  @Field(() => [PensionStatus], { nullable: true })
  statuses?: PensionStatus[] | null;
}

@ObjectType({ description: "台账运行结果 Result of a pension ledger run" })
export class PensionLedgerRun {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => Int, { description: "新列入 People put on the ledger by this run" })
  added!: number;

  @Field(() => Int, { description: "已在台账 People aged 60+ already on it" })
  alreadyOnLedger!: number;

  @Field(() => ID, {
    description:
      "运行日生效的政策版本 Pension policy version in force on the run date (each entry records its own)",
  })
  policyVersionId!: string;
}
