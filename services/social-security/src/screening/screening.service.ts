import {
  audit,
  ForbiddenError,
  InputCheck,
  paginate,
  requireIdentity,
  townshipScope,
  businessDate,
  type Connection,
  yuan,
} from "@pa/service-kit";
import type { FilterQuery } from "@mikro-orm/core";
import { assertOwnsScheme } from "../common/ownership";
import type { Scheme } from "../enrolment/enrolment.enums";
import type { SocialSecurityContext } from "../context";
import { Enrolment, EnrolmentChange } from "../enrolment/enrolment.entity";
import { ENROLMENT_STATUS_LABEL, EnrolmentStatus } from "../enrolment/enrolment.enums";
import { ensureObligations, subsidyStandard, subsidyVersions } from "../enrolment/enrolment.service";
import { policies } from "../policy/policy.kinds";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { subsidyState } from "../enrolment/subsidy.rules";
import { SubsidyState } from "../enrolment/enrolment.enums";
import { PersonFacts } from "../person/person-facts.entity";
import { ScreeningFinding, ScreeningRun } from "./screening.entity";
import { FindingKind } from "./screening.enums";

const CHUNK = 1000;

export class ScreeningService {
  constructor(private readonly ctx: SocialSecurityContext) {}

  /**
   * 定期排查 (R-SS-2, 不留死角): completes missing obligations of the scheme up to the year of `asOf`
   * (an enrolment per person, the subsidy of every year from the registration once a policy
   * version is in force: people known before the plan-year back-fill get theirs here), then lists
   * people not enrolled; subsidies unpaid or short after their due date (any year up to asOf's);
   * subsidies of asOf's year that arrived late; and enrolment or contribution changes since the
   * previous run of the scheme. A year whose version in force subsidises nothing (the plan period
   * has ended) owes no subsidy, so none is listed as missing. The run and its findings are stored.
   */
  async run(input: { asOf: string; scheme: Scheme }): Promise<ScreeningRun> {
    const identity = requireIdentity(this.ctx);
    assertOwnsScheme(identity, input.scheme);
    if (identity.townships.length > 0)
      throw new ForbiddenError({
        zh: "定期排查覆盖全部镇街，须由不限镇街的用户运行",
        en: "a screening run covers every township; ask a centre-wide user",
      });
    const v = new InputCheck();
    v.pastDate(input.asOf, "asOf", { zh: "排查基准日", en: "asOf" }, businessDate());
    v.done();
    const year = Number(input.asOf.slice(0, 4));
    return this.ctx.em.transactional(async (em) => {
      const previous = await em.findOne(ScreeningRun, { scheme: input.scheme }, { orderBy: { id: "DESC" } });
      const run = em.create(ScreeningRun, {
        scheme: input.scheme,
        asOf: input.asOf,
        ranBy: identity.sub,
        previousRunId: previous?.id ?? null,
        lastChangeId: previous?.lastChangeId ?? null,
        peopleScreened: 0,
        enrolmentsCreated: 0,
        subsidiesCreated: 0,
        findingCount: 0,
      });
      const finding = (f: Omit<ScreeningFinding, "id" | "runId">) => {
        em.create(ScreeningFinding, { ...f, runId: run.id });
        run.findingCount += 1;
      };

      const reader = policies.reader(em);
      // A year whose version in force subsidises nothing (the plan period has ended) owes no
      // subsidy: nobody's is missing.
      const yearSubsidised = subsidyStandard(await subsidyVersions(reader), input.scheme, year) !== "none";
      let after = "";
      for (;;) {
        const people = await em.find(
          PersonFacts,
          { personId: { $gt: after } },
          {
            orderBy: { personId: "ASC" },
            limit: CHUNK,
            fields: ["personId", "townshipCode", "registeredOn"],
            disableIdentityMap: true,
          },
        );
        if (people.length === 0) break;
        after = people[people.length - 1]!.personId;
        run.peopleScreened += people.length;
        const created = await ensureObligations(em, people, year, [input.scheme], reader);
        run.enrolmentsCreated += created.enrolments.length;
        run.subsidiesCreated += created.subsidies.length;
        if (!yearSubsidised) continue;
        const ids = people.map((p) => p.personId);
        const withSubsidy = new Set(
          (
            await em.find(
              PremiumSubsidy,
              { personId: { $in: ids }, scheme: input.scheme, year },
              { fields: ["personId"], disableIdentityMap: true },
            )
          ).map((s) => s.personId),
        );
        for (const p of people)
          if (!withSubsidy.has(p.personId))
            finding({
              personId: p.personId,
              townshipCode: p.townshipCode,
              kind: FindingKind.SUBSIDY_MISSING,
              recordId: null,
              detail: `${year}年度无生效政策，未生成缴费补贴 / no ${year} subsidy: no adopted policy version in force on ${year}-01-01`,
            });
      }

      for (const e of await em.find(
        Enrolment,
        { scheme: input.scheme, status: { $ne: EnrolmentStatus.ENROLLED } },
        { orderBy: { id: "ASC" } },
      ))
        finding({
          personId: e.personId,
          townshipCode: e.townshipCode,
          kind: FindingKind.NOT_ENROLLED,
          recordId: e.id,
          detail: `参保状态：${ENROLMENT_STATUS_LABEL[e.status].zh} / enrolment status: ${ENROLMENT_STATUS_LABEL[e.status].en}`,
        });

      const subsidies = await em.find(
        PremiumSubsidy,
        {
          scheme: input.scheme,
          $or: [
            { fullyPaid: false, year: { $lte: year }, dueOn: { $lt: input.asOf } },
            { fullyPaid: true, paidLate: true, year },
          ],
        } as FilterQuery<PremiumSubsidy>,
        { orderBy: { id: "ASC" } },
      );
      for (const s of subsidies) {
        const state = subsidyState(s, input.asOf);
        const kind =
          state === SubsidyState.UNPAID
            ? FindingKind.SUBSIDY_UNPAID
            : state === SubsidyState.SHORT
              ? FindingKind.SUBSIDY_SHORT
              : state === SubsidyState.LATE
                ? FindingKind.SUBSIDY_LATE
                : null;
        if (!kind) continue;
        finding({
          personId: s.personId,
          townshipCode: s.townshipCode,
          kind,
          recordId: s.id,
          detail: `${s.year}年度 标准 ${yuan(s.standardFen)}，到账 ${yuan(s.paidFen)}，应到账 ${s.dueOn}，到账日 ${s.paidOn ?? "—"} / ${s.year}: standard ${yuan(s.standardFen)}, paid ${yuan(s.paidFen)}, due ${s.dueOn}, paid on ${s.paidOn ?? "—"}`,
        });
      }

      const changes = await em.find(
        EnrolmentChange,
        { scheme: input.scheme, ...(run.lastChangeId ? { id: { $gt: run.lastChangeId } } : {}) },
        { orderBy: { id: "ASC" } },
      );
      for (const c of changes) {
        const from = c.fromStatus ? ENROLMENT_STATUS_LABEL[c.fromStatus] : { zh: "新建", en: "new" };
        const to = ENROLMENT_STATUS_LABEL[c.toStatus];
        finding({
          personId: c.personId,
          townshipCode: c.townshipCode,
          kind: FindingKind.CONTRIBUTION_CHANGED,
          recordId: c.id,
          detail: `${from.zh} → ${to.zh}，档次 ${c.fromTier ?? "—"} → ${c.toTier ?? "—"}（${c.schemeYear}年度） / ${from.en} → ${to.en}, tier ${c.fromTier ?? "—"} → ${c.toTier ?? "—"} (${c.schemeYear})`,
        });
        run.lastChangeId = c.id;
      }
      await em.flush();
      audit(em, this.ctx, {
        action: "runScreening",
        entityName: "ScreeningRun",
        entityId: run.id,
        after: { ...run },
      });
      return run;
    });
  }

  runs(
    scheme: Scheme | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ScreeningRun>> {
    requireIdentity(this.ctx);
    return paginate(this.ctx.em, ScreeningRun, scheme ? { scheme } : {}, page, [
      { field: "id", direction: "DESC" },
    ]);
  }

  findings(
    runId: string,
    kind: FindingKind | null | undefined,
    townshipCodes: string[] | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ScreeningFinding>> {
    const identity = requireIdentity(this.ctx);
    return paginate(
      this.ctx.em,
      ScreeningFinding,
      { runId, ...(kind ? { kind } : {}), ...townshipScope(identity, "townshipCode", townshipCodes) },
      page,
      [{ field: "id", direction: "ASC" }],
    );
  }
}
