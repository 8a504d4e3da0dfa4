import { raw, type EntityManager, type FilterQuery } from "@mikro-orm/core";
import { OfferMade } from "@pa/events";
import {
  audited,
  businessDate,
  type Connection,
  dateRange,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { CaseStatus } from "../assistance-case/assistance-case.enums";
import type { EmploymentContext } from "../context";
import { JobFair } from "../job-fair/job-fair.entity";
import { checkPerson } from "../person/person.loaders";
import { exportLedgerBase64 } from "@pa/service-kit/ledger";
import { OFFER_LEDGER } from "./job-offer.export";
import { JobOffer } from "./job-offer.entity";
import { OfferChannel, OfferOutcome } from "./job-offer.enums";
import type { JobOffersFilter, RecordJobOfferInput, RecordOfferOutcomeInput } from "./job-offer.inputs";

function checkOutcome(
  v: InputCheck,
  outcome: OfferOutcome,
  reason: string | null | undefined,
): string | null {
  const trimmed = reason?.trim() || null;
  if (outcome === OfferOutcome.DECLINED) {
    v.that(trimmed != null, "declineReason", {
      zh: "拒绝时必须填写原因",
      en: "a declined offer needs the reason it was declined",
    });
  }
  if (trimmed)
    v.that(trimmed.length <= 200, "declineReason", {
      zh: "拒绝原因不能超过200个字符",
      en: "the reason must be at most 200 characters",
    });
  return outcome === OfferOutcome.DECLINED ? trimmed : null;
}

export class JobOfferService {
  constructor(private readonly ctx: EmploymentContext) {}

  private where(filter: JobOffersFilter | null | undefined): FilterQuery<JobOffer> {
    const f = filter ?? {};
    return {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.personId ? { personId: f.personId } : {}),
      ...(f.channel ? { channel: f.channel } : {}),
      ...(f.outcome ? { outcome: f.outcome } : {}),
      ...(f.jobFairId ? { jobFairId: f.jobFairId } : {}),
      ...dateRange(f, "offeredFrom", "offeredTo", "offeredOn"),
    };
  }

  list(
    filter: JobOffersFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<JobOffer>> {
    return paginate(this.ctx.em, JobOffer, this.where(filter), page, [
      { field: "offeredOn", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /** 帮扶台账 The offer ledger as an Excel file (Base64), Chinese headers; refused over its row limit. */
  ledgerXlsx(filter: JobOffersFilter | null | undefined): Promise<string> {
    return exportLedgerBase64(this.ctx.em, OFFER_LEDGER, {
      entity: JobOffer,
      where: this.where(filter),
      orderBy: { townshipCode: "ASC", personId: "ASC", offeredOn: "ASC", id: "ASC" },
    });
  }

  /**
   * 岗位推荐 Records an offer (R-EMP-3). The person must be known from the registry; the wage is
   * positive fen; the date is not in the future nor before the person's registration; a declined
   * offer says why. The person's open case
   * counts it at once (an atomic increment, so two clerks recording together both count).
   */
  async record(input: RecordJobOfferInput): Promise<JobOffer> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    const employer = v.text(input.employer, "employer", { zh: "用人单位", en: "employer" }, 100);
    const position = v.text(input.position, "position", { zh: "岗位", en: "position" }, 100);
    v.that(Number.isSafeInteger(input.monthlyWageFen) && input.monthlyWageFen > 0, "monthlyWageFen", {
      zh: "月工资应为大于0的整数（分）",
      en: "the monthly wage must be a whole number of fen above 0",
    });
    v.pastDate(input.offeredOn, "offeredOn", { zh: "推荐日期", en: "offeredOn" }, today);
    if (input.jobFairId)
      v.that(input.channel === OfferChannel.JOB_FAIR, "channel", {
        zh: "填写了招聘会时渠道应为招聘会",
        en: "an offer made at a job fair has the channel JOB_FAIR",
      });
    const outcome = input.outcome ?? OfferOutcome.PENDING;
    const declineReason = checkOutcome(v, outcome, input.declineReason);
    return this.ctx.em.transactional(async (em) => {
      const checked = await checkPerson(em, identity, input.personId, v, "personId");
      // Issue 9 item 13: an offer to someone not yet registered as poor is not assistance; refused,
      // so it is never counted towards the three.
      const registeredOn = checked?.registeredOn ?? null;
      if (registeredOn != null)
        v.that(input.offeredOn >= registeredOn, "offeredOn", {
          zh: `推荐日期不能早于建档立卡日期 (${registeredOn})`,
          en: `an offer cannot be dated before the person was registered (${registeredOn})`,
        });
      if (input.jobFairId) await this.checkFair(em, input.jobFairId, input.offeredOn, v);
      const [person] = v.done(checked);
      const offer = await audited(em, this.ctx, "recordJobOffer", () =>
        em.create(JobOffer, {
          personId: input.personId,
          townshipCode: person.townshipCode,
          employer,
          position,
          monthlyWageFen: input.monthlyWageFen,
          channel: input.channel,
          jobFairId: input.jobFairId ?? null,
          offeredOn: input.offeredOn,
          outcome,
          declineReason,
          outcomeOn: outcome === OfferOutcome.PENDING ? null : input.offeredOn,
          recordedBy: identity.sub,
        }),
      );
      await em.nativeUpdate(
        AssistanceCase,
        { personId: input.personId, status: CaseStatus.OPEN },
        { offerCount: raw("offer_count + 1") },
      );
      this.ctx.outbox.add(em, OfferMade, {
        offerId: offer.id,
        personId: offer.personId,
        offeredOn: offer.offeredOn,
        channel: offer.channel,
        jobFairId: offer.jobFairId ?? null,
      });
      return offer;
    });
  }

  async recordOutcome(input: RecordOfferOutcomeInput): Promise<JobOffer> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const offer = await loadForWrite(em, identity, JobOffer, input.offerId, {
        what: { zh: "岗位推荐", en: "offer" },
        version: input.version,
      });
      const v = new InputCheck();
      const declineReason = checkOutcome(v, input.outcome, input.declineReason);
      v.done();
      return audited(em, this.ctx, "recordOfferOutcome", offer, (o) => {
        o.outcome = input.outcome;
        o.declineReason = declineReason;
        o.outcomeOn = input.outcome === OfferOutcome.PENDING ? null : businessDate();
      });
    });
  }

  private async checkFair(
    em: EntityManager,
    jobFairId: string,
    offeredOn: string,
    v: InputCheck,
  ): Promise<void> {
    const fair = await em.findOne(JobFair, { id: jobFairId });
    if (
      !v.that(fair != null, "jobFairId", { zh: "招聘会不存在", en: `job fair ${jobFairId} does not exist` })
    )
      return;
    v.that(offeredOn >= fair!.heldOn, "offeredOn", {
      zh: `推荐日期不能早于招聘会日期 (${fair!.heldOn})`,
      en: `an offer made at a fair cannot be dated before the fair (${fair!.heldOn})`,
    });
  }
}
