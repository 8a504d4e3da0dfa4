import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import {
  inTransactionBatches,
  quarterRange,
  SeededRandom,
  systemIdentity,
  Unit,
  waitForQuietCount,
  type Logger,
} from "@pa/service-kit";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { JobReadiness } from "../assistance-case/job-readiness.entity";
import { CaseStatus } from "../assistance-case/assistance-case.enums";
import type { EmploymentContext } from "../context";
import { JobFair } from "../job-fair/job-fair.entity";
import { JobFairKind } from "../job-fair/job-fair.enums";
import { JobFairService } from "../job-fair/job-fair.service";
import { JobOffer } from "../job-offer/job-offer.entity";
import { OfferChannel, OfferOutcome } from "../job-offer/job-offer.enums";
import { JobOfferService } from "../job-offer/job-offer.service";
import { PersonFacts } from "../person/person-facts.entity";
import { Placement } from "../placement/placement.entity";
import { PlacementKind } from "../placement/placement.enums";
import { PlacementService } from "../placement/placement.service";
import { PostPlacement } from "../post/post-placement.entity";
import { PostPlacementService } from "../post/post-placement.service";
import { PublicWelfarePost } from "../post/post.entity";
import { TownshipFacts } from "../township/township-facts.entity";

/** The demo's activity runs up to the end of the plan (2018–2020): figures are asked "as of" it. */
export const DEMO_PLAN_FROM = "2018-01-01";
export const DEMO_PLAN_TO = "2020-12-31";

const max = (...dates: string[]): string => dates.reduce((a, b) => (a > b ? a : b));
const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const nextDay = (iso: string): string => plusDays(iso, 1);
/** The months YYYY-MM from `from`'s month to `to`'s month. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > end) return out;
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** Waits until the registry's people have arrived through the bus (their count has settled). */
export function waitForPeople(
  orm: MikroORM,
  opts?: Parameters<typeof waitForQuietCount>[1],
): Promise<number> {
  return waitForQuietCount(() => orm.em.fork().count(PersonFacts, {}), opts);
}

/** What {@link loadDemoActivity} recorded. */
export interface DemoActivityReport {
  fairs: number;
  placements: number;
  workLogs: number;
  offers: number;
}

const EMPLOYERS = [
  "恒达服饰有限公司",
  "绿源农业科技有限公司",
  "顺通物流有限公司",
  "鑫盛电子厂",
  "家政服务中心",
];
const POSITIONS = ["缝纫工", "普工", "分拣员", "保洁员", "装配工", "育婴员"];
const DECLINES = ["离家太远", "需照顾家人", "工资偏低", "身体原因"];

/**
 * 演示业务 The demo city's three plan years, recorded after its people arrived from the registry:
 * quarterly fairs in the concentrated townships, people placed in most open posts with their
 * monthly work logs, and job offers for the open cases (three for most, dated in the plan years,
 * after the registration) — each through the operation a clerk uses (placeInPost, recordWorkLog,
 * recordJobOffer, recordJobFair), so the figures are the rules' own output. Each part runs only
 * when its records are absent: a second start adds nothing. Deterministic (`SeededRandom`) for the
 * same people.
 */
