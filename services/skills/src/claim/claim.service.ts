import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { TrainingClaimPaid } from "@pa/events";
import {
  audited,
  auditRow,
  bulkInsert,
  bulkInsertAudited,
  businessDate,
  type Connection,
  dateRange,
  findIn,
  InputCheck,
  loadForWrite,
  newRow,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { attendanceShares } from "../enrolment/enrolment.service";
import { PersonFacts } from "../person/person-facts.entity";
import { policies } from "../policy/policy.kinds";
import { SkillsPolicyKind } from "../policy/policy.enums";
import { TrainingProject } from "../training-project/training-project.entity";
import { TrainingClaim, TrainingClaimLine } from "./claim.entity";
import { ClaimLineBasis, ClaimLineOutcome, ClaimStatus } from "./claim.enums";
import type {
  PayTrainingClaimInput,
  RefuseTrainingClaimInput,
  SubmitTrainingClaimInput,
  TrainingClaimLinesFilter,
  TrainingClaimsFilter,
  VerifyTrainingClaimInput,
} from "./claim.inputs";
import { claimLine } from "./claim.rules";

const CLAIM = { zh: "培训补贴申请", en: "training claim" };
const PROJECT = { zh: "培训项目", en: "training project" };

export class TrainingClaimService {
  constructor(private readonly ctx: SkillsContext) {}

  list(
    filter: TrainingClaimsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingClaim>> {
    const f = filter ?? {};
    const where: FilterQuery<TrainingClaim> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.statuses && f.statuses.length > 0 ? { status: { $in: f.statuses } } : {}),
      ...(f.projectId ? { projectId: f.projectId } : {}),
      ...(f.institutionId ? { institutionId: f.institutionId } : {}),
      ...dateRange(f, "submittedFrom", "submittedTo", "submittedOn"),
    };
    // Oldest first: a worklist of claims awaiting verification is worked in order of arrival.
    return paginate(this.ctx.em, TrainingClaim, where, page, [
      { field: "submittedOn", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }

  /**
   * Claim lines, trainee by trainee, oldest claim first (the claim ledger). A township-scoped
   * reader sees the lines of trainees of their townships only (a line of someone unknown here has
   * no township and is shown to bureau-wide readers only).
   */
  async lines(
    filter: TrainingClaimLinesFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingClaimLine>> {
    const f = filter ?? {};
    const claimIds =
      f.statuses && f.statuses.length > 0
        ? (
            await this.ctx.em.find(
              TrainingClaim,
              { status: { $in: f.statuses }, ...(f.projectId ? { projectId: f.projectId } : {}) },
              { fields: ["id"] },
            )
          ).map((c) => c.id)
        : null;
    const where: FilterQuery<TrainingClaimLine> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.projectId ? { projectId: f.projectId } : {}),
      ...(f.claimId ? { claimId: f.claimId } : {}),
      ...(claimIds
        ? { claimId: { $in: f.claimId ? claimIds.filter((id) => id === f.claimId) : claimIds } }
        : {}),
    };
    return paginate(this.ctx.em, TrainingClaimLine, where, page, [
      { field: "claimId", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }

  /**
   * 申报 Computes an institution's claim for a project (R-SKL-1), never typed: one line per
   * trainee claimed for (default every trainee), each payable at the price for a verified
   * completion (or the policy's share for partial attendance) or refused with its reason (see
   * `claimLine`); the amount is the sum. The project's price and its `TRAINING_SUBSIDY` version
   * are recorded with the claim.
   */
  async submit(input: SubmitTrainingClaimInput): Promise<TrainingClaim> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    v.pastDate(input.submittedOn, "submittedOn", { zh: "申报日期", en: "submittedOn" }, businessDate());
    return this.ctx.em.transactional(async (em) => {
      const project = await loadForWrite(em, identity, TrainingProject, input.projectId, { what: PROJECT });
      v.that(input.submittedOn >= project.startOn, "submittedOn", {
        zh: `申报日期不能早于开班日期 ${project.startOn}`,
        en: `a claim cannot be submitted before the project starts (${project.startOn})`,
      });
      const enrolments = await em.find(
        TrainingEnrolment,
        { projectId: project.id },
        { orderBy: { id: "ASC" } },
      );
      const personIds = input.personIds ?? enrolments.map((e) => e.personId);
      v.that(personIds.length > 0, "personIds", {
        zh: "没有可申报的学员",
        en: "the claim names no trainee (the project has none enrolled)",
      });
      v.done();
      // The version the project was bought under (adopted versions are immutable).
      const adopted = await policies.reader(em).adopted(SkillsPolicyKind.TRAINING_SUBSIDY);
      const policy = adopted.find((p) => p.id === project.policyVersionId);
      if (!policy)
        throw new Error(`project ${project.id}: policy version ${project.policyVersionId} is not adopted`);
      const rule = policy.parameters;
      const byPerson = new Map(enrolments.map((e) => [e.personId, e]));
      // One after the other: in a transaction these would share one connection.
      const facts = await findIn(
        em,
        PersonFacts,
        "personId",
        personIds,
        { withdrawnOn: null },
        { fields: ["personId"] },
      );
      const shares = await attendanceShares(
        em,
        enrolments.filter((e) => e.status !== EnrolmentStatus.COMPLETED),
        project.format,
        input.submittedOn,
      );
      const claimedLines = await findIn(
        em,
        TrainingClaimLine,
        "personId",
        personIds,
        { outcome: ClaimLineOutcome.PAYABLE },
        { fields: ["personId", "claimId"] },
      );
      const live = new Set(
        (
          await findIn(
            em,
            TrainingClaim,
            "id",
            claimedLines.map((l) => l.claimId),
            { status: { $ne: ClaimStatus.REFUSED } },
            {
              fields: ["id"],
            },
          )
        ).map((c) => c.id),
      );
      const claimed = new Set(claimedLines.filter((l) => live.has(l.claimId)).map((l) => l.personId));
      const poor = new Set(facts.map((f) => f.personId));
      const lines = personIds.map((personId) => {
        const e = byPerson.get(personId);
        return claimLine(
          {
            personId,
            registeredPoor: poor.has(personId),
            alreadyClaimed: claimed.has(personId),
            enrolment: e
              ? {
                  id: e.id,
                  completed: e.status === EnrolmentStatus.COMPLETED,
                  attendanceBp: e.attendanceBp ?? shares.get(e.id) ?? 0,
                  townshipCode: e.townshipCode,
                }
              : null,
          },
          project.pricePerTraineeFen,
          rule,
        );
      });
      const payable = lines.filter((l) => l.outcome === ClaimLineOutcome.PAYABLE);
      const claim = await audited(em, this.ctx, "submitTrainingClaim", () =>
        em.create(TrainingClaim, {
          projectId: project.id,
          institutionId: project.institutionId,
          townshipCode: project.townshipCode,
          submittedOn: input.submittedOn,
          pricePerTraineeFen: project.pricePerTraineeFen,
          policyVersionId: project.policyVersionId,
          completedCount: payable.filter((l) => l.basis === ClaimLineBasis.COMPLETED).length,
          partialCount: payable.filter((l) => l.basis === ClaimLineBasis.PARTIAL).length,
          refusedCount: lines.length - payable.length,
          amountFen: payable.reduce((sum, l) => sum + l.amountFen, 0),
        }),
      );
      // Each line with its own entry: the trainee's timeline shows what was claimed for them.
      await bulkInsertAudited(
        em,
        lines.map((l) => newRow(TrainingClaimLine, { ...l, claimId: claim.id, projectId: project.id })),
        {
          action: "submitTrainingClaim",
          ctx: this.ctx,
          view: (l) => ({ ...l, courseName: project.courseName, status: claim.status }),
        },
      );
      return claim;
    });
  }

  /** 审核 A submitted claim is verified (not before it was submitted, not in the future). */
  async verify(input: VerifyTrainingClaimInput): Promise<TrainingClaim> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    v.pastDate(input.verifiedOn, "verifiedOn", { zh: "审核日期", en: "verifiedOn" }, businessDate());
    return this.ctx.em.transactional(async (em) => {
      const claim = await loadForWrite(em, identity, TrainingClaim, input.claimId, {
        what: CLAIM,
        version: input.version,
      });
      this.expectStatus(v, claim, [ClaimStatus.SUBMITTED]);
      v.that(input.verifiedOn >= claim.submittedOn, "verifiedOn", {
        zh: `审核日期不能早于申报日期 ${claim.submittedOn}`,
        en: `verifiedOn cannot be before the submission (${claim.submittedOn})`,
      });
      v.done();
      const verified = await audited(em, this.ctx, "verifyTrainingClaim", claim, (c) => {
        c.status = ClaimStatus.VERIFIED;
        c.verifiedOn = input.verifiedOn;
      });
      await this.auditLines(em, verified, "verifyTrainingClaim", { verifiedOn: input.verifiedOn });
      return verified;
    });
  }

  /** 拨付 A verified claim is paid to the institution: the computed amount, no other. */
  async pay(input: PayTrainingClaimInput): Promise<TrainingClaim> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    v.pastDate(input.paidOn, "paidOn", { zh: "拨付日期", en: "paidOn" }, businessDate());
    return this.ctx.em.transactional(async (em) => {
      const claim = await loadForWrite(em, identity, TrainingClaim, input.claimId, {
        what: CLAIM,
        version: input.version,
      });
      if (this.expectStatus(v, claim, [ClaimStatus.VERIFIED]))
        v.that(input.paidOn >= claim.verifiedOn!, "paidOn", {
          zh: `拨付日期不能早于审核日期 ${claim.verifiedOn}`,
          en: `paidOn cannot be before the verification (${claim.verifiedOn})`,
        });
      v.that(input.amountFen === claim.amountFen, "amountFen", {
        zh: `拨付金额应等于核定金额 ${claim.amountFen} 分`,
        en: `the amount paid must be the computed amount, ${claim.amountFen} fen`,
      });
      v.done();
      const paid = await audited(em, this.ctx, "payTrainingClaim", claim, (c) => {
        c.status = ClaimStatus.PAID;
        c.paidOn = input.paidOn;
        c.paidAmountFen = input.amountFen;
      });
      await this.auditLines(em, paid, "payTrainingClaim", { paidOn: input.paidOn });
      this.ctx.outbox.add(em, TrainingClaimPaid, {
        claimId: paid.id,
        trainingProjectId: paid.projectId,
        institutionId: paid.institutionId,
        paidOn: input.paidOn,
        amountFen: input.amountFen,
        completions: paid.completedCount,
      });
      return paid;
    });
  }

  /** 不予拨付 A submitted or verified claim is refused with the reason; its trainees may be claimed again. */
  async refuse(input: RefuseTrainingClaimInput): Promise<TrainingClaim> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    v.pastDate(input.refusedOn, "refusedOn", { zh: "日期", en: "refusedOn" }, businessDate());
    const reason = v.text(input.reason, "reason", { zh: "原因", en: "reason" }, 500);
    return this.ctx.em.transactional(async (em) => {
      const claim = await loadForWrite(em, identity, TrainingClaim, input.claimId, {
        what: CLAIM,
        version: input.version,
      });
      this.expectStatus(v, claim, [ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED]);
      v.that(input.refusedOn >= claim.submittedOn, "refusedOn", {
        zh: `日期不能早于申报日期 ${claim.submittedOn}`,
        en: `refusedOn cannot be before the submission (${claim.submittedOn})`,
      });
      v.done();
      const refused = await audited(em, this.ctx, "refuseTrainingClaim", claim, (c) => {
        c.status = ClaimStatus.REFUSED;
        c.refusedOn = input.refusedOn;
        c.refusalReason = reason;
      });
      await this.auditLines(em, refused, "refuseTrainingClaim", { refusedOn: input.refusedOn, reason });
      return refused;
    });
  }

  /**
   * A step of the claim on each trainee's timeline (一人一档): one entry per line, about its
   * person, with the course and the line's amount; payment only for the lines it pays. Two
   * statements and one multi-row insert, whatever the number of lines.
   */
  private async auditLines(
    em: EntityManager,
    claim: TrainingClaim,
    action: string,
    step: Record<string, string>,
  ): Promise<void> {
    // One after the other: a transaction's statements share its one connection.
    const lines = await em.find(
      TrainingClaimLine,
      {
        claimId: claim.id,
        ...(claim.status === ClaimStatus.PAID ? { outcome: ClaimLineOutcome.PAYABLE } : {}),
      },
      { fields: ["id", "personId", "outcome", "refusal", "amountFen"], orderBy: { id: "ASC" } },
    );
    const project = await em.findOneOrFail(
      TrainingProject,
      { id: claim.projectId },
      { fields: ["courseName"] },
    );
    await bulkInsert(
      em,
      lines.map((l) =>
        auditRow(this.ctx, {
          action,
          entityName: "TrainingClaimLine",
          entityId: l.id,
          subjectId: l.personId,
          after: {
            claimId: claim.id,
            status: claim.status,
            outcome: l.outcome,
            refusal: l.refusal,
            amountFen: l.amountFen,
            courseName: project.courseName,
            ...step,
          },
        }),
      ),
    );
  }

  private expectStatus(v: InputCheck, claim: TrainingClaim, allowed: ClaimStatus[]): boolean {
    return v.that(allowed.includes(claim.status), "claimId", {
      zh: `申请状态为 ${claim.status}，不能进行此操作`,
      en: `the claim is ${claim.status}; this step needs ${allowed.join(" or ")}`,
    });
  }
}
