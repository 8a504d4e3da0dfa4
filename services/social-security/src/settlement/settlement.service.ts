import { OptimisticLockError, UniqueConstraintViolationException, type FilterQuery } from "@mikro-orm/core";
import { BurdenReported, MedicalSettled } from "@pa/events";
import {
  assertTownshipInScope,
  audit,
  badInput,
  businessDate,
  ConflictError,
  type Connection,
  dateRange,
  InputCheck,
  paginate,
  PolicyVersion,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import { PolicyKind } from "../policy/policy.enums";
import type { SocialSecurityContext } from "../context";
import { PersonFacts } from "../person/person-facts.entity";
import { isPoorOn } from "../person/person.rules";
import { policies } from "../policy/policy.kinds";
import { BurdenReport } from "./burden-report.entity";
import { burdenDecision } from "./burden.rules";
import { accumulatorId, MedicalYearAccumulator, Settlement } from "./settlement.entity";
import {
  claimProblems,
  emptyAccumulators,
  PAYERS,
  settle,
  yearOf,
  type Claim,
  type SettlementPolicy,
} from "./settlement.engine";
import type { SettleClaimInput, SettlementsFilter } from "./settlement.inputs";
import { replay, type ReplayItem } from "./what-if";
import type { SettlementComparison } from "./what-if.types";

/** A what-if replays at most this many settlements; narrow the filter beyond it. */
export const MAX_COMPARISON = 20_000;

export function toSettlementPolicy(v: PolicyVersion): SettlementPolicy {
  return {
    id: v.id,
    validFrom: v.validFrom,
    parameters: policies.parameters(v, PolicyKind.MEDICAL).settlement,
  };
}

export class SettlementService {
  constructor(private readonly ctx: SocialSecurityContext) {}

  /**
   * 一站式结算 Settles a claim (R-SS-4, R-SS-6) with the adopted medical version in force on the
   * claim date and the person's accumulators of that year; stores the result with the version
   * used, and a burden report when a poor person's out of pocket is still heavy (R-SS-5).
   * Bad input stores nothing.
   */
  async settleClaim(input: SettleClaimInput): Promise<Settlement> {
    const identity = requireIdentity(this.ctx);
    const claim: Claim = {
      personId: input.personId,
      date: input.claimDate,
      hospitalLevel: input.hospitalLevel,
      totalCostFen: input.totalCostFen,
      policyScopeCostFen: input.policyScopeCostFen,
      specialDrugsCostFen: input.specialDrugsCostFen,
    };
    const v = new InputCheck();
    for (const p of claimProblems(claim))
      v.fail(p.field === "date" ? "claimDate" : p.field, { zh: p.zh, en: p.en });
    v.pastDate(input.claimDate, "claimDate", { zh: "结算日期", en: "claimDate" }, businessDate());
    v.done();
    try {
      return await this.ctx.em.transactional(async (em) => {
        const facts = await em.findOne(PersonFacts, { personId: input.personId });
        if (!facts)
          throw badInput("input.personId", {
            zh: `人员 ${input.personId} 不在登记名册中`,
            en: `person ${input.personId} is not known from the registry; register the person first`,
          });
        assertTownshipInScope(identity, facts.townshipCode);
        const version = await policies
          .reader(em)
          .require(PolicyKind.MEDICAL, input.claimDate, "input.claimDate");
        const year = yearOf(input.claimDate);
        const accId = accumulatorId(input.personId, year);
        const accRow =
          (await em.findOne(MedicalYearAccumulator, { id: accId })) ??
          em.create(MedicalYearAccumulator, {
            id: accId,
            personId: input.personId,
            year,
            payers: emptyAccumulators(year).payers,
          });
        const poorPerson = isPoorOn(facts, input.claimDate);
        const result = settle({
          claim,
          poorPerson,
          accumulators: { year, payers: accRow.payers },
          policy: toSettlementPolicy(version),
          registration: { registeredOn: facts.registeredOn, exitedOn: facts.exitedOn ?? null },
        });
        accRow.payers = result.accumulators.payers;
        const settlement = em.create(Settlement, {
          personId: input.personId,
          townshipCode: facts.townshipCode,
          claimDate: input.claimDate,
          year,
          hospitalLevel: input.hospitalLevel,
          totalCostFen: input.totalCostFen,
          policyScopeCostFen: input.policyScopeCostFen,
          specialDrugsCostFen: input.specialDrugsCostFen,
          poorPerson,
          policyVersionId: version.id,
          lines: result.lines,
          paidByPayersFen: result.paidByPayersFen,
          outOfPocketFen: result.outOfPocketFen,
          trace: result.trace,
          settledBy: identity.sub,
        });
        this.ctx.outbox.add(em, MedicalSettled, {
          settlementId: settlement.id,
          personId: settlement.personId,
          townshipCode: settlement.townshipCode,
          claimDate: settlement.claimDate,
          totalCostFen: Number(settlement.totalCostFen),
          paidByPayersFen: Number(settlement.paidByPayersFen),
          outOfPocketFen: Number(settlement.outOfPocketFen),
          policyVersionId: settlement.policyVersionId,
        });
        const thresholds = version.parameters.burden;
        const decision = burdenDecision(settlement, thresholds);
        if (decision.report) {
          const report = em.create(BurdenReport, {
            settlementId: settlement.id,
            personId: settlement.personId,
            townshipCode: settlement.townshipCode,
            claimDate: settlement.claimDate,
            totalCostFen: settlement.totalCostFen,
            outOfPocketFen: settlement.outOfPocketFen,
            outOfPocketShareBp: decision.shareBp,
            thresholdFen: thresholds.outOfPocketAboveFen,
            thresholdShareBp: thresholds.outOfPocketShareAboveBp,
            policyVersionId: version.id,
            reason: decision.reason,
          });
          // R-SS-5: reported to the poverty office (registry) and supervision.
          this.ctx.outbox.add(em, BurdenReported, {
            reportId: report.id,
            settlementId: settlement.id,
            personId: settlement.personId,
            townshipCode: settlement.townshipCode,
            claimDate: settlement.claimDate,
            totalCostFen: Number(settlement.totalCostFen),
            outOfPocketFen: Number(settlement.outOfPocketFen),
            reason: report.reason,
          });
        }
        await em.flush();
        audit(em, this.ctx, {
          action: "settleClaim",
          entityName: "Settlement",
          entityId: settlement.id,
          after: { ...settlement, trace: undefined },
        });
        return settlement;
      });
    } catch (e) {
      if (e instanceof OptimisticLockError || e instanceof UniqueConstraintViolationException)
        throw new ConflictError({
          zh: "该人员有另一笔结算正在进行，请稍后重试",
          en: "another settlement of this person was being stored at the same moment; try again",
        });
      throw e;
    }
  }

  async get(id: string): Promise<Settlement | null> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.findOne(Settlement, { id, ...townshipScope(identity) });
  }

  private where(filter: SettlementsFilter | null | undefined): FilterQuery<Settlement> {
    const identity = requireIdentity(this.ctx);
    const f = filter ?? {};
    return {
      ...townshipScope(identity, "townshipCode", f.townshipCodes),
      ...(f.personIds?.length ? { personId: { $in: f.personIds } } : {}),
      ...dateRange(f, "from", "to", "claimDate"),
      ...(f.poorPerson != null ? { poorPerson: f.poorPerson } : {}),
    };
  }

  list(
    filter: SettlementsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Settlement>> {
    return paginate(this.ctx.em, Settlement, this.where(filter), page, [
      { field: "claimDate", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  burdenReports(
    filter: SettlementsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<BurdenReport>> {
    return paginate(this.ctx.em, BurdenReport, this.where(filter) as FilterQuery<BurdenReport>, page, [
      { field: "claimDate", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /**
   * 政策试算 What-if: replays the chosen settlements (by id, or by filter) under a draft (or any)
   * medical version and under the versions they used, both in date order per person from fresh
   * year accumulators — the stored figures also depended on claims outside the chosen set, so the
   * baseline is replayed the same way to compare like with like. Writes nothing.
   */
  async compare(
    draftPolicyVersionId: string,
    settlementIds: string[] | null | undefined,
    filter: SettlementsFilter | null | undefined,
  ): Promise<SettlementComparison> {
    const identity = requireIdentity(this.ctx);
    const em = this.ctx.em;
    const draft = await em.findOne(PolicyVersion, { id: draftPolicyVersionId });
    if (!draft || draft.kind !== PolicyKind.MEDICAL)
      throw badInput("draftPolicyVersionId", {
        zh: "医疗政策版本不存在",
        en: `medical policy version ${draftPolicyVersionId} does not exist`,
      });
    const where: FilterQuery<Settlement> = settlementIds?.length
      ? { id: { $in: settlementIds }, ...townshipScope(identity) }
      : this.where(filter);
    const count = await em.count(Settlement, where);
    if (count > MAX_COMPARISON)
      throw badInput("filter", {
        zh: `一次最多试算 ${MAX_COMPARISON} 笔，当前 ${count} 笔，请缩小范围`,
        en: `at most ${MAX_COMPARISON} settlements per comparison (this selection has ${count}); narrow the filter`,
      });
    const rows = await em.find(Settlement, where, {
      fields: [
        "id",
        "personId",
        "claimDate",
        "hospitalLevel",
        "totalCostFen",
        "policyScopeCostFen",
        "specialDrugsCostFen",
        "poorPerson",
        "policyVersionId",
      ],
      disableIdentityMap: true,
    });
    if (settlementIds?.length && rows.length !== new Set(settlementIds).size) {
      const found = new Set(rows.map((r) => r.id));
      const missing = settlementIds.filter((id) => !found.has(id));
      throw badInput("settlementIds", {
        zh: `结算不存在：${missing.join(", ")}`,
        en: `settlements not found: ${missing.join(", ")}`,
      });
    }
    const usedIds = [...new Set(rows.map((r) => r.policyVersionId))];
    const used = new Map(
      (await em.find(PolicyVersion, { id: { $in: usedIds } })).map((v) => [v.id, toSettlementPolicy(v)]),
    );
    const draftPolicy = toSettlementPolicy(draft);
    const items: (ReplayItem & { policyVersionId: string })[] = rows.map((r) => ({
      id: r.id,
      policyVersionId: r.policyVersionId,
      poorPerson: r.poorPerson,
      claim: {
        personId: r.personId,
        date: r.claimDate,
        hospitalLevel: r.hospitalLevel,
        totalCostFen: r.totalCostFen,
        policyScopeCostFen: r.policyScopeCostFen,
        specialDrugsCostFen: r.specialDrugsCostFen,
      },
    }));
    const byId = new Map(items.map((i) => [i.id, i]));
    const baseline = replay(items, (i) => used.get(byId.get(i.id)!.policyVersionId)!);
    const drafted = replay(items, () => draftPolicy);
    const diff = (baselineFen: number, draftFen: number) => ({
      baselineFen,
      draftFen,
      differenceFen: draftFen - baselineFen,
    });
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    const largest = items
      .map((i) => {
        const b = baseline.perItem.get(i.id)!;
        const d = drafted.perItem.get(i.id)!;
        return {
          settlementId: i.id,
          personId: i.claim.personId,
          claimDate: i.claim.date,
          baselineOutOfPocketFen: b.outOfPocketFen,
          draftOutOfPocketFen: d.outOfPocketFen,
          differenceFen: d.outOfPocketFen - b.outOfPocketFen,
        };
      })
      .filter((x) => x.differenceFen !== 0)
      .sort(
        (a, b) =>
          Math.abs(b.differenceFen) - Math.abs(a.differenceFen) || (a.settlementId < b.settlementId ? -1 : 1),
      )
      .slice(0, 200);
    return {
      draftPolicyVersionId: draft.id,
      settlementCount: items.length,
      payers: PAYERS.map((payer) => ({ payer, ...diff(baseline.byPayer[payer], drafted.byPayer[payer]) })),
      totalPaid: diff(sum(baseline.byPayer), sum(drafted.byPayer)),
      outOfPocket: diff(baseline.outOfPocketFen, drafted.outOfPocketFen),
      largestChanges: largest,
    };
  }
}