export async function loadDemoActivity(orm: MikroORM, logger: Logger): Promise<DemoActivityReport> {
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.HrCentre });
  const batches = <T>(items: readonly T[], work: (ctx: EmploymentContext, item: T) => Promise<unknown>) =>
    inTransactionBatches(orm, items, { identity, logger }, (ctx, item) => work(withOutbox(ctx), item));
  const em = orm.em.fork();
  const report: DemoActivityReport = { fairs: 0, placements: 0, workLogs: 0, offers: 0 };
  const people = await em.find(PersonFacts, {}, { orderBy: { registeredOn: "ASC", personId: "ASC" } });
  const factsOf = new Map(people.map((p) => [p.personId, p]));

  // R-EMP-4: a fair each quarter in each concentrated township (a few quarters missed).
  if ((await em.count(JobFair, {})) === 0) {
    const rng = new SeededRandom(20180401);
    const concentrated = await em.find(TownshipFacts, { concentrated: true }, { orderBy: { code: "ASC" } });
    const quarters = [2018, 2019, 2020].flatMap((year) =>
      ([1, 2, 3, 4] as const).map((q) => quarterRange(year, q)),
    );
    const fairs = quarters.flatMap(({ from, to }) =>
      concentrated.filter(() => !rng.chance(0.05)).map((t) => ({ code: t.code, heldOn: rng.date(from, to) })),
    );
    await batches(fairs, async (ctx, fair) => {
      await new JobFairService(ctx).record({
        townshipCode: fair.code,
        heldOn: fair.heldOn,
        kind: rng.chance(0.5) ? JobFairKind.DELIVERY_TO_COUNTRYSIDE : JobFairKind.RECRUITMENT_CARAVAN,
        title: "就业扶贫专场招聘会",
        employers: rng.int(5, 24),
        positionsOffered: rng.int(30, 229),
        poorAttendees: rng.int(10, 89),
        offersMade: rng.int(0, 29),
      });
      report.fairs += 1;
    });
  }

  // R-EMP-1: people with an open case placed in most open posts of their township; a few posts
  // changed hands once. Work logs for the months of 2020 Q4 in the post, so allowances are due.
  if ((await em.count(PostPlacement, {})) === 0) {
    const rng = new SeededRandom(20180701);
    const posts = await em.find(
      PublicWelfarePost,
      { closedOn: null },
      { orderBy: { openedOn: "ASC", id: "ASC" } },
    );
    const open = await em.find(
      AssistanceCase,
      { status: CaseStatus.OPEN },
      { orderBy: { openedOn: "ASC", personId: "ASC" } },
    );
    const pool = new Map<string, PersonFacts[]>();
    for (const c of open) {
      const p = factsOf.get(c.personId);
      if (!p) continue;
      pool.set(p.townshipCode, [...(pool.get(p.townshipCode) ?? []), p]);
    }
    for (const [code, list] of pool) pool.set(code, rng.shuffle(list));
    const take = (code: string, notAfter: string): PersonFacts | null => {
      const list = pool.get(code) ?? [];
      const i = list.findIndex((p) => (p.registeredOn ?? DEMO_PLAN_FROM) <= notAfter);
      return i < 0 ? null : list.splice(i, 1)[0]!;
    };
    const filled = posts.filter(() => rng.chance(0.93)); // a few posts stay vacant: the vacancy list has work
    await batches(filled, async (ctx, post) => {
      const service = () => new PostPlacementService(ctx);
      const earliest = max(post.openedOn, DEMO_PLAN_FROM);
      const latest = "2020-11-30";
      if (earliest > latest) return;
      let startOn = rng.date(earliest, latest);
      const before = startOn < "2020-09-30" && rng.chance(0.1) ? take(post.townshipCode, startOn) : null;
      if (before) {
        // Someone held the post before and left; the next person follows the day they left.
        const p = await service().place({ postId: post.id, personId: before.personId, startOn });
        report.placements += 1;
        startOn = rng.date(nextDay(startOn), "2020-10-31");
        await service().endPlacement({
          placementId: p.id,
          version: p.version,
          endOn: startOn,
          reason: "外出务工",
        });
      }
      const person = take(post.townshipCode, latest);
      if (!person) return;
      startOn = max(startOn, person.registeredOn ?? startOn);
      const placement = await service().place({ postId: post.id, personId: person.personId, startOn });
      report.placements += 1;
      for (const month of months(max(startOn, "2020-10-01"), DEMO_PLAN_TO)) {
        await service().recordWorkLog({ placementId: placement.id, month, daysWorked: rng.int(18, 26) });
        report.workLogs += 1;
      }
    });
  }

  // R-EMP-3: offers for the open cases, dated in the plan years on or after the registration:
  // three for most, fewer for some (the gap list has work).
  if ((await em.count(JobOffer, {})) === 0) {
    const rng = new SeededRandom(20181001);
    const open = await em.find(
      AssistanceCase,
      { status: CaseStatus.OPEN },
      { orderBy: { openedOn: "ASC", personId: "ASC" } },
    );
    await batches(open, async (ctx, c) => {
      const p = factsOf.get(c.personId);
      const from = max(c.openedOn, p?.registeredOn ?? c.openedOn, DEMO_PLAN_FROM);
      if (from > DEMO_PLAN_TO) return;
      const n = rng.weighted([
        [3, 88],
        [2, 7],
        [1, 3],
        [0, 2],
      ] as const);
      const dates = Array.from({ length: n }, () => rng.date(from, DEMO_PLAN_TO)).sort();
      for (const [i, offeredOn] of dates.entries()) {
        const outcome =
          i < n - 1
            ? rng.chance(0.7)
              ? OfferOutcome.DECLINED
              : OfferOutcome.PENDING
            : rng.chance(0.4)
              ? OfferOutcome.ACCEPTED
              : OfferOutcome.PENDING;
        await new JobOfferService(ctx).record({
          personId: c.personId,
          employer: rng.pick(EMPLOYERS),
          position: rng.pick(POSITIONS),
          monthlyWageFen: rng.int(20, 45) * 10_000,
          channel: rng.pick([
            OfferChannel.VILLAGE_DELIVERY,
            OfferChannel.HOUSEHOLD_DELIVERY,
            OfferChannel.OTHER,
          ]),
          offeredOn,
          outcome,
          declineReason: outcome === OfferOutcome.DECLINED ? rng.pick(DECLINES) : null,
        });
        report.offers += 1;
      }
    });
  }
  logger.info({ ...report }, "employment demo activity loaded");
  return report;
}

