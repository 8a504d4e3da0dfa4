import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar, Fen } from "@pa/service-kit";
import { Scheme } from "./enrolment.enums";
import { EnrolmentStatus } from "./enrolment.enums";
import { SubsidyState } from "./enrolment.enums";

@InputType({
  description: "记录参保 Record a person's enrolment (pension-centre: pension; medical-centre: medical)",
})
export class RecordEnrolmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => Scheme)
  scheme!: Scheme;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => Int, { description: "参保年度 Scheme year" })
  schemeYear!: number;

  @Field(() => Int, { nullable: true, description: "缴费档次 Contribution tier (1–20)" })
  contributionTier?: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "参保日期 Enrolled on (default today when ENROLLED)",
  })
  enrolledOn?: string | null;

  @Field(() => Int, { description: "读取时的版本 The version you read (optimistic lock)" })
  version!: number;
}

@InputType({ description: "记录补贴到账 Record the subsidy money that arrived" })
export class RecordSubsidyPaymentInput {
  @Field(() => ID)
  subsidyId!: string;

  @Field(() => Fen, { description: "累计到账（分） Total paid so far, fen (at most the standard)" })
  paidFen!: number;

  @Field(() => LocalDateScalar, { description: "到账日期 Paid on (the latest payment)" })
  paidOn!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;
}

@InputType({ description: "参保筛选 Enrolment and subsidy filter" })
export class EnrolmentsFilter {
  @Field(() => [String], { nullable: true })
  townshipCodes?: string[] | null;

  @Field(() => Scheme, { nullable: true })
  scheme?: Scheme | null;

  @Field(() => EnrolmentStatus, { nullable: true })
  status?: EnrolmentStatus | null;
}

@InputType({ description: "补贴筛选 Premium subsidy filter" })
export class SubsidiesFilter {
  @Field(() => [String], { nullable: true })
  townshipCodes?: string[] | null;

  @Field(() => Scheme, { nullable: true })
  scheme?: Scheme | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => SubsidyState, { nullable: true, description: "到账情况（按 asOf） State on asOf" })
  state?: SubsidyState | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "判断到账情况的日期 Date the state is taken on (default today)",
  })
  asOf?: string | null;
}
