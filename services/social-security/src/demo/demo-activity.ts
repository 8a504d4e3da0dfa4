import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import {
  businessDate,
  inTransactionBatches,
  SeededRandom,
  systemIdentity,
  Unit,
  waitForQuietCount,
  type Identity,
  type Logger,
} from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus, Scheme } from "../enrolment/enrolment.enums";
import { EnrolmentService } from "../enrolment/enrolment.service";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PensionStatus } from "../pension/pension.enums";
import { PensionService } from "../pension/pension.service";
import { PersonFacts } from "../person/person-facts.entity";
import { Settlement } from "../settlement/settlement.entity";
import { SettlementService } from "../settlement/settlement.service";

/** The plan years the demo's payments and claims fall in. */
export const DEMO_PLAN_FROM = "2018-01-01";
export const DEMO_PLAN_TO = "2020-12-31";

const max = (...dates: string[]): string => dates.reduce((a, b) => (a > b ? a : b));
const min = (...dates: string[]): string => dates.reduce((a, b) => (a < b ? a : b));
const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Waits until the registry's people have arrived through the bus (their count has settled). */
export function waitForPeople(
  orm: MikroORM,
  opts?: Parameters<typeof waitForQuietCount>[1],
): Promise<number> {
  return waitForQuietCount(() => orm.em.fork().count(PersonFacts, {}), opts);
}

/** What {@link loadDemoActivity} recorded. */
export interface DemoActivityReport {
  enrolled: number;
  subsidiesPaid: number;
  pensionSteps: number;
  claims: number;
}

/**
 * 演示业务 The demo city's plan years in social security, recorded after its people arrived from
 * the registry (which made their enrolments, the 2018–2020 subsidies and the pension ledger):
 * most people enrolled; the plan years' subsidies paid — most on time and in full, a few late, a
 * few unpaid (the worklist has work); pension ledger steps done for many; and medical claims
 * settled for some poor people in 2018–2020, a few heavy enough for a burden notice. Each through
 * the operation the centre's clerk uses, so the figures are the rules' own output; each part only
 * when its records are absent (a second start adds nothing); deterministic by `SeededRandom`.
 */
