import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { EnrolmentStatus } from "./enrolment.enums";

/**
 * 培训报名 A poor person enrolled in a purchased training project, free of charge (R-SKL-1). For
 * the apprenticeship formats (师傅带徒, 能人带徒) the master and the apprenticeship period are
 * recorded here and progress by monthly check-ins. Completed only when the attendance share and
 * the assessment the `TRAINING_SUBSIDY` policy names are met (R-SKL-2); the version is kept.
 */
@Entity({ tableName: "training_enrolment" })
@Unique({ properties: ["projectId", "personId"] })
@Index({ properties: ["personId"] })
@Index({ properties: ["townshipCode", "status"] })
@ObjectType({ description: "培训报名 Training enrolment (R-SKL-2)" })
export class TrainingEnrolment {
  [OptionalProps]?:
    | "version"
    | "createdAt"
    | "status"
    | "completedOn"
    | "assessmentPassed"
    | "attendanceBp"
    | "completionPolicyVersionId"
    | "masterName"
    | "apprenticeFrom"
    | "apprenticeTo";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "培训项目 Project id" })
  projectId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person id" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码（人员当前所在镇街） Township code (the person's)" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "报名日期 Enrolled on" })
  enrolledOn!: string;

  @Enum({ items: () => EnrolmentStatus, type: "string" })
  @Field(() => EnrolmentStatus)
  status: EnrolmentStatus = EnrolmentStatus.ENROLLED;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "结业日期 Completed on" })
  completedOn?: string | null;

  @Property({ type: "boolean", nullable: true })
  @Field(() => Boolean, { nullable: true, description: "考核合格 Assessment passed" })
  assessmentPassed?: boolean | null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "结业时出勤率（万分比） Attendance at completion, basis points",
  })
  attendanceBp?: number | null;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "结业依据的政策版本 TRAINING_SUBSIDY version the completion was judged by",
  })
  completionPolicyVersionId?: string | null;

  @Property({ type: "string", length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: "师傅（带徒人） Master (apprenticeship formats)" })
  masterName?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "带徒期起 Apprenticeship from" })
  apprenticeFrom?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "带徒期止 Apprenticeship to" })
  apprenticeTo?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}

/** 培训课次 One session of a project (classroom, one-to-one); attendance is recorded per trainee once held. */
@Entity({ tableName: "training_session" })
@Index({ properties: ["projectId", "heldOn"] })
@ObjectType({ description: "培训课次 Training session" })
export class TrainingSession {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  projectId!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "上课日期 Held on" })
  heldOn!: string;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "课时 Hours" })
  hours!: number;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "内容 Topic" })
  topic!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}

/** 出勤 A trainee's presence at a held session. */
@Entity({ tableName: "session_attendance" })
@Unique({ properties: ["sessionId", "enrolmentId"] })
@Index({ properties: ["enrolmentId"] })
export class SessionAttendance {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string", length: 26 })
  sessionId!: string;

  @Property({ type: "string", length: 26 })
  enrolmentId!: string;

  @Property({ type: "string", length: 26 })
  projectId!: string;

  @Property({ type: "boolean" })
  present!: boolean;
}

/** 带徒月度检查 A monthly check-in of an apprenticeship (师傅带徒, 能人带徒). */
@Entity({ tableName: "apprentice_check_in" })
@Unique({ properties: ["enrolmentId", "month"] })
@ObjectType({ description: "带徒月度检查 Monthly apprenticeship check-in" })
export class ApprenticeCheckIn {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  enrolmentId!: string;

  @Property({ type: "string", length: 7 })
  @Field(() => String, { description: "月份 YYYY-MM Month" })
  month!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "检查日期 Checked on" })
  checkedOn!: string;

  @Property({ type: "string", length: 500 })
  @Field(() => String, { description: "带徒情况 Progress note" })
  note!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
