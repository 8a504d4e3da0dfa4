import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import {
  BadUserInputError,
  inTransactionBatches,
  SeededRandom,
  systemIdentity,
  Unit,
  waitForQuietCount,
  type Logger,
} from "@pa/service-kit";
import { TrainingClaimService } from "../claim/claim.service";
import type { SkillsContext } from "../context";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { CertificateType } from "../enrolment/enrolment.enums";
import { EnrolmentService } from "../enrolment/enrolment.service";
import { PersonFacts } from "../person/person-facts.entity";
import { TrainingInstitution } from "../institution/institution.entity";
import { TrainingNeed } from "../training-need/training-need.entity";
import { TrainingNeedStatus } from "../training-need/training-need.enums";
import { TrainingProject } from "../training-project/training-project.entity";
import { isApprenticeship, TrainingFormat } from "../training-project/training-project.enums";
import { TrainingProjectService } from "../training-project/training-project.service";
import { COURSES, demoEndOn, lastStartOf } from "./demo-loader";
import { addDays, daysBetween, monthsOf } from "../training-project/training-project.rules";

/** Waits until the registry's people have arrived through the bus (their count has settled). */
export function waitForPeople(
  orm: MikroORM,
  opts?: Parameters<typeof waitForQuietCount>[1],
): Promise<number> {
  return waitForQuietCount(() => orm.em.fork().count(PersonFacts, {}), opts);
}

/** What {@link loadDemoActivity} recorded. */
export interface DemoActivityReport {
  enrolments: number;
  completions: number;
  certificates: number;
  claims: number;
  paid: number;
  /** Projects bought by the activity where the open needs outnumbered the loader's places. */
  extraProjects: number;
}

const MASTERS = ["李建国", "王秀英", "张德明", "刘桂兰", "陈志强"];
const BODIES = ["市职业技能鉴定中心", "市农业农村局农民培训中心"];
const last = <T>(items: readonly T[]): T => items[items.length - 1]!;
/** Trainees kept for each later project of a township, so the loader's projects all have some. */
const KEPT_FOR_LATER = 3;
/** A township with at least this many people waiting (needs opened before 2019) gets another project. */
const CLASS_SIZE = 15;
/** Extra projects start in 2019 or 2020: every need then waiting opened before. */
const EXTRA_FROM = "2019-03-01";

/**
 * 演示业务 The demo projects' trainees, once the registry's people arrived: people with an open
 * training need in the project's township (registered before it started) enrol, up to about
 * four-fifths of the places, a few kept for each later project of the township so none stays
 * empty; where the needs still outnumber the places, more projects are bought in 2019–2020
 * (a township keeps fewer than a class waiting: the gap list has work); weekly sessions with
 * attendance (monthly check-ins for apprenticeships); completions for those who met the policy's rule, most with a certificate;
 * a claim per project ten days after it ended (all submitted in the plan years), verified and
 * paid (those started from August 2020 still awaiting verification). Each through the operation a clerk uses, so the figures are the rules'
 * own output. Runs only while no enrolment exists; deterministic for the same people.
 */
