import type { FilterQuery } from "@mikro-orm/core";
import {
  dateRange,
  findIn,
  findLean,
  latestOnOrBefore,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import { TrainingClaim } from "../claim/claim.entity";
import { ClaimStatus } from "../claim/claim.enums";
import type { SkillsContext } from "../context";
import { TrainingCertificate } from "../enrolment/certificate.entity";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { PlacementRecord } from "../placement/placement-record.entity";
import { policies } from "../policy/policy.kinds";
import { SkillsPolicyKind } from "../policy/policy.enums";
import { TrainingProject } from "../training-project/training-project.entity";
import { CourseKind } from "../training-project/training-project.enums";
import { costPer, employedWithin } from "./effect.rules";
import type { TrainingEffect, TrainingEffectFigures, TrainingEffectFilter } from "./effect.types";

interface Tally {
  enrolled: number;
  completed: number;
  certified: number;
  employed: number;
  paidFen: number;
  /** Completions and certificates of the projects with a paid claim: what the money paid bought. */
  paidCompleted: number;
  paidCertified: number;
}
const empty = (): Tally => ({
  enrolled: 0,
  completed: 0,
  certified: 0,
  employed: 0,
  paidFen: 0,
  paidCompleted: 0,
  paidCertified: 0,
});
const add = (a: Tally, b: Tally): Tally => ({
  enrolled: a.enrolled + b.enrolled,
  completed: a.completed + b.completed,
  certified: a.certified + b.certified,
  employed: a.employed + b.employed,
  paidFen: a.paidFen + b.paidFen,
  paidCompleted: a.paidCompleted + b.paidCompleted,
  paidCertified: a.paidCertified + b.paidCertified,
});
const figures = (t: Tally): TrainingEffectFigures => ({
  enrolled: t.enrolled,
  completed: t.completed,
  certified: t.certified,
  employedWithinWindow: t.employed,
  paidFen: t.paidFen,
  // Over the paid projects only: a project not yet paid adds completions but no money, and would
  // make the programme look cheaper than it is. Null before any payment.
  costPerCompletionFen: costPer(t.paidFen, t.paidCompleted),
  costPerCertificateFen: costPer(t.paidFen, t.paidCertified),
});

export class TrainingEffectService {
  constructor(private readonly ctx: SkillsContext) {}

  /**
   * 培训实效 (R-SKL-2): per project and per course kind, enrolled, completed, certified, employed
   * within the `TRAINING_EFFECT` window after completion (employment's placement events; the
   * version in force on each completion date), the subsidy paid and the cost per completion and
   * per certificate — over the projects with a paid claim only (R-SKL-1: the subsidy paid divided
   * by what it paid for), null before any payment. Six statements whatever the number of projects.
   */
  async effect(filter: TrainingEffectFilter | null | undefined): Promise<TrainingEffect> {
    const f = filter ?? {};
    const em = this.ctx.em;
    const where: FilterQuery<TrainingProject> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.courseKind ? { courseKind: f.courseKind } : {}),
      ...(f.format ? { format: f.format } : {}),
      ...(f.institutionId ? { institutionId: f.institutionId } : {}),
      ...dateRange(f, "startedFrom", "startedTo", "startOn"),
    };
    const projects = await findLean(em, TrainingProject, where, { orderBy: { startOn: "DESC", id: "DESC" } });
    const ids = projects.map((p) => p.id);
    const [enrolments, certificates, claims, windows] = await Promise.all([
      findIn(
        em,
        TrainingEnrolment,
        "projectId",
        ids,
        {},
        {
          fields: ["projectId", "personId", "status", "completedOn"],
          disableIdentityMap: true,
        },
      ),
      findIn(
        em,
        TrainingCertificate,
        "projectId",
        ids,
        {},
        { fields: ["projectId"], disableIdentityMap: true },
      ),
      findIn(
        em,
        TrainingClaim,
        "projectId",
        ids,
        { status: ClaimStatus.PAID },
        {
          fields: ["projectId", "paidAmountFen"],
          disableIdentityMap: true,
        },
      ),
      policies.forRequest(this.ctx).adopted(SkillsPolicyKind.TRAINING_EFFECT),
    ]);
    const completed = enrolments.filter((e) => e.status === EnrolmentStatus.COMPLETED && e.completedOn);
    const placements = await findIn(
      em,
      PlacementRecord,
      "personId",
      completed.map((e) => e.personId),
      {},
      {
        fields: ["personId", "since"],
        disableIdentityMap: true,
      },
    );
    const startsOf = new Map<string, string[]>();
    for (const p of placements) startsOf.set(p.personId, [...(startsOf.get(p.personId) ?? []), p.since]);

    const tally = new Map<string, Tally>(ids.map((id) => [id, empty()]));
    for (const e of enrolments) tally.get(e.projectId)!.enrolled += 1;
    for (const e of completed) {
      const t = tally.get(e.projectId)!;
      t.completed += 1;
      const window = latestOnOrBefore(windows, e.completedOn!);
      if (
        window &&
        employedWithin(e.completedOn!, startsOf.get(e.personId) ?? [], window.parameters.employmentWindowDays)
      )
        t.employed += 1;
    }
    for (const c of certificates) tally.get(c.projectId)!.certified += 1;
    const paid = new Set<string>();
    for (const c of claims) {
      tally.get(c.projectId)!.paidFen += c.paidAmountFen ?? 0;
      paid.add(c.projectId);
    }
    for (const id of paid) {
      const t = tally.get(id)!;
      t.paidCompleted = t.completed;
      t.paidCertified = t.certified;
    }

    const byKind = new Map<CourseKind, Tally>();
    let total = empty();
    for (const p of projects) {
      const t = tally.get(p.id)!;
      byKind.set(p.courseKind, add(byKind.get(p.courseKind) ?? empty(), t));
      total = add(total, t);
    }
    return {
      total: figures(total),
      byCourseKind: Object.values(CourseKind)
        .filter((k) => byKind.has(k))
        .map((k) => ({ courseKind: k, figures: figures(byKind.get(k)!) })),
      byProject: projects.map((p) => ({ projectId: p.id, project: p, figures: figures(tally.get(p.id)!) })),
    };
  }
}