export async function loadDemoActivity(orm: MikroORM, logger: Logger): Promise<DemoActivityReport> {
  const who = (unit: Unit): Identity => systemIdentity({ sub: "demo-loader", name: "演示数据", unit });
  const pensionCentre = who(Unit.PensionCentre);
  const medicalCentre = who(Unit.MedicalCentre);
  const ownerOf = (scheme: Scheme) => (scheme === Scheme.RESIDENT_PENSION ? pensionCentre : medicalCentre);
  /** Each item through `work` as `as` (the centre owning it), a transaction per batch of operations. */
  const batches = <T>(
    items: readonly T[],
    as: (item: T) => Identity,
    work: (ctx: SocialSecurityContext, item: T) => Promise<unknown>,
  ) =>
    inTransactionBatches(orm, items, { identity: pensionCentre, logger }, (ctx, item) =>
      work(withOutbox({ ...ctx, identity: as(item) }), item),
    );
  const em = orm.em.fork();
  const report: DemoActivityReport = { enrolled: 0, subsidiesPaid: 0, pensionSteps: 0, claims: 0 };
  const people = await em.find(PersonFacts, {}, { orderBy: { registeredOn: "ASC", personId: "ASC" } });
  const factsOf = new Map(people.map((p) => [p.personId, p]));
  const today = businessDate();

  // R-SS-2: most people enrolled in both schemes a few weeks after their registration.
  if ((await em.count(Enrolment, { status: EnrolmentStatus.ENROLLED })) === 0) {
    const rng = new SeededRandom(20180115);
    const enrolments = await em.find(
      Enrolment,
      { status: EnrolmentStatus.PENDING },
      { orderBy: { personId: "ASC", scheme: "ASC" } },
    );
    const enrolling = enrolments.filter((e) => factsOf.has(e.personId) && rng.chance(0.96));
    await batches(
      enrolling,
      (e) => ownerOf(e.scheme),
      async (ctx, e) => {
        const p = factsOf.get(e.personId)!;
        await new EnrolmentService(ctx).recordEnrolment({
          personId: e.personId,
          scheme: e.scheme,
          status: EnrolmentStatus.ENROLLED,
          schemeYear: e.schemeYear,
          contributionTier: 1,
          enrolledOn: min(plusDays(max(p.registeredOn, DEMO_PLAN_FROM), rng.int(0, 40)), today),
          version: e.version,
        });
        report.enrolled += 1;
      },
    );
  }

  // R-SS-1: the plan years' subsidies paid — 92 % on time and in full, 4 % late, 4 % unpaid.
  if ((await em.count(PremiumSubsidy, { paidOn: { $ne: null } })) === 0) {
    const rng = new SeededRandom(20180331);
    const subsidies = await em.find(
      PremiumSubsidy,
      { year: { $lte: 2020 } },
      { orderBy: { year: "ASC", personId: "ASC", scheme: "ASC" } },
    );
    const payments = subsidies.flatMap((s) => {
      const p = factsOf.get(s.personId);
      const roll = rng.float();
      if (!p || roll >= 0.96) return []; // unpaid: on the worklist
      const from = max(p.registeredOn, `${s.year}-01-01`);
      const paidOn =
        roll < 0.92 ? rng.date(min(from, s.dueOn), s.dueOn) : min(plusDays(s.dueOn, rng.int(1, 60)), today);
      return [{ s, paidOn }];
    });
    await batches(
      payments,
      ({ s }) => ownerOf(s.scheme),
      async (ctx, { s, paidOn }) => {
        await new EnrolmentService(ctx).recordSubsidyPayment({
          subsidyId: s.id,
          paidFen: Number(s.standardFen),
          paidOn,
          version: s.version,
        });
        report.subsidiesPaid += 1;
      },
    );
  }

  // R-SS-3: the ledger's steps for many of those newly reaching 60 — back-paid, claimed, paying.
  // A step cannot be dated before the entry was put on the ledger (the day its event arrived).
  if ((await em.count(PensionLedgerEntry, { backPaidOn: { $ne: null } })) === 0) {
    const rng = new SeededRandom(20180630);
    const pending = await em.find(
      PensionLedgerEntry,
      { status: PensionStatus.PENDING },
      { orderBy: { personId: "ASC" } },
    );
    const stepped = pending.map((entry) => ({
      entry,
      steps: rng.weighted([
        [3, 55],
        [2, 15],
        [1, 15],
        [0, 15],
      ] as const),
    }));
    await batches(
      stepped,
      () => pensionCentre,
      async (ctx, { entry, steps }) => {
        let e = entry;
        const on = max(e.foundOn, today);
        for (const to of [PensionStatus.BACK_PAID, PensionStatus.CLAIMED, PensionStatus.PAYING].slice(
          0,
          steps,
        )) {
          e = await new PensionService(ctx).step(to, { entryId: e.id, version: e.version, on });
          report.pensionSteps += 1;
        }
      },
    );
  }

  // R-SS-4/5: claims of some poor people in the plan years; a few heavy ones leave a burden notice.
  if ((await em.count(Settlement, {})) === 0) {
    const rng = new SeededRandom(20190901);
    const candidates = rng.shuffle(people.filter((p) => p.registeredOn <= "2020-06-30")).slice(0, 160);
    await batches(
      [...candidates.entries()],
      () => medicalCentre,
      async (ctx, [i, p]) => {
        const heavy = i % 16 === 0;
        const totalYuan = heavy ? rng.int(60_000, 240_000) : rng.int(800, 30_000);
        const totalCostFen = totalYuan * 100;
        await new SettlementService(ctx).settleClaim({
          personId: p.personId,
          claimDate: rng.date(max(p.registeredOn, DEMO_PLAN_FROM), DEMO_PLAN_TO),
          hospitalLevel: heavy ? "TERTIARY" : rng.pick(["PRIMARY", "SECONDARY", "TERTIARY"] as const),
          totalCostFen,
          policyScopeCostFen: Math.round(totalCostFen * (heavy ? 0.7 : 0.85)),
          specialDrugsCostFen: heavy ? Math.round(totalCostFen * 0.1) : 0,
        });
        report.claims += 1;
      },
    );
  }
  logger.info({ ...report }, "social-security demo activity loaded");
  return report;
}
