import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { CertificateIssued, TraineeEnrolled, TrainingCompleted } from "@pa/events";
import {
  audited,
  auditRow,
  bulkInsert,
  businessDate,
  type Connection,
  dateRange,
  findIn,
  InputCheck,
  isIsoDate,
  loadForWrite,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { checkPerson } from "../person/person.loaders";
import { policies } from "../policy/policy.kinds";
import { SkillsPolicyKind } from "../policy/policy.enums";
import { TrainingNeed } from "../training-need/training-need.entity";
import { TrainingNeedStatus } from "../training-need/training-need.enums";
import { MET_REASON } from "../training-need/training-need.reactions";
import { TrainingProject } from "../training-project/training-project.entity";
import { isApprenticeship, type TrainingFormat } from "../training-project/training-project.enums";
import { TrainingCertificate } from "./certificate.entity";
import { ApprenticeCheckIn, SessionAttendance, TrainingEnrolment, TrainingSession } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";
import type {
  CertificateInput,
  CompleteTrainingInput,
  EnrolTraineeInput,
  RecordApprenticeCheckInInput,
  RecordAttendanceInput,
  RecordTrainingCertificateInput,
  ScheduleTrainingSessionInput,
  TrainingCertificatesFilter,
  TrainingEnrolmentsFilter,
} from "./enrolment.inputs";
import { attendanceShareBp, completionProblem, percent } from "./enrolment.rules";

const PROJECT = { zh: "培训项目", en: "training project" };
const ENROLMENT = { zh: "培训报名", en: "enrolment" };
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class EnrolmentService {
  constructor(private readonly ctx: SkillsContext) {}

  listEnrolments(
    filter: TrainingEnrolmentsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingEnrolment>> {
    const f = filter ?? {};
    const where: FilterQuery<TrainingEnrolment> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.projectId ? { projectId: f.projectId } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...dateRange(f, "enrolledFrom", "enrolledTo", "enrolledOn"),
    };
    return paginate(this.ctx.em, TrainingEnrolment, where, page, [
      { field: "enrolledOn", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  listCertificates(
    filter: TrainingCertificatesFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingCertificate>> {
    const f = filter ?? {};
    const where: FilterQuery<TrainingCertificate> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.projectId ? { projectId: f.projectId } : {}),
      ...(f.type ? { type: f.type } : {}),
      ...dateRange(f, "issuedFrom", "issuedTo", "issuedOn"),
    };
    return paginate(this.ctx.em, TrainingCertificate, where, page, [
      { field: "issuedOn", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /**
   * 培训报名 Enrols a registered poor person (R-SKL-1: free — any fee to the trainee is refused;
   * R-PRIN-1: an exited person may enrol). Refused beyond the project's places, twice in one
   * project, after the project ended, or for an apprenticeship format without the master and a
   * period inside the project. The person's open need leaves the gap list.
   */
  async enrol(input: EnrolTraineeInput): Promise<TrainingEnrolment> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    v.pastDate(input.enrolledOn, "enrolledOn", { zh: "报名日期", en: "enrolledOn" }, today);
    if (input.traineeFeeFen != null)
      v.that(input.traineeFeeFen === 0, "traineeFeeFen", {
        zh: "培训对贫困人员免费，不得向学员收取任何费用（政府直接补贴培训机构）",
        en: "training is free to the trainee: no fee may be charged (the bureau pays the institution directly, R-SKL-1)",
      });
    return this.ctx.em.transactional(async (em) => {
      const project = await loadForWrite(em, identity, TrainingProject, input.projectId, { what: PROJECT });
      const person = await checkPerson(em, identity, input.personId, v, "personId");
      v.that(input.enrolledOn <= project.endOn, "enrolledOn", {
        zh: `项目已于 ${project.endOn} 结业，不能再报名`,
        en: `the project ended on ${project.endOn}; no enrolment after it`,
      });
      // One after the other: in a transaction both would share one connection.
      const taken = await em.count(TrainingEnrolment, { projectId: project.id });
      const already = await em.count(TrainingEnrolment, { projectId: project.id, personId: input.personId });
      v.that(already === 0, "personId", {
        zh: "该人员已报名本项目",
        en: "this person is already enrolled in the project",
      });
      v.that(already > 0 || taken < project.places, "projectId", {
        zh: `项目名额已满（${project.places}人）`,
        en: `the project's ${project.places} places are taken`,
      });
      const a = input.apprenticeship;
      let apprenticeship: { masterName: string; apprenticeFrom: string; apprenticeTo: string } | null = null;
      if (isApprenticeship(project.format)) {
        if (
          v.found(a, "apprenticeship", {
            zh: "带徒形式须填写师傅和带徒期",
            en: "an apprenticeship format needs the master and the period",
          })
        ) {
          const masterName = v.text(
            a.masterName,
            "apprenticeship.masterName",
            { zh: "师傅姓名", en: "masterName" },
            50,
          );
          if (isIsoDate(a.from) && isIsoDate(a.to)) {
            v.that(a.to >= a.from, "apprenticeship.to", {
              zh: "带徒期止不能早于带徒期起",
              en: "the apprenticeship cannot end before it starts",
            });
            v.that(a.from >= project.startOn && a.to <= project.endOn, "apprenticeship.from", {
              zh: `带徒期应在项目期间内（${project.startOn} 至 ${project.endOn}）`,
              en: `the apprenticeship must lie within the project (${project.startOn} to ${project.endOn})`,
            });
          }
          apprenticeship = { masterName, apprenticeFrom: a.from, apprenticeTo: a.to };
        }
      } else if (a)
        v.fail("apprenticeship", {
          zh: "该项目不是带徒形式，不能填写带徒信息",
          en: "the project is not an apprenticeship format",
        });
      const [facts] = v.done(person);
      const enrolment = await audited(em, this.ctx, "enrolTrainee", () =>
        em.create(TrainingEnrolment, {
          projectId: project.id,
          personId: facts.personId,
          townshipCode: facts.townshipCode,
          enrolledOn: input.enrolledOn,
          ...(apprenticeship ?? {}),
        }),
      );
      await em.nativeUpdate(
        TrainingNeed,
        { personId: facts.personId, status: TrainingNeedStatus.OPEN, enrolledOn: null },
        { enrolledOn: input.enrolledOn },
      );
      this.ctx.outbox.add(em, TraineeEnrolled, {
        enrolmentId: enrolment.id,
        personId: enrolment.personId,
        trainingProjectId: project.id,
        townshipCode: enrolment.townshipCode,
        enrolledOn: enrolment.enrolledOn,
      });
      return enrolment;
    });
  }

  /** 培训课次 Schedules a session inside the project's period (attendance once it is held). */
  async scheduleSession(input: ScheduleTrainingSessionInput): Promise<TrainingSession> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    const topic = v.text(input.topic, "topic", { zh: "内容", en: "topic" }, 100);
    v.that(Number.isSafeInteger(input.hours) && input.hours >= 1 && input.hours <= 24, "hours", {
      zh: "课时应为1到24之间的整数",
      en: "hours must be a whole number from 1 to 24",
    });
    return this.ctx.em.transactional(async (em) => {
      const project = await loadForWrite(em, identity, TrainingProject, input.projectId, { what: PROJECT });
      v.that(input.heldOn >= project.startOn && input.heldOn <= project.endOn, "heldOn", {
        zh: `上课日期应在项目期间内（${project.startOn} 至 ${project.endOn}）`,
        en: `the session must lie within the project (${project.startOn} to ${project.endOn})`,
      });
      v.done();
      return audited(em, this.ctx, "scheduleTrainingSession", () =>
        em.create(TrainingSession, {
          projectId: project.id,
          heldOn: input.heldOn,
          hours: input.hours,
          topic,
        }),
      );
    });
  }

  /**
   * 出勤 Records who was present at a held session (the others enrolled by then were absent);
   * a session not yet held is refused. Recording again replaces the session's attendance.
   */
  async recordAttendance(input: RecordAttendanceInput): Promise<TrainingSession> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    return this.ctx.em.transactional(async (em) => {
      const session = await em.findOne(TrainingSession, { id: input.sessionId });
      if (!v.found(session, "sessionId", { zh: "课次不存在", en: `no session ${input.sessionId}` })) v.done();
      const s = session!;
      await loadForWrite(em, identity, TrainingProject, s.projectId, { what: PROJECT });
      v.that(s.heldOn <= today, "sessionId", {
        zh: `该课次定于 ${s.heldOn}，尚未上课，不能记录出勤`,
        en: `the session is on ${s.heldOn} and has not been held yet; record attendance once it is`,
      });
      const enrolments = await em.find(TrainingEnrolment, {
        projectId: s.projectId,
        enrolledOn: { $lte: s.heldOn },
      });
      const ids = new Set(enrolments.map((e) => e.id));
      const unknown = input.presentEnrolmentIds.filter((id) => !ids.has(id));
      v.that(unknown.length === 0, "presentEnrolmentIds", {
        zh: `以下报名不属于本项目或上课时尚未报名：${unknown.join("、")}`,
        en: `not enrolled in this project by the session's day: ${unknown.join(", ")}`,
      });
      v.done();
      const present = new Set(input.presentEnrolmentIds);
      await em.nativeDelete(SessionAttendance, { sessionId: s.id });
      const rows = enrolments.map((e) =>
        em.create(SessionAttendance, {
          sessionId: s.id,
          enrolmentId: e.id,
          projectId: s.projectId,
          present: present.has(e.id),
        }),
      );
      await em.flush();
      await audited(
        em,
        this.ctx,
        { action: "recordAttendance", view: () => ({ present: [...present] }) },
        s,
        () => {},
      );
      // Each trainee's own entry (一人一档's timeline: present or absent at which session).
      const personOf = new Map(enrolments.map((e) => [e.id, e.personId]));
      await bulkInsert(
        em,
        rows.map((row) =>
          auditRow(this.ctx, {
            action: "recordAttendance",
            entityName: "SessionAttendance",
            entityId: row.id,
            subjectId: personOf.get(row.enrolmentId) ?? null,
            after: { ...row, heldOn: s.heldOn, topic: s.topic },
          }),
        ),
      );
      return s;
    });
  }

  /** 带徒月度检查 A monthly check-in of an apprenticeship, inside its period, once per month. */
  async recordCheckIn(input: RecordApprenticeCheckInInput): Promise<ApprenticeCheckIn> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    v.pastDate(input.checkedOn, "checkedOn", { zh: "检查日期", en: "checkedOn" }, today);
    const note = v.text(input.note, "note", { zh: "带徒情况", en: "note" }, 500);
    v.that(MONTH.test(input.month), "month", { zh: "月份应为 YYYY-MM", en: "month must be YYYY-MM" });
    return this.ctx.em.transactional(async (em) => {
      const e = await loadForWrite(em, identity, TrainingEnrolment, input.enrolmentId, { what: ENROLMENT });
      if (
        v.that(e.apprenticeFrom != null && e.apprenticeTo != null, "enrolmentId", {
          zh: "该报名不是带徒形式",
          en: "the enrolment is not an apprenticeship",
        })
      ) {
        v.that(
          input.month >= e.apprenticeFrom!.slice(0, 7) && input.month <= e.apprenticeTo!.slice(0, 7),
          "month",
          {
            zh: `月份应在带徒期内（${e.apprenticeFrom} 至 ${e.apprenticeTo}）`,
            en: `the month must lie within the apprenticeship (${e.apprenticeFrom} to ${e.apprenticeTo})`,
          },
        );
        v.that(input.checkedOn.slice(0, 7) >= input.month, "checkedOn", {
          zh: "检查日期不能早于所查月份",
          en: "a check-in cannot be dated before its month",
        });
      }
      v.that((await em.count(ApprenticeCheckIn, { enrolmentId: e.id, month: input.month })) === 0, "month", {
        zh: `${input.month} 已有检查记录`,
        en: `${input.month} is already checked in`,
      });
      v.done();
      // The check-in row names the enrolment; the timeline's person is the apprentice.
      return audited(em, this.ctx, { action: "recordApprenticeCheckIn", subjectId: e.personId }, () =>
        em.create(ApprenticeCheckIn, {
          enrolmentId: e.id,
          month: input.month,
          checkedOn: input.checkedOn,
          note,
        }),
      );
    });
  }

  /**
   * 结业 Completes a training when the `TRAINING_SUBSIDY` version in force on the completion date
   * says so (R-SKL-2): attendance share at least its `completionAttendanceBp`, and a passed
   * assessment when it requires one; the share and the version are kept. The person's open need
   * is MET, and `pa.skills.training.completed.v1` goes to employment (job-ready, flow 3).
   */
  async complete(input: CompleteTrainingInput): Promise<TrainingEnrolment> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    v.pastDate(input.completedOn, "completedOn", { zh: "结业日期", en: "completedOn" }, today);
    if (input.certificate) this.checkCertificate(v, input.certificate, "certificate.", today);
    return this.ctx.em.transactional(async (em) => {
      const e = await loadForWrite(em, identity, TrainingEnrolment, input.enrolmentId, {
        what: ENROLMENT,
        version: input.version,
      });
      const project = await em.findOneOrFail(TrainingProject, { id: e.projectId });
      v.that(e.status !== EnrolmentStatus.COMPLETED, "enrolmentId", {
        zh: `已于 ${e.completedOn} 结业`,
        en: `already completed on ${e.completedOn}`,
      });
      v.that(input.completedOn >= project.startOn && input.completedOn >= e.enrolledOn, "completedOn", {
        zh: "结业日期不能早于开班日期或报名日期",
        en: `completedOn cannot be before the project starts (${project.startOn}) or the enrolment (${e.enrolledOn})`,
      });
      const policy = await policies
        .reader(em)
        .require(SkillsPolicyKind.TRAINING_SUBSIDY, input.completedOn, "input.completedOn");
      const share = await this.attendanceOn(em, e, project.format, input.completedOn);
      const problem = completionProblem(policy.parameters, share, input.assessmentPassed);
      if (problem === "ATTENDANCE")
        v.fail("enrolmentId", {
          zh: `出勤率 ${percent(share)} 未达到结业要求 ${percent(policy.parameters.completionAttendanceBp)}`,
          en: `attendance ${percent(share)} is below the ${percent(policy.parameters.completionAttendanceBp)} the policy requires to complete`,
        });
      if (problem === "ASSESSMENT")
        v.fail("assessmentPassed", {
          zh: "考核未通过，不能结业（政策要求考核合格）",
          en: "the policy requires a passed assessment to complete",
        });
      if (input.certificate)
        await this.checkCertificateFree(em, v, input.certificate.number, "certificate.number");
      v.done();
      await audited(em, this.ctx, "completeTraining", e, (row) => {
        row.status = EnrolmentStatus.COMPLETED;
        row.completedOn = input.completedOn;
        row.assessmentPassed = input.assessmentPassed;
        row.attendanceBp = share;
        row.completionPolicyVersionId = policy.id;
      });
      await em.nativeUpdate(
        TrainingNeed,
        { personId: e.personId, status: TrainingNeedStatus.OPEN },
        {
          status: TrainingNeedStatus.MET,
          openKey: null,
          metOn: input.completedOn,
          metByEnrolmentId: e.id,
          closedOn: input.completedOn,
          closeReason: MET_REASON,
          enrolledOn: e.enrolledOn,
        },
      );
      const certificate = input.certificate ? await this.createCertificate(em, e, input.certificate) : null;
      this.ctx.outbox.add(em, TrainingCompleted, {
        personId: e.personId,
        trainingProjectId: e.projectId,
        completedOn: input.completedOn,
        ...(certificate ? { certificate: certificate.number } : {}),
      });
      return e;
    });
  }

  /** 证书 Records the certificate of a completed training (one per enrolment, unique number). */
  async recordCertificate(input: RecordTrainingCertificateInput): Promise<TrainingCertificate> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    this.checkCertificate(v, input, "", businessDate());
    return this.ctx.em.transactional(async (em) => {
      const e = await loadForWrite(em, identity, TrainingEnrolment, input.enrolmentId, { what: ENROLMENT });
      if (
        v.that(e.status === EnrolmentStatus.COMPLETED, "enrolmentId", {
          zh: "尚未结业，不能登记证书",
          en: "the training is not completed; a certificate follows a completion",
        })
      )
        v.that(input.issuedOn >= e.completedOn!, "issuedOn", {
          zh: `发证日期不能早于结业日期 ${e.completedOn}`,
          en: `issuedOn cannot be before the completion (${e.completedOn})`,
        });
      v.that((await em.count(TrainingCertificate, { enrolmentId: e.id })) === 0, "enrolmentId", {
        zh: "该报名已登记证书",
        en: "this enrolment already has a certificate",
      });
      await this.checkCertificateFree(em, v, input.number, "number");
      v.done();
      return this.createCertificate(em, e, input);
    });
  }

  private checkCertificate(v: InputCheck, c: CertificateInput, prefix: string, today: string): void {
    v.text(c.number, `${prefix}number`, { zh: "证书编号", en: "number" }, 64);
    v.text(c.issuingBody, `${prefix}issuingBody`, { zh: "发证机构", en: "issuingBody" }, 100);
    v.pastDate(c.issuedOn, `${prefix}issuedOn`, { zh: "发证日期", en: "issuedOn" }, today);
  }

  private async checkCertificateFree(
    em: EntityManager,
    v: InputCheck,
    number: string,
    field: string,
  ): Promise<void> {
    v.that((await em.count(TrainingCertificate, { number: number.trim() })) === 0, field, {
      zh: `证书编号 ${number} 已登记`,
      en: `certificate ${number} is already recorded`,
    });
  }

  private async createCertificate(
    em: EntityManager,
    e: TrainingEnrolment,
    c: CertificateInput,
  ): Promise<TrainingCertificate> {
    const cert = await audited(em, this.ctx, "recordTrainingCertificate", () =>
      em.create(TrainingCertificate, {
        enrolmentId: e.id,
        projectId: e.projectId,
        personId: e.personId,
        townshipCode: e.townshipCode,
        type: c.type,
        number: c.number.trim(),
        issuingBody: c.issuingBody.trim(),
        issuedOn: c.issuedOn,
      }),
    );
    this.ctx.outbox.add(em, CertificateIssued, {
      certificateId: cert.id,
      personId: cert.personId,
      trainingProjectId: cert.projectId,
      type: cert.type,
      issuedOn: cert.issuedOn,
    });
    return cert;
  }

  /** The trainee's attendance share on a date (`attendanceShareBp`). */
  async attendanceOn(
    em: EntityManager,
    e: TrainingEnrolment,
    format: TrainingFormat,
    on: string,
  ): Promise<number> {
    return (await attendanceShares(em, [e], format, on)).get(e.id) ?? 0;
  }
}

/**
 * The attendance shares of a project's enrolments on a date, in three statements whatever their
 * number (a claim of a whole project): the sessions held up to the date, the presences at them,
 * the apprenticeship check-ins. A session counts for a trainee from their enrolment date on.
 */
export async function attendanceShares(
  em: EntityManager,
  enrolments: readonly TrainingEnrolment[],
  format: TrainingFormat,
  on: string,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (enrolments.length === 0) return out;
  const ids = enrolments.map((e) => e.id);
  if (isApprenticeship(format)) {
    const checks = await findIn(
      em,
      ApprenticeCheckIn,
      "enrolmentId",
      ids,
      {},
      { fields: ["enrolmentId", "month"] },
    );
    for (const e of enrolments) {
      if (!e.apprenticeFrom || !e.apprenticeTo) continue;
      out.set(
        e.id,
        attendanceShareBp({
          kind: "apprenticeship",
          from: e.apprenticeFrom,
          to: e.apprenticeTo,
          on,
          checkedMonths: checks.filter((c) => c.enrolmentId === e.id).map((c) => c.month),
        }),
      );
    }
    return out;
  }
  const projectIds = [...new Set(enrolments.map((e) => e.projectId))];
  const sessions = await findIn(
    em,
    TrainingSession,
    "projectId",
    projectIds,
    { heldOn: { $lte: on } },
    {
      fields: ["id", "projectId", "heldOn"],
    },
  );
  const held = new Map(sessions.map((s) => [s.id, s]));
  const presences = await findIn(
    em,
    SessionAttendance,
    "enrolmentId",
    ids,
    { present: true },
    {
      fields: ["enrolmentId", "sessionId"],
    },
  );
  for (const e of enrolments) {
    const mine = sessions.filter((s) => s.projectId === e.projectId && s.heldOn >= e.enrolledOn);
    const mineIds = new Set(mine.map((s) => s.id));
    const present = presences.filter(
      (p) => p.enrolmentId === e.id && held.has(p.sessionId) && mineIds.has(p.sessionId),
    ).length;
    out.set(e.id, attendanceShareBp({ kind: "sessions", held: mine.length, present }));
  }
  return out;
}
