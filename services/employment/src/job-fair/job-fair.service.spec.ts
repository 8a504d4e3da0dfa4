import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { businessDate, quarterOf } from "@pa/service-kit";
import { readWorkbook } from "@pa/service-kit/ledger";
import { callers, demoTownshipCode, errorCode, testDialects, UNKNOWN_TOWNSHIP } from "@pa/testing";
import { startEmployment, type EmploymentHarness } from "../employment.fixtures";
import { JobFair } from "./job-fair.entity";

const RECORD = `mutation R($input: RecordJobFairInput!) { recordJobFair(input: $input) { id heldOn } }`;
const GAPS = `query G($quarter: QuarterInput!) { fairGaps(quarter: $quarter) { townshipCode name township { code } } }`;
const C1 = demoTownshipCode(41);
const C2 = demoTownshipCode(42);
const N1 = demoTownshipCode(43);

function fair(
  townshipCode: string,
  heldOn: string,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    townshipCode,
    heldOn,
    kind: "RECRUITMENT_CARAVAN",
    title: "招聘大篷车进东山",
    employers: 12,
    positionsOffered: 150,
    poorAttendees: 40,
    offersMade: 9,
    ...over,
  };
}

describe.each(testDialects())("R-EMP-4 job fairs on %s", (dialect) => {
  let h: EmploymentHarness;
  const gaps = async (year: number, quarter: number) =>
    (await h.ok<{ fairGaps: { townshipCode: string }[] }>(GAPS, { quarter: { year, quarter } })).fairGaps.map(
      (g) => g.townshipCode,
    );

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-fairs");
    await h.township(C1, true, "东山镇");
    await h.township(C2, true, "南溪镇");
    await h.township(N1, false, "西湖街道");
  });
  afterAll(async () => h?.close());

  test("a concentrated township without a fair this quarter is listed, and leaves the list once one is recorded", async () => {
    const today = businessDate();
    const { year, quarter } = quarterOf(today);
    expect(await gaps(year, quarter)).toEqual([C1, C2]);
    await h.ok(RECORD, { input: fair(C1, today) });
    expect(await gaps(year, quarter)).toEqual([C2]);
  });

  test("quarters are calendar quarters: a fair on 31 March counts for Q1, not Q2", async () => {
    await h.ok(RECORD, { input: fair(C2, "2020-03-31", { kind: "DELIVERY_TO_COUNTRYSIDE" }) });
    expect(await gaps(2020, 1)).toEqual([C1]);
    expect(await gaps(2020, 2)).toEqual([C1, C2]);
    await h.ok(RECORD, { input: fair(C2, "2020-04-01") });
    expect(await gaps(2020, 2)).toEqual([C1]);
  });

  test("R-EMP-4 a gap says MISSED once its quarter is over and NOT_DUE while it runs, due by the quarter's last day", async () => {
    const Q = `query G($quarter: QuarterInput!) { fairGaps(quarter: $quarter) { townshipCode dueOn status } }`;
    type G = { fairGaps: { townshipCode: string; dueOn: string; status: string }[] };
    const past = (await h.ok<G>(Q, { quarter: { year: 2020, quarter: 2 } })).fairGaps;
    expect(past).toEqual([{ townshipCode: C1, dueOn: "2020-06-30", status: "MISSED" }]);
    const { year, quarter } = quarterOf(businessDate());
    const now = (await h.ok<G>(Q, { quarter: { year, quarter } })).fairGaps;
    expect(now.map((g) => g.status)).toEqual(["NOT_DUE"]);
  });

  test("a township that becomes concentrated (a registry event) is due a fair from then on", async () => {
    await h.township(N1, true, "西湖街道");
    expect(await gaps(2020, 2)).toEqual([C1, N1]);
    await h.township(N1, false, "西湖街道");
  });

  test("Township.employment shows the quarter's fairs, batched for many townships", async () => {
    const r = await h.ok<{
      _entities: ({ code: string; employment: { fairsHeld: number; fairs: { heldOn: string }[] } } | null)[];
    }>(
      `query E($reps: [_Any!]!) { _entities(representations: $reps) { ... on Township { code employment(quarter: { year: 2020, quarter: 2 }) { fairsHeld fairs { heldOn } from to } } } }`,
      { reps: [C1, C2, N1].map((code) => ({ __typename: "Township", code })) },
    );
    expect(r._entities.map((e) => [e?.code, e?.employment.fairsHeld])).toEqual([
      [C1, 0],
      [C2, 1],
      [N1, 0],
    ]);
    expect(r._entities[1]?.employment.fairs).toEqual([{ heldOn: "2020-04-01" }]);
    // A township clerk sees only their own township's figures.
    const scoped = await h.ok<{ _entities: ({ employment: unknown } | null)[] }>(
      `query E($reps: [_Any!]!) { _entities(representations: $reps) { ... on Township { employment { fairsHeld } } } }`,
      { reps: [C1, C2].map((code) => ({ __typename: "Township", code })) },
      { as: callers.townshipCentre.clerkIn(C1) },
    );
    expect(scoped._entities.map((e) => e?.employment === null)).toEqual([false, true]);
  });

  test("bad input: a quarter 5, a future date, negative counts, an unknown township; FORBIDDEN for others, nothing written", async () => {
    expect(errorCode(await h.gql(GAPS, { quarter: { year: 2020, quarter: 5 } }))).toBe("BAD_USER_INPUT");
    const count = () => h.app.orm.em.fork().count(JobFair, {});
    const before = await count();
    const r = await h.gql(RECORD, { input: fair(UNKNOWN_TOWNSHIP, "2999-01-01", { employers: -1 }) });
    const fields = (r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["input.heldOn", "input.employers", "input.townshipCode"]));
    expect(
      errorCode(
        await h.gql(RECORD, { input: fair(C1, "2020-05-05") }, { as: callers.townshipCentre.clerkIn(C1) }),
      ),
    ).toBe("FORBIDDEN");
    expect(await count()).toBe(before);
  });

  test("the fair list exports to Excel with Chinese headers", async () => {
    const r = await h.ok<{ jobFairListExport: string }>(
      `query { jobFairListExport(filter: { heldFrom: "2020-01-01", heldTo: "2020-12-31" }) }`,
    );
    const wb = await readWorkbook(r.jobFairListExport);
    const sheet = wb.getWorksheet("扶贫专场招聘")!;
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining([
        "镇街代码",
        "举办日期",
        "形式",
        "参会企业数",
        "提供岗位数",
        "贫困人员参会人数",
        "达成意向数",
      ]),
    );
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining([new Date("2020-03-31T00:00:00.000Z"), "送岗下乡"]),
    );
  });
});
