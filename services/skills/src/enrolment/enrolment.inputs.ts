import { Field, ID, InputType, Int } from "type-graphql";
import { Fen, LocalDateScalar, TextInput } from "@pa/service-kit";
import { CertificateType, EnrolmentStatus } from "./enrolment.enums";

@InputType({ description: "带徒信息 Apprenticeship (师傅带徒 / 能人带徒 formats)" })
export class ApprenticeshipInput {
  @Field(() => String, { description: "师傅（带徒人）姓名 Master" })
  masterName!: string;

  @Field(() => LocalDateScalar, { description: "带徒期起 From" })
  from!: string;

  @Field(() => LocalDateScalar, { description: "带徒期止 To" })
  to!: string;
}

@InputType({ description: "培训报名 Enrol a poor person in a training project (free, R-SKL-1)" })
export class EnrolTraineeInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID, { description: "人员编号 Person id" })
  personId!: string;

  @Field(() => LocalDateScalar, { description: "报名日期 Enrolled on" })
  enrolledOn!: string;

  @Field(() => Fen, {
    nullable: true,
    description:
      "向学员收取的费用（分）：培训免费，只能为0 Fee charged to the trainee: training is free, only 0 is accepted",
  })
  traineeFeeFen?: number | null;

  @Field(() => ApprenticeshipInput, {
    nullable: true,
    description: "带徒信息（带徒形式必填） Apprenticeship",
  })
  apprenticeship?: ApprenticeshipInput | null;
}

@InputType({ description: "安排培训课次 Schedule a session of a project" })
export class ScheduleTrainingSessionInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalDateScalar, { description: "上课日期（在项目期间内） Held on, within the project" })
  heldOn!: string;

  @Field(() => Int, { description: "课时 Hours" })
  hours!: number;

  @Field(() => String, { description: "内容 Topic" })
  topic!: string;
}

@InputType({
  description:
    "记录出勤（未列出的学员记为缺勤） Record a held session's attendance; trainees not listed were absent",
})
export class RecordAttendanceInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => [ID], { description: "出勤的报名 Enrolments present" })
  presentEnrolmentIds!: string[];
}

@InputType({ description: "带徒月度检查 Record an apprenticeship's monthly check-in" })
export class RecordApprenticeCheckInInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => String, { description: "月份 YYYY-MM (within the apprenticeship)" })
  month!: string;

  @Field(() => LocalDateScalar, { description: "检查日期 Checked on" })
  checkedOn!: string;

  @Field(() => String, { description: "带徒情况 Progress" })
  @TextInput({ maxLength: 500, multiline: true })
  note!: string;
}

@InputType({ description: "证书 Certificate" })
export class CertificateInput {
  @Field(() => CertificateType)
  type!: CertificateType;

  @Field(() => String, { description: "证书编号 Number" })
  number!: string;

  @Field(() => String, { description: "发证机构 Issuing body" })
  issuingBody!: string;

  @Field(() => LocalDateScalar, { description: "发证日期 Issued on" })
  issuedOn!: string;
}

@InputType({ description: "结业 Complete a training: attendance and assessment per the policy (R-SKL-2)" })
export class CompleteTrainingInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "结业日期 Completed on" })
  completedOn!: string;

  @Field(() => Boolean, { description: "考核合格 Assessment passed" })
  assessmentPassed!: boolean;

  @Field(() => CertificateInput, {
    nullable: true,
    description: "同时登记的证书 A certificate earned with it",
  })
  certificate?: CertificateInput | null;
}

@InputType({ description: "登记证书 Record the certificate of a completed training" })
export class RecordTrainingCertificateInput extends CertificateInput {
  @Field(() => ID)
  enrolmentId!: string;
}

@InputType({ description: "报名筛选 Filters of the enrolment list (培训花名册)" })
export class TrainingEnrolmentsFilter {
  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => [String], { nullable: true, description: "镇街（学员所在） Townships (the trainee's)" })
  townshipCodes?: string[] | null;

  @Field(() => EnrolmentStatus, { nullable: true })
  status?: EnrolmentStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "报名日期起 Enrolled on or after" })
  enrolledFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "报名日期止 Enrolled on or before" })
  enrolledTo?: string | null;
}

@InputType({ description: "证书筛选 Filters of the certificate list" })
export class TrainingCertificatesFilter {
  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => [String], { nullable: true, description: "镇街（学员所在） Townships (the trainee's)" })
  townshipCodes?: string[] | null;

  @Field(() => CertificateType, { nullable: true })
  type?: CertificateType | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "发证日期起 Issued on or after" })
  issuedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "发证日期止 Issued on or before" })
  issuedTo?: string | null;
}
