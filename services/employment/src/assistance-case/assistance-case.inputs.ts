import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { CaseStatus } from "./assistance-case.enums";

@InputType({ description: "立案帮扶 Open an assistance case for a person by hand" })
export class OpenAssistanceCaseInput {
  @Field(() => ID)
  personId!: string;
}

@InputType({ description: "指派帮扶责任人 Assign a caseworker" })
export class AssignCaseworkerInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => String, { description: "帮扶责任人 Caseworker's name" })
  caseworker!: string;
}

@InputType({
  description: "结案（须填写原因；脱贫不是结案理由） Close a case with a reason (an exit is not one)",
})
export class CloseAssistanceCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => String, { description: "结案原因 Reason" })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "结案日期 Closed on (default today)" })
  closedOn?: string | null;
}

@InputType({ description: "帮扶对象筛选 Filters of the case list" })
export class AssistanceCasesFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => CaseStatus, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => Boolean, { nullable: true, description: "具备上岗条件 Job-ready" })
  jobReady?: boolean | null;

  @Field(() => String, { nullable: true, description: "帮扶责任人 Caseworker" })
  caseworker?: string | null;

  @Field(() => Boolean, { nullable: true, description: "尚未指派责任人 Without a caseworker" })
  unassigned?: boolean | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "立案日期起 Opened on or after" })
  openedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "立案日期止 Opened on or before" })
  openedTo?: string | null;
}

@InputType({ description: "岗位推荐缺口筛选 Filters of the offer gap list" })
export class OfferGapsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;
}