/**
 * Waits until skills' training completions have arrived through the bus (the job-readiness count
 * has settled for `quietMs`): the skills demo records them once the registry's people reach it.
 */
export function waitForTrained(
  orm: MikroORM,
  opts: Parameters<typeof waitForQuietCount>[1] = { quietMs: 20_000, timeoutMs: 900_000 },
): Promise<number> {
  return waitForQuietCount(() => orm.em.fork().count(JobReadiness, {}), opts);
}

/** What {@link loadTrainedPlacements} recorded. */
export interface TrainedPlacementsReport {
  offers: number;
  placements: number;
}

/** The share of the trained who accept the offer made after their completion. */
export const TRAINED_ACCEPT_RATE = 0.65;
/** The share of the accepted who start work only after the six months (not the training's effect). */
export const TRAINED_LATE_START_RATE = 0.08;

/**
 * 演示业务 Flow 3's demo (R-EMP-3, 培训实效): once skills' completions arrived (job-ready people),
 * an offer to each trained person within a month of the completion; about 65 % accept and are
 * placed through the operations (recordJobOffer, recordPlacement — which publishes
 * `pa.employment.person.placed.v1`, what skills counts as "employed within 6 months"), most within
 * five months of the completion and a few only after the six (so the figure is not everyone who
 * accepted); the others decline with a reason. Runs only while no placement exists; deterministic
 * (`SeededRandom`) for the same completions.
 */
export async function loadTrainedPlacements(orm: MikroORM, logger: Logger): Promise<TrainedPlacementsReport> {
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.HrCentre });
  const report: TrainedPlacementsReport = { offers: 0, placements: 0 };
  const em = orm.em.fork();
  if ((await em.count(Placement, {})) > 0) return report;
  const rng = new SeededRandom(20181201);
  const trained = await em.find(JobReadiness, {}, { orderBy: { readyOn: "ASC", personId: "ASC" } });
  const facts = new Map(
    (await em.find(PersonFacts, { personId: { $in: trained.map((r) => r.personId) } })).map((p) => [
      p.personId,
      p,
    ]),
  );
  const known = trained.filter((r) => {
    const p = facts.get(r.personId);
    return p != null && !p.withdrawnOn && r.readyOn <= DEMO_PLAN_TO;
  });
  await inTransactionBatches(orm, known, { identity, logger }, async (plain, r) => {
    const ctx = withOutbox(plain);
    const p = facts.get(r.personId)!;
    // Within a month of the completion, in the plan years, not before the registration.
    const soon = plusDays(r.readyOn, rng.int(3, 30));
    const offeredOn = max(soon < DEMO_PLAN_TO ? soon : DEMO_PLAN_TO, p.registeredOn ?? r.readyOn);
    const accepted = rng.chance(TRAINED_ACCEPT_RATE);
    const employer = rng.pick(EMPLOYERS);
    const offer = await new JobOfferService(ctx).record({
      personId: r.personId,
      employer,
      position: rng.pick(POSITIONS),
      monthlyWageFen: rng.int(25, 50) * 10_000,
      channel: rng.pick([OfferChannel.VILLAGE_DELIVERY, OfferChannel.HOUSEHOLD_DELIVERY, OfferChannel.OTHER]),
      offeredOn,
      outcome: accepted ? OfferOutcome.ACCEPTED : OfferOutcome.DECLINED,
      declineReason: accepted ? null : rng.pick(DECLINES),
    });
    report.offers += 1;
    if (!accepted) return;
    const late = rng.chance(TRAINED_LATE_START_RATE);
    const since = late
      ? plusDays(r.readyOn, rng.int(190, 300))
      : max(offeredOn, plusDays(r.readyOn, rng.int(7, 150)));
    await new PlacementService(ctx).record({
      personId: r.personId,
      kind: PlacementKind.ENTERPRISE,
      employer,
      since,
      jobOfferId: offer.id,
    });
    report.placements += 1;
  });
  logger.info({ ...report }, "employment demo: trained people's offers and placements loaded");
  return report;
}
