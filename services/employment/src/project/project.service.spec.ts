import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { callers, demoTownshipCode, errorCode, T1, testDialects } from "@pa/testing";
import { startEmployment, type EmploymentHarness } from "../employment.fixtures";
import { EmploymentProject } from "./project.entity";

const START = `mutation S($input: StartEmploymentProjectInput!) { startEmploymentProject(input: $input) { id version startedOn poorEmployed } }`;
const END = `mutation E($input: EndEmploymentProjectInput!) { endEmploymentProject(input: $input) { id endedOn } }`;
const FIGURES = /* GraphQL */ `
  query F($year: Int, $asOf: LocalDate, $townshipCodes: [String!]) {
    projectFigures(year: $year, asOf: $asOf, townshipCodes: $townshipCodes) {
      year
      asOf
      startedInYear {
        actual
        met
        target {
          value
        }
      }
      held {
        actual
        met
        target {
          value
        }
      }
    }
  }
`;

interface Check {
  actual: number;
  met: boolean;
  target: { value: number } | null;
}

describe.each(testDialects())("R-EMP-2 poverty employment projects on %s", (dialect) => {
  let h: EmploymentHarness;
  const T = demoTownshipCode(30);
  const start = (startedOn: string, over: Record<string, unknown> = {}) =>
    h.gql<{ startEmploymentProject: { id: string; version: number } }>(START, {
      input: {
        name: "扶贫车间",
        sponsorKind: "ENTERPRISE",
        sponsorName: "恒达服饰有限公司",
        townshipCode: T,
        startedOn,
        jobs: 20,
        ...over,
      },
    });
  const figures = async (year: number, asOf: string) =>
    (
      await h.ok<{ projectFigures: { startedInYear: Check; held: Check } }>(FIGURES, {
        year,
        asOf,
        townshipCodes: [T],
      })
    ).projectFigures;

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-projects");
    await h.township(T);
    await h.township(T1);
  });
  afterAll(async () => h?.close());

  test("five started in 2019 (the last on 31 December) meet the yearly goal; 2020's count starts on 1 January", async () => {
    for (const d of ["2019-02-01", "2019-05-10", "2019-08-08", "2019-10-01", "2019-12-31"])
      expect(errorCode(await start(d))).toBeUndefined();
    for (const d of ["2020-01-01", "2020-03-03", "2020-06-06", "2020-09-09"])
      expect(errorCode(await start(d))).toBeUndefined();
    const y2019 = await figures(2019, "2019-12-31");
    expect(y2019.startedInYear).toEqual({ actual: 5, met: true, target: { value: 5 } });
    expect(y2019.held).toMatchObject({ actual: 5, met: false, target: { value: 10 } });
    // As of 1 January 2020 one of 2020's projects had started; by the year's end, four.
    const y2020 = await figures(2020, "2020-01-01");
    expect(y2020.startedInYear).toMatchObject({ actual: 1, met: false });
    expect(y2020.held.actual).toBe(6);
    expect((await figures(2020, "2020-09-30")).startedInYear).toMatchObject({ actual: 4, met: false });
    expect((await figures(2018, "2018-12-31")).startedInYear.actual).toBe(0);
  });

  test("ten held meet the goal; a project ended on the date is no longer held on it", async () => {
    const last = (
      await start("2020-10-10", { sponsorKind: "VILLAGE_COLLECTIVE", sponsorName: "东山村股份经济合作社" })
    ).data!.startEmploymentProject;
    expect((await figures(2020, "2020-12-31")).held).toMatchObject({ actual: 10, met: true });
    expect((await figures(2020, "2020-12-31")).startedInYear).toMatchObject({ actual: 5, met: true });
    await h.ok(END, { input: { projectId: last.id, version: last.version, endedOn: "2020-12-31" } });
    expect((await figures(2020, "2020-12-30")).held).toMatchObject({ actual: 10, met: true });
    expect((await figures(2020, "2020-12-31")).held).toMatchObject({ actual: 9, met: false });
    // Started that year still counts for the year's goal: ending a project does not un-start it.
    expect((await figures(2020, "2020-12-31")).startedInYear.actual).toBe(5);
  });

  test("R-EMP-2 a year's figure defaults to the end of that year, and each check says MET, NOT_DUE or MISSED", async () => {
    const U = demoTownshipCode(31);
    await h.township(U);
    const started = async (startedOn: string) =>
      (await start(startedOn, { townshipCode: U })).data!.startEmploymentProject;
    // Five in 2019, one of them ended in mid-2020; none in 2018.
    const ended = await started("2019-03-01");
    for (const d of ["2019-04-01", "2019-05-01", "2019-06-01", "2019-07-01"]) await started(d);
    await h.ok(END, { input: { projectId: ended.id, version: ended.version, endedOn: "2020-06-01" } });
    const Q = /* GraphQL */ `
      query F($year: Int, $asOf: LocalDate, $townshipCodes: [String!]) {
        projectFigures(year: $year, asOf: $asOf, townshipCodes: $townshipCodes) {
          year
          asOf
          startedInYear {
            actual
            met
            status
            dueOn
          }
          held {
            actual
            met
            status
            dueOn
          }
        }
      }
    `;
    type F = {
      projectFigures: {
        year: number;
        asOf: string;
        startedInYear: { actual: number; status: string; dueOn: string | null };
        held: { actual: number; status: string; dueOn: string | null };
      };
    };
    const y2019 = (await h.ok<F>(Q, { year: 2019, townshipCodes: [U] })).projectFigures;
    // Held on 31 December 2019: five (today only four are).
    expect(y2019).toMatchObject({ year: 2019, asOf: "2019-12-31" });
    expect(y2019.held).toMatchObject({ actual: 5, status: "NOT_DUE", dueOn: "2020-12-31" });
    expect(y2019.startedInYear).toMatchObject({ actual: 5, status: "MET", dueOn: "2019-12-31" });
    const y2018 = (await h.ok<F>(Q, { year: 2018, townshipCodes: [U] })).projectFigures;
    expect(y2018.asOf).toBe("2018-12-31");
    expect(y2018.startedInYear).toMatchObject({ actual: 0, status: "MISSED", dueOn: "2018-12-31" });
    // Mid-2019 the year's goal is not yet due.
    const mid = (await h.ok<F>(Q, { year: 2019, asOf: "2019-04-15", townshipCodes: [U] })).projectFigures;
    expect(mid.startedInYear).toMatchObject({ actual: 2, status: "NOT_DUE" });
    // The plan's deadline (policy data) has passed with four held: missed.
    const y2020 = (await h.ok<F>(Q, { year: 2020, townshipCodes: [U] })).projectFigures;
    expect(y2020.asOf).toBe("2020-12-31");
    expect(y2020.held).toMatchObject({ actual: 4, status: "MISSED" });
    // The current year runs until its end: not due, counted up to today.
    const now = (await h.ok<F>(Q, { townshipCodes: [U] })).projectFigures;
    expect(now.startedInYear.status).toBe("NOT_DUE");
  });

  test("poor people employed must be known from the registry; an unknown one is BAD_USER_INPUT on its index and nothing is written", async () => {
    const known = await h.person({ townshipCode: T });
    const before = await h.app.orm.em.fork().count(EmploymentProject, {});
    const r = await start("2020-02-02", { personIds: [known, newId()] });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.field).toBe("input.personIds[1]");
    expect(await h.app.orm.em.fork().count(EmploymentProject, {})).toBe(before);
    const ok = await h.ok<{ startEmploymentProject: { id: string; poorEmployed: number } }>(START, {
      input: {
        name: "食用菌基地",
        sponsorKind: "ENTREPRENEURSHIP_LEADER",
        sponsorName: "王某",
        townshipCode: T1,
        startedOn: "2020-02-02",
        jobs: 5,
        personIds: [known],
      },
    });
    expect(ok.startEmploymentProject.poorEmployed).toBe(1);
  });

  test("a future start, no jobs, or more people than jobs are refused; only hr-centre writes", async () => {
    const r = await start("2999-01-01", { jobs: 0 });
    const fields = (r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["input.startedOn", "input.jobs"]));
    const forbidden = await h.gql(
      START,
      {
        input: {
          name: "x",
          sponsorKind: "ENTERPRISE",
          sponsorName: "y",
          townshipCode: T,
          startedOn: "2020-01-01",
          jobs: 1,
        },
      },
      { as: callers.bureau.viewer() },
    );
    expect(errorCode(forbidden)).toBe("FORBIDDEN");
  });
});
