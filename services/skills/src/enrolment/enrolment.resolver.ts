import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, findLean, groupLoader, PageArgs, rowLoader, Unit } from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { Person, personRef } from "../person/person.stub";
import { TrainingProject } from "../training-project/training-project.entity";
import { projectLoader } from "../training-project/training-project.resolver";
import { TrainingCertificate } from "./certificate.entity";
import { ApprenticeCheckIn, TrainingEnrolment, TrainingSession } from "./enrolment.entity";
import {
  CompleteTrainingInput,
  EnrolTraineeInput,
  RecordApprenticeCheckInInput,
  RecordAttendanceInput,
  RecordTrainingCertificateInput,
  ScheduleTrainingSessionInput,
  TrainingCertificatesFilter,
  TrainingEnrolmentsFilter,
} from "./enrolment.inputs";
import { EnrolmentService } from "./enrolment.service";

@ObjectType("TrainingEnrolmentConnection", { description: "报名列表（培训花名册） A page of enrolments" })
export class TrainingEnrolmentConnection extends ConnectionType(TrainingEnrolment) {}

@ObjectType("TrainingCertificateConnection", { description: "证书列表 A page of certificates" })
export class TrainingCertificateConnection extends ConnectionType(TrainingCertificate) {}

const certificateOf = (ctx: SkillsContext) =>
  rowLoader(
    ctx,
    "enrolment.certificate",
    (ids) => findLean(ctx.em, TrainingCertificate, { enrolmentId: { $in: ids } }),
    (c) => c.enrolmentId,
  );

@Resolver(() => TrainingEnrolment)
export class TrainingEnrolmentResolver {
  @Authorized()
  @Query(() => TrainingEnrolmentConnection, {
    description: "报名列表（培训花名册） Enrolments (the training roster)",
  })
  trainingEnrolments(
    @Arg("filter", () => TrainingEnrolmentsFilter, { nullable: true })
    filter: TrainingEnrolmentsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingEnrolmentConnection> {
    return new EnrolmentService(ctx).listEnrolments(filter, page);
  }

  @Authorized()
  @Query(() => TrainingCertificateConnection, { description: "证书列表 Certificates" })
  trainingCertificates(
    @Arg("filter", () => TrainingCertificatesFilter, { nullable: true })
    filter: TrainingCertificatesFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingCertificateConnection> {
    return new EnrolmentService(ctx).listCertificates(filter, page);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingEnrolment, {
    description: "培训报名（免费） Enrol a poor person, free of charge (R-SKL-1)",
  })
  enrolTrainee(@Arg("input", () => EnrolTraineeInput) input: EnrolTraineeInput, @Ctx() ctx: SkillsContext) {
    return new EnrolmentService(ctx).enrol(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingSession, { description: "安排培训课次 Schedule a session" })
  scheduleTrainingSession(
    @Arg("input", () => ScheduleTrainingSessionInput) input: ScheduleTrainingSessionInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new EnrolmentService(ctx).scheduleSession(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingSession, { description: "记录出勤 Record a held session's attendance" })
  recordAttendance(
    @Arg("input", () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new EnrolmentService(ctx).recordAttendance(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => ApprenticeCheckIn, {
    description: "带徒月度检查 Record an apprenticeship's monthly check-in",
  })
  recordApprenticeCheckIn(
    @Arg("input", () => RecordApprenticeCheckInInput) input: RecordApprenticeCheckInInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new EnrolmentService(ctx).recordCheckIn(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingEnrolment, {
    description: "结业（按政策出勤率与考核） Complete a training (R-SKL-2)",
  })
  completeTraining(
    @Arg("input", () => CompleteTrainingInput) input: CompleteTrainingInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new EnrolmentService(ctx).complete(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingCertificate, {
    description: "登记证书 Record a certificate of a completed training",
  })
  recordTrainingCertificate(
    @Arg("input", () => RecordTrainingCertificateInput) input: RecordTrainingCertificateInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new EnrolmentService(ctx).recordCertificate(input);
  }

  @FieldResolver(() => Person, { description: "学员 The trainee (name from the registry)" })
  person(@Root() e: TrainingEnrolment): Person {
    return personRef(e.personId);
  }

  @FieldResolver(() => TrainingProject, { nullable: true, description: "培训项目 The project" })
  project(@Root() e: TrainingEnrolment, @Ctx() ctx: SkillsContext): Promise<TrainingProject | null> {
    return projectLoader(ctx).load(e.projectId);
  }

  @FieldResolver(() => TrainingCertificate, { nullable: true, description: "证书 The certificate earned" })
  certificate(@Root() e: TrainingEnrolment, @Ctx() ctx: SkillsContext): Promise<TrainingCertificate | null> {
    return certificateOf(ctx).load(e.id);
  }

  @FieldResolver(() => [ApprenticeCheckIn], {
    description: "带徒月度检查 Monthly check-ins (apprenticeships)",
  })
  checkIns(@Root() e: TrainingEnrolment, @Ctx() ctx: SkillsContext): Promise<ApprenticeCheckIn[]> {
    return groupLoader(
      ctx,
      "enrolment.checkIns",
      (ids) =>
        findLean(ctx.em, ApprenticeCheckIn, { enrolmentId: { $in: ids } }, { orderBy: { month: "ASC" } }),
      (c) => c.enrolmentId,
    ).load(e.id);
  }
}

@Resolver(() => TrainingCertificate)
export class TrainingCertificateResolver {
  @FieldResolver(() => Person, { description: "持证人 The holder (name from the registry)" })
  person(@Root() c: TrainingCertificate): Person {
    return personRef(c.personId);
  }

  @FieldResolver(() => TrainingProject, { nullable: true, description: "培训项目 The project" })
  project(@Root() c: TrainingCertificate, @Ctx() ctx: SkillsContext): Promise<TrainingProject | null> {
    return projectLoader(ctx).load(c.projectId);
  }
}
