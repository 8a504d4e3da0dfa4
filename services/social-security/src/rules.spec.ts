import { describe, expect, test } from "vitest";
import { demoMedicalParameters, demoPensionParameters } from "./demo/demo-loader";
import { subsidyState, onTimeAndInFull } from "./enrolment/subsidy.rules";
import { dailyRunDue } from "./pension/pension.scheduler";
import { benefitStartsOn, isPensionAge, turns60On } from "./pension/pension.rules";
import { isPoorOn } from "./person/person.rules";
import { InputCheck } from "@pa/service-kit";
import { policies } from "./policy/policy.kinds";
import { PolicyKind } from "./policy/policy.enums";
import { burdenDecision } from "./settlement/burden.rules";
import { claim, testPolicy } from "./settlement/settlement.fixtures";
import { replay } from "./settlement/what-if";

describe("R-SS-3 pension age", () => {
  test("60 on the birthday itself; 29 February turns 60 on 1 March in a common year", () => {
    expect(turns60On("1960-03-15")).toBe("2020-03-15");
    expect(turns60On("2040-02-29")).toBe("2100-03-01"); // 2100 is not a leap year
    expect(isPensionAge("1960-03-15", "2020-03-15")).toBe(true);
    expect(isPensionAge("1960-03-16", "2020-03-15")).toBe(false);
  });

  test("benefits start the month after turning 60, or after the run for people found later", () => {
    expect(benefitStartsOn("2020-12-05", "2020-12-05")).toBe("2021-01-01");
    expect(benefitStartsOn("2010-07-01", "2020-03-20")).toBe("2020-04-01");
  });

  test("the daily run is due once a day from the configured hour, Asia/Shanghai", () => {
    // 2020-03-15 01:30 in Shanghai is 2020-03-14 17:30 UTC.
    expect(dailyRunDue(new Date("2020-03-14T17:30:00Z"), 2, null)).toBeNull();
    expect(dailyRunDue(new Date("2020-03-14T18:30:00Z"), 2, null)).toBe("2020-03-15");
    expect(dailyRunDue(new Date("2020-03-14T23:00:00Z"), 2, "2020-03-15")).toBeNull();
  });
});

describe("R-SS-1 subsidy state", () => {
  const s = { standardFen: 22_000, dueOn: "2019-03-31" };
  test("on time and in full means paid = standard and paid on or before the due date", () => {
    expect(onTimeAndInFull({ ...s, paidFen: 22_000, paidOn: "2019-03-31" })).toBe(true);
    expect(onTimeAndInFull({ ...s, paidFen: 22_000, paidOn: "2019-04-01" })).toBe(false);
    expect(onTimeAndInFull({ ...s, paidFen: 21_999, paidOn: "2019-03-01" })).toBe(false);
    expect(subsidyState({ ...s, paidFen: 0, paidOn: null }, "2019-03-31")).toBe("NOT_YET_DUE");
    expect(subsidyState({ ...s, paidFen: 0, paidOn: null }, "2019-04-01")).toBe("UNPAID");
    expect(subsidyState({ ...s, paidFen: 100, paidOn: "2019-03-01" }, "2019-04-01")).toBe("SHORT");
    expect(subsidyState({ ...s, paidFen: 22_000, paidOn: "2019-04-02" }, "2019-04-05")).toBe("LATE");
  });
});

describe("R-PRIN-1 poor-person status for a claim", () => {
  test("registered on or before the claim's date, whatever happened after", () => {
    expect(isPoorOn({ registeredOn: "2019-05-10" }, "2019-05-10")).toBe(true);
    expect(isPoorOn({ registeredOn: "2019-05-11" }, "2019-05-10")).toBe(false);
  });
});

describe("R-SS-5 burden thresholds", () => {
  const t = { outOfPocketAboveFen: 500_000, outOfPocketShareAboveBp: 2000 };
  test("strictly above the amount, or strictly above the share (compared exactly), for poor people only", () => {
    expect(
      burdenDecision({ poorPerson: true, totalCostFen: 10_000_000, outOfPocketFen: 500_000 }, t).report,
    ).toBe(false);
    expect(
      burdenDecision({ poorPerson: true, totalCostFen: 10_000_000, outOfPocketFen: 500_001 }, t).report,
    ).toBe(true);
    // 200000 / 1000000 = exactly 2000 bp: not above; 200001 is.
    expect(
      burdenDecision({ poorPerson: true, totalCostFen: 1_000_000, outOfPocketFen: 200_000 }, t).report,
    ).toBe(false);
    expect(
      burdenDecision({ poorPerson: true, totalCostFen: 1_000_000, outOfPocketFen: 200_001 }, t).report,
    ).toBe(true);
    expect(
      burdenDecision({ poorPerson: false, totalCostFen: 1_000_000, outOfPocketFen: 900_000 }, t).report,
    ).toBe(false);
    expect(
      burdenDecision(
        { poorPerson: true, totalCostFen: 1_000_000, outOfPocketFen: 900_000 },
        { outOfPocketAboveFen: null, outOfPocketShareAboveBp: null },
      ).report,
    ).toBe(false);
  });
});

describe("what-if replay", () => {
  test("orders by person and date and starts each person's year with fresh accumulators", () => {
    const policy = testPolicy();
    // Given out of order, the 2019-03-01 claim (inside the deductible) is settled first, so the
    // June claim meets only the remaining 50000: (1000000−50000)×7000 = 665000.
    const r = replay(
      [
        {
          id: "b",
          poorPerson: false,
          claim: claim({ date: "2019-06-01", totalCostFen: 1_000_000, policyScopeCostFen: 1_000_000 }),
        },
        {
          id: "a",
          poorPerson: false,
          claim: claim({ date: "2019-03-01", totalCostFen: 50_000, policyScopeCostFen: 50_000 }),
        },
        {
          id: "c",
          poorPerson: false,
          claim: claim({
            personId: "P2",
            date: "2019-06-01",
            totalCostFen: 1_000_000,
            policyScopeCostFen: 1_000_000,
          }),
        },
      ],
      () => policy,
    );
    // P2 has no earlier claim: (1000000−100000)×7000 = 630000. Total basic 665000 + 630000.
    expect(r.byPayer.BASIC_MEDICAL).toBe(1_295_000);
  });
});

describe("R-PRIN-2 policy parameters are validated data", () => {
  test("the demo versions pass the schemas; a missing payer is named", () => {
    const good = new InputCheck("");
    expect(policies.parse(PolicyKind.MEDICAL, demoMedicalParameters(2018), good)).toBeDefined();
    expect(policies.parse(PolicyKind.PENSION, demoPensionParameters(2020), good)).toBeDefined();
    expect(good.ok).toBe(true);
    const bad = structuredClone(demoMedicalParameters(2018)) as {
      settlement: { payers: Record<string, unknown> };
    };
    delete bad.settlement.payers.MEDICAL_AID;
    const v = new InputCheck("");
    expect(policies.parse(PolicyKind.MEDICAL, bad, v)).toBeUndefined();
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.field)).toContain("parameters.settlement.payers.MEDICAL_AID");
  });
});
