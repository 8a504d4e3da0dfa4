import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, PersonPlaced } from "@pa/events";
import { createLogger, DEMO_TOWNSHIP_CODES, newId, SeededRandom } from "@pa/service-kit";
import { callers, startServiceHarness, type ServiceHarness } from "@pa/testing";
import { createEmploymentApp } from "../app";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { markJobReady } from "../assistance-case/assistance-case.reactions";
import { CaseStatus } from "../assistance-case/assistance-case.enums";
import { JobFair } from "../job-fair/job-fair.entity";
import { JobOffer } from "../job-offer/job-offer.entity";
import { PersonFacts } from "../person/person-facts.entity";
import { applyPersonFacts } from "../person/person-facts.projection";
import { Placement } from "../placement/placement.entity";
import { PostPlacement } from "../post/post-placement.entity";
import { applyTownship } from "../township/township.service";
import { loadDemoActivity, loadTrainedPlacements, type DemoActivityReport } from "./demo-activity";

const silent = createLogger("employment", "silent");
const CONCENTRATED = DEMO_TOWNSHIP_CODES.slice(0, 5);
const PEOPLE = 600;

interface Check {
  actual: number;
  met: boolean;
  status: string;
}

// Issue 9 item 17: the demo is a programme in its third year. The registry's people are fed into
// the projection as its events would (50 per township, registered 2014–mid 2020), then the demo's
// activity runs through the service operations; the figures are asked of the subgraph.
describe("employment demo activity: a programme in its third year (issue 9 item 17, sqlite)", () => {
  let h: ServiceHarness;
  let report: DemoActivityReport;
  beforeAll(async () => {
    h = await startServiceHarness((deps) => createEmploymentApp({ ...deps, demoActivity: false }), {
      dialect: "sqlite",
      label: "emp-demo-activity",
      loadDemo: true,
      user: callers.povertyOffice.manager(),
    });
    const rng = new SeededRandom(7);
    await h.app.orm.em.fork().transactional(async (tx) => {
      for (const code of DEMO_TOWNSHIP_CODES)
        await applyTownship(tx, {
          code,
          name: `镇街${code.slice(-3)}`,
          concentrated: CONCENTRATED.includes(code),
          version: 1,
        });
      for (let i = 0; i < PEOPLE; i++) {
        const registeredOn = rng.date("2014-01-01", "2020-06-30");
        await applyPersonFacts(
          tx,
          {
            personId: newId(),
            version: 1,
            townshipCode: DEMO_TOWNSHIP_CODES[i % DEMO_TOWNSHIP_CODES.length]!,
            birthDate: rng.date("1965-01-01", "2000-12-31"),
            laborCapacity: "FULL",
            willingToWork: true,
            willingToTrain: false,
            povertyStatus: "REGISTERED",
            registeredOn,
          },
          { on: registeredOn },
        );
      }
    });
    report = await loadDemoActivity(h.app.orm, silent);
  }, 900_000);
  afterAll(() => h?.close());

  test("R-EMP-1: at the end of 2020 the posts held meet the 470 quota and at least 80 % are filled", async () => {
    const { postFigures: f } = await h.ok<{
      postFigures: { held: number; filled: number; occupancyRateBp: number; heldCheck: Check };
    }>(`{ postFigures(asOf: "2020-12-31") { held filled occupancyRateBp heldCheck { actual met status } } }`);
    expect(f.held).toBeGreaterThanOrEqual(470);
    expect(f.heldCheck.status).toBe("MET");
    expect(f.occupancyRateBp).toBeGreaterThanOrEqual(8000);
    expect(f.filled).toBe(
      report.placements - (await h.app.orm.em.fork().count(PostPlacement, { endOn: { $ne: null } })),
    );
  });

  test("R-EMP-1: December 2020's allowances are due — the people in posts have work logs", async () => {
    const { allowanceStatement: s } = await h.ok<{
      allowanceStatement: { placements: number; logged: number; totalDueFen: number };
    }>(`{ allowanceStatement(month: "2020-12") { placements logged totalDueFen } }`);
    expect(s.placements).toBeGreaterThan(400);
    expect(s.logged).toBe(s.placements);
    expect(s.totalDueFen).toBeGreaterThan(0);
  });

  test("R-EMP-2: each plan year started at least 5 projects (MET) and 10 are held at the end of 2020", async () => {
    for (const year of [2018, 2019, 2020]) {
      const { projectFigures: f } = await h.ok<{ projectFigures: { startedInYear: Check; held: Check } }>(
        `query ($year: Int!) { projectFigures(year: $year) { startedInYear { actual met status } held { actual met status } } }`,
        { year },
      );
      expect(f.startedInYear.status, `${year}`).toBe("MET");
      if (year === 2020) expect(f.held.status).toBe("MET");
    }
  });

  test("R-EMP-3: most open cases have their three offers, dated in 2018–2020 and not before the registration", async () => {
    const em = h.app.orm.em.fork();
    const cases = await em.count(AssistanceCase, { status: CaseStatus.OPEN });
    const { offerGaps } = await h.ok<{ offerGaps: { totalCount: number } }>(
      `{ offerGaps(first: 1) { totalCount } }`,
    );
    expect(offerGaps.totalCount).toBeGreaterThan(0); // the gap list has work
    expect(offerGaps.totalCount).toBeLessThan(cases * 0.2);
    expect(await em.count(JobOffer, {})).toBe(report.offers);
    expect(
      await em.count(JobOffer, {
        $or: [{ offeredOn: { $lt: "2018-01-01" } }, { offeredOn: { $gt: "2020-12-31" } }],
      }),
    ).toBe(0);
  });

  test("R-EMP-4: a fair in (almost) every quarter of 2018–2020 in each concentrated township, none elsewhere", async () => {
    const em = h.app.orm.em.fork();
    expect(await em.count(JobFair, { townshipCode: { $nin: CONCENTRATED } })).toBe(0);
    expect(report.fairs).toBeGreaterThanOrEqual(Math.floor(CONCENTRATED.length * 12 * 0.85));
    const { fairGaps } = await h.ok<{ fairGaps: unknown[] }>(
      `{ fairGaps(quarter: { year: 2020, quarter: 4 }) { townshipCode } }`,
    );
    expect(fairGaps.length).toBeLessThanOrEqual(2);
  });

  test("R-EMP-3 培训实效 (flow 3): each trained person gets an offer after the completion, about 65 % are placed through recordPlacement, a few after six months; a second run adds nothing", async () => {
    const em = h.app.orm.em.fork();
    const people = await em.find(PersonFacts, {}, { orderBy: { personId: "ASC" }, limit: 200 });
    const readyOn = new Map<string, string>();
    await em.transactional(async (tx) => {
      for (const [i, p] of people.entries()) {
        const completedOn = i % 2 === 0 ? "2019-06-30" : "2020-06-30";
        const on = (p.registeredOn ?? "2014-01-01") > completedOn ? p.registeredOn! : completedOn;
        readyOn.set(p.personId, on);
        await markJobReady(tx, { personId: p.personId, completedOn: on });
      }
    });
    const offersBefore = await em.count(JobOffer, {});
    const r = await loadTrainedPlacements(h.app.orm, silent);
    expect(r.offers).toBe(people.length);
    expect(await em.count(JobOffer, {})).toBe(offersBefore + r.offers);
    expect(r.placements / r.offers).toBeGreaterThan(0.55);
    expect(r.placements / r.offers).toBeLessThan(0.75);
    const placements = await h.app.orm.em.fork().find(Placement, {});
    expect(placements).toHaveLength(r.placements);
    expect(await em.count(OutboxEvent, { type: PersonPlaced.type })).toBe(r.placements);
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    const after = placements.map((p) => day(p.since) - day(readyOn.get(p.personId)!));
    expect(Math.min(...after)).toBeGreaterThanOrEqual(0);
    const late = after.filter((d) => d > 183).length;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(r.placements * 0.2);
    expect(await loadTrainedPlacements(h.app.orm, silent)).toEqual({ offers: 0, placements: 0 });
  });

  test("a second run on the loaded database records nothing more", async () => {
    const again = await loadDemoActivity(h.app.orm, silent);
    expect(again).toEqual({ fairs: 0, placements: 0, workLogs: 0, offers: 0 });
  });
});
