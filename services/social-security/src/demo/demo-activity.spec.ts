import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createLogger, DEMO_TOWNSHIP_CODES, newId, SeededRandom } from "@pa/service-kit";
import { callers, startServiceHarness, type ServiceHarness } from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { applyPersonFacts } from "../person/person-facts.projection";
import { loadDemoActivity, type DemoActivityReport } from "./demo-activity";

const silent = createLogger("social-security", "silent");
const PEOPLE = 240;

// Issue 9 item 17: the demo is a programme in its third year. The registry's people are fed into
// the projection as its events would (which makes their obligations and the pension ledger), then
// the demo's activity runs through the centres' operations; the figures are asked of the subgraph.
describe("social-security demo activity: a programme in its third year (issue 9 item 17, sqlite)", () => {
  let h: ServiceHarness;
  let report: DemoActivityReport;
  const count = async (query: string, variables?: Record<string, unknown>) =>
    Object.values(await h.ok<Record<string, { totalCount: number }>>(query, variables))[0]!.totalCount;
  const subsidies = (state: string) =>
    count(
      `query ($year: Int!, $state: SubsidyState!) { premiumSubsidies(first: 1, filter: { year: $year, state: $state }) { totalCount } }`,
      { year: 2020, state },
    );
  beforeAll(async () => {
    h = await startServiceHarness((deps) => createSocialSecurityApp({ ...deps, demoActivity: false }), {
      dialect: "sqlite",
      label: "ss-demo-activity",
      loadDemo: true,
      user: callers.povertyOffice.manager(),
    });
    const rng = new SeededRandom(11);
    const em = h.app.orm.em.fork();
    await em.transactional(async (tx) => {
      for (let i = 0; i < PEOPLE; i++)
        await applyPersonFacts(tx, {
          personId: newId(),
          version: 1,
          townshipCode: DEMO_TOWNSHIP_CODES[i % DEMO_TOWNSHIP_CODES.length]!,
          birthDate: rng.date("1940-01-01", "2005-12-31"),
          povertyStatus: "REGISTERED",
          registeredOn: rng.date("2014-01-01", "2020-06-30"),
        });
    });
    report = await loadDemoActivity(h.app.orm, silent);
  }, 900_000);
  afterAll(() => h?.close());

  test("R-SS-2: most people are enrolled in both schemes", async () => {
    const enrolled = await count(`{ enrolments(first: 1, filter: { status: ENROLLED }) { totalCount } }`);
    expect(enrolled).toBe(report.enrolled);
    expect(enrolled).toBeGreaterThanOrEqual(PEOPLE * 2 * 0.9);
  });

  test("R-SS-1: a plan year's subsidies are mostly paid on time and in full, a few late, a few unpaid", async () => {
    const all = await count(`{ premiumSubsidies(first: 1, filter: { year: 2020 }) { totalCount } }`);
    expect(all).toBe(PEOPLE * 2);
    expect(await subsidies("ON_TIME_IN_FULL")).toBeGreaterThanOrEqual(all * 0.85);
    expect(await subsidies("LATE")).toBeGreaterThan(0);
    expect(await subsidies("UNPAID")).toBeGreaterThan(0);
    expect(await subsidies("UNPAID")).toBeLessThan(all * 0.1);
  });

  test("R-SS-3: many of those newly reaching 60 have their ledger steps done; those already 60 are DRAWING", async () => {
    const ledger = (statuses: string[]) =>
      count(
        `query ($s: [PensionStatus!]) { pensionLedger(first: 1, filter: { statuses: $s }) { totalCount } }`,
        {
          s: statuses,
        },
      );
    const newly = await ledger(["PENDING", "BACK_PAID", "CLAIMED", "PAYING"]);
    expect(newly).toBeGreaterThan(0);
    expect(await ledger(["DRAWING"])).toBeGreaterThan(0);
    expect(await ledger(["BACK_PAID", "CLAIMED", "PAYING"])).toBeGreaterThanOrEqual(newly * 0.6);
    expect(await ledger(["PAYING"])).toBeGreaterThan(0);
  });

  test("R-SS-4/5: settled claims in 2018–2020, a few heavy enough for a burden notice", async () => {
    const settled = await count(
      `{ settlements(first: 1, filter: { from: "2018-01-01", to: "2020-12-31" }) { totalCount } }`,
    );
    expect(settled).toBe(report.claims);
    expect(settled).toBeGreaterThan(0);
    const burden = await count(`{ burdenReports(first: 1) { totalCount } }`);
    expect(burden).toBeGreaterThan(0);
    expect(burden).toBeLessThan(settled * 0.3);
  });

  test("a second run on the loaded database records nothing more", async () => {
    expect(await loadDemoActivity(h.app.orm, silent)).toEqual({
      enrolled: 0,
      subsidiesPaid: 0,
      pensionSteps: 0,
      claims: 0,
    });
  });
});