export async function loadDemoActivity(orm: MikroORM, logger: Logger): Promise<DemoActivityReport> {
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.HrCentre });
  const report: DemoActivityReport = {
    enrolments: 0,
    completions: 0,
    certificates: 0,
    claims: 0,
    paid: 0,
    extraProjects: 0,
  };
  const em = orm.em.fork();
  if ((await em.count(TrainingEnrolment, {})) > 0) return report;
  const rng = new SeededRandom(20180501);
  const projects = await em.find(TrainingProject, {}, { orderBy: { startOn: "ASC", id: "ASC" } });
  const needs = await em.find(
    TrainingNeed,
    { status: TrainingNeedStatus.OPEN },
    { orderBy: { openedOn: "ASC", id: "ASC" } },
  );
  const pool = new Map<string, TrainingNeed[]>();
  for (const n of needs) pool.set(n.townshipCode, [...(pool.get(n.townshipCode) ?? []), n]);
  for (const [code, list] of pool) pool.set(code, rng.shuffle(list));
  const laterProjects = new Map<string, number>();
  for (const p of projects) laterProjects.set(p.townshipCode, (laterProjects.get(p.townshipCode) ?? 0) + 1);

  /** The project's trainees from its township's waiting people, registered before it started. */
  const choose = (project: TrainingProject): TrainingNeed[] => {
    const list = pool.get(project.townshipCode) ?? [];
    const later = Math.max(0, (laterProjects.get(project.townshipCode) ?? 0) - 1);
    laterProjects.set(project.townshipCode, later);
    const eligible = list.filter((n) => n.openedOn <= project.startOn).length;
    const room = Math.max(Math.min(KEPT_FOR_LATER, eligible), list.length - later * KEPT_FOR_LATER);
    const wanted = Math.min(Math.max(1, Math.floor(project.places * 0.8)), room);
    const chosen: TrainingNeed[] = [];
    for (let i = 0; i < list.length && chosen.length < wanted;)
      if (list[i]!.openedOn <= project.startOn) chosen.push(list.splice(i, 1)[0]!);
      else i += 1;
    return chosen;
  };

  /** Enrolment, attendance, completion and the claim of one project, through the operations. */
  const run = async (ctx: SkillsContext, project: TrainingProject, chosen: TrainingNeed[]): Promise<void> => {
    if (chosen.length === 0) return;
    const service = new EnrolmentService(ctx);
    const apprenticeship = isApprenticeship(project.format);
    const enrolments: TrainingEnrolment[] = [];
    for (const need of chosen) {
      enrolments.push(
        await service.enrol({
          projectId: project.id,
          personId: need.personId,
          enrolledOn: addDays(project.startOn, -rng.int(1, 10)),
          ...(apprenticeship
            ? { apprenticeship: { masterName: rng.pick(MASTERS), from: project.startOn, to: project.endOn } }
            : {}),
        }),
      );
      report.enrolments += 1;
    }
    // Most attend everything; about one in eight drops out after the first weeks.
    const dropped = new Set(enrolments.filter(() => rng.chance(0.12)).map((e) => e.id));
    if (apprenticeship) {
      for (const e of enrolments)
        for (const [i, month] of monthsOf(project.startOn, project.endOn).entries()) {
          if (dropped.has(e.id) && i > 0) continue;
          const end =
            month === last(monthsOf(project.startOn, project.endOn)) ? project.endOn : `${month}-28`;
          await service.recordCheckIn({
            enrolmentId: e.id,
            month,
            checkedOn: end,
            note: "按计划带徒，已掌握本月技能要点",
          });
        }
    } else {
      const span = daysBetween(project.startOn, project.endOn);
      const days = [...new Set([0, 3, 7, 10, 14].map((d) => addDays(project.startOn, Math.min(d, span))))];
      for (const [i, heldOn] of days.entries()) {
        const session = await service.scheduleSession({
          projectId: project.id,
          heldOn,
          hours: 8,
          topic: `${project.courseName}第${i + 1}讲`,
        });
        const present = enrolments
          .filter((e) => (dropped.has(e.id) ? i === 0 : rng.chance(0.97)))
          .map((e) => e.id);
        await service.recordAttendance({ sessionId: session.id, presentEnrolmentIds: present });
      }
    }
    for (const e of enrolments) {
      if (dropped.has(e.id) || !rng.chance(0.95)) continue;
      const certified = rng.chance(0.75);
      try {
        await service.complete({
          enrolmentId: e.id,
          version: e.version,
          completedOn: project.endOn,
          assessmentPassed: true,
          ...(certified
            ? {
                certificate: {
                  type:
                    project.courseKind === "SPECIAL_ABILITY"
                      ? CertificateType.SPECIAL_ABILITY
                      : CertificateType.SKILL_LEVEL,
                  number: `${project.contractNumber}-${String(report.completions + 1).padStart(4, "0")}`,
                  issuingBody: rng.pick(BODIES),
                  issuedOn: addDays(project.endOn, rng.int(3, 20)),
                },
              }
            : {}),
        });
        report.completions += 1;
        if (certified) report.certificates += 1;
      } catch (err) {
        // Below the attendance share (a missed session or two): not completed, its claim line refused.
        if (!(err instanceof BadUserInputError)) throw err;
      }
    }
    const claims = new TrainingClaimService(ctx);
    const claim = await claims.submit({ projectId: project.id, submittedOn: addDays(project.endOn, 10) });
    report.claims += 1;
    if (project.startOn >= "2020-08-01") return; // the last ones still await verification
    const verified = await claims.verify({
      claimId: claim.id,
      version: claim.version,
      verifiedOn: addDays(project.endOn, 20),
    });
    await claims.pay({
      claimId: claim.id,
      version: verified.version,
      paidOn: addDays(project.endOn, 35),
      amountFen: claim.amountFen,
    });
    report.paid += 1;
  };

  await inTransactionBatches(orm, projects, { identity, logger, size: 1 }, async (plain, project) =>
    run(withOutbox(plain) as SkillsContext, project, choose(project)),
  );

  // Where the needs still outnumber the places, the bureau buys another class in the township.
  const institutions = await em.find(TrainingInstitution, {}, { orderBy: { id: "ASC" } });
  const courses = COURSES.filter(([, , format]) => format !== TrainingFormat.ONE_TO_ONE);
  const contracts = new Map<number, number>();
  const extras: { townshipCode: string; k: number }[] = [];
  for (const code of [...pool.keys()].sort()) {
    let waiting = pool.get(code)!.filter((n) => n.openedOn < EXTRA_FROM).length;
    for (let k = 0; waiting >= CLASS_SIZE; k++) {
      extras.push({ townshipCode: code, k });
      waiting -= Math.min(waiting, 32); // at most four-fifths of 40 places
    }
  }
  await inTransactionBatches(
    orm,
    extras,
    { identity, logger, size: 1 },
    async (plain, { townshipCode, k }) => {
      const ctx = withOutbox(plain) as SkillsContext;
      const year = k % 2 === 0 ? 2019 : 2020;
      const [courseKind, courseName, format, hours] =
        courses[(report.extraProjects + year) % courses.length]!;
      const startOn = rng.date(year === 2019 ? EXTRA_FROM : `${year}-03-01`, lastStartOf(year));
      const n = (contracts.get(year) ?? 0) + 1;
      contracts.set(year, n);
      const project = await new TrainingProjectService(ctx).record({
        institutionId: institutions[report.extraProjects % institutions.length]!.id,
        contractNumber: `RSJ-PX-${year}-${String(100 + n).padStart(3, "0")}`,
        courseKind,
        courseName,
        format,
        townshipCode,
        place: `${courseName}实训基地`,
        places: rng.int(30, 40),
        hours,
        pricePerTraineeFen: rng.pick([120_000, 150_000, 180_000, 240_000]),
        startOn,
        endOn: demoEndOn(startOn, format),
      });
      report.extraProjects += 1;
      await run(ctx, project, choose(project));
    },
  );
  logger.info({ ...report }, "skills demo activity loaded");
  return report;
}
