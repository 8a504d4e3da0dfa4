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
import { TrainingNeed } from "../training-need/training-need.entity";
import { TrainingNeedStatus } from "../training-need/training-need.enums";
import { TrainingProject } from "../training-project/training-project.entity";
import { isApprenticeship } from "../training-project/training-project.enums";
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
}

const MASTERS = ["李建国", "王秀英", "张德明", "刘桂兰", "陈志强"];
const BODIES = ["市职业技能鉴定中心", "市农业农村局农民培训中心"];
const last = <T>(items: readonly T[]): T => items[items.length - 1]!;

/**
 * 演示业务 The demo projects' trainees, once the registry's people arrived: people with an open
 * training need in the project's township (registered before it started) enrol, up to about
 * four-fifths of the places; weekly sessions with attendance (monthly check-ins for
 * apprenticeships); completions for those who met the policy's rule, most with a certificate;
 * a claim per project ten days after it ended, verified and paid (the last projects of 2020 still
 * awaiting verification). Each through the operation a clerk uses, so the figures are the rules'
 * own output. Runs only while no enrolment exists; deterministic for the same people.
 */
export async function loadDemoActivity(orm: MikroORM, logger: Logger): Promise<DemoActivityReport> {
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.HrCentre });
  const report: DemoActivityReport = { enrolments: 0, completions: 0, certificates: 0, claims: 0, paid: 0 };
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

  await inTransactionBatches(orm, projects, { identity, logger, size: 1 }, async (plain, project) => {
    const ctx = withOutbox(plain) as SkillsContext;
    const service = new EnrolmentService(ctx);
    const list = pool.get(project.townshipCode) ?? [];
    const wanted = Math.max(1, Math.floor(project.places * 0.8));
    const chosen: TrainingNeed[] = [];
    for (let i = 0; i < list.length && chosen.length < wanted;)
      if (list[i]!.openedOn <= project.startOn) chosen.push(list.splice(i, 1)[0]!);
      else i += 1;
    if (chosen.length === 0) return;
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
  });
  logger.info({ ...report }, "skills demo activity loaded");
  return report;
}
