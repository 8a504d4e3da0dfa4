import { describe, expect, test } from "vitest";
import { demoMedicalParameters, demoPensionParameters } from "./demo/demo-loader";
import { dueOnOf, onTimeAndInFull, subsidyState, subsidyYears } from "./enrolment/subsidy.rules";
import { dailyRunDue } from "./pension/pension.scheduler";
import { benefitStartsOn, isPensionAge, pensionEntryFor, turns60On } from "./pension/pension.rules";
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

  test("issue 9 item 8: benefits start as the version's benefitStartsMonthsAfter60 says, counted from turning 60", () => {
    expect(benefitStartsOn("2020-12-05", 1)).toBe("2021-01-01");
    expect(benefitStartsOn("2020-03-15", 1)).toBe("2020-04-01");
    expect(benefitStartsOn("2020-03-15", 0)).toBe("2020-03-01");
    expect(benefitStartsOn("2020-11-30", 3)).toBe("2021-02-01");
  });

  describe("issue 9 item 8: who is drawing a pension already and who newly reaches 60 (pensionEntryFor)", () => {
    const v2018 = {
      id: "v2018",
      validFrom: "2018-01-01",
      parameters: { backPaymentFen: 120_000, monthlyBenefitFen: 15_500, benefitStartsMonthsAfter60: 1 },
    };
    const v2020 = {
      id: "v2020",
      validFrom: "2020-01-01",
      parameters: { backPaymentFen: 150_000, monthlyBenefitFen: 17_800, benefitStartsMonthsAfter60: 2 },
    };
    const person = (birthDate: string, registeredOn: string) => ({
      personId: "P",
      townshipCode: "T",
      birthDate,
      registeredOn,
    });

    test("someone who turned 60 decades before the plan began is DRAWING: no back-payment, nothing starting next year", () => {
      expect(pensionEntryFor(person("1940-05-01", "2016-03-01"), "2020-12-20", [v2018, v2020])).toMatchObject(
        {
          turned60On: "2000-05-01",
          foundOn: "2020-12-20",
          status: "DRAWING",
          backPaymentFen: 0,
          monthlyBenefitFen: 15_500, // the version in force when the programme took them in (2018-01-01)
          benefitStartsOn: "2018-01-01",
          policyVersionId: "v2018",
        },
      );
    });

    test("someone registered at 61 is DRAWING from the registration, at the benefit then in force", () => {
      expect(pensionEntryFor(person("1958-06-01", "2019-07-10"), "2019-07-10", [v2018, v2020])).toMatchObject(
        {
          status: "DRAWING",
          backPaymentFen: 0,
          monthlyBenefitFen: 15_500,
          benefitStartsOn: "2019-07-10",
        },
      );
    });

    test("someone reaching 60 within the programme owes the back-payment of the version in force on the birthday; the start follows that version, however late they are found", () => {
      expect(pensionEntryFor(person("1960-03-15", "2016-03-01"), "2020-03-15", [v2018, v2020])).toMatchObject(
        {
          status: "PENDING",
          backPaymentFen: 150_000,
          monthlyBenefitFen: 17_800,
          benefitStartsOn: "2020-05-01", // v2020: two months after the month of turning 60
          policyVersionId: "v2020",
        },
      );
      expect(pensionEntryFor(person("1959-03-15", "2016-03-01"), "2020-11-01", [v2018, v2020])).toMatchObject(
        {
          status: "PENDING",
          turned60On: "2019-03-15",
          foundOn: "2020-11-01",
          backPaymentFen: 120_000,
          benefitStartsOn: "2019-04-01",
          policyVersionId: "v2018",
        },
      );
    });

    test("under 60 on the day, or no pension version at all: no entry", () => {
      expect(pensionEntryFor(person("1960-03-16", "2016-03-01"), "2020-03-15", [v2018])).toBeNull();
      expect(pensionEntryFor(person("1940-05-01", "2016-03-01"), "2020-03-15", [])).toBeNull();
    });
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

describe("issue 9 item 9: R-SS-1 due dates follow the policy and the registration; the plan years are covered", () => {
  const standard = { dueMonthDay: "03-31", dueDaysAfterRegistration: 30 };
  test("the year's month-day, except in the registration year: no earlier than the policy's days after registering", () => {
    expect(dueOnOf(2019, standard, "2016-03-01")).toBe("2019-03-31");
    expect(dueOnOf(2019, standard, "2019-01-10")).toBe("2019-03-31");
    expect(dueOnOf(2019, standard, "2019-06-10")).toBe("2019-07-10");
    expect(dueOnOf(2019, { ...standard, dueDaysAfterRegistration: 0 }, "2019-06-10")).toBe("2019-06-10");
    expect(dueOnOf(2019, standard, "2019-12-20")).toBe("2020-01-19");
    expect(dueOnOf(2020, standard, "2019-12-20")).toBe("2020-03-31");
  });

  test("a subsidy paid in full on the day of registration is on time", () => {
    const s = { standardFen: 22_000, dueOn: dueOnOf(2019, standard, "2019-06-10") };
    expect(subsidyState({ ...s, paidFen: 22_000, paidOn: "2019-06-10" }, "2019-06-10")).toBe(
      "ON_TIME_IN_FULL",
    );
  });

  test("every year from the registration (not before the first policy year) up to the year asked", () => {
    expect(subsidyYears("2016-03-01", 2018, 2020)).toEqual([2018, 2019, 2020]);
    expect(subsidyYears("2019-06-10", 2018, 2020)).toEqual([2019, 2020]);
    expect(subsidyYears("2021-01-01", 2018, 2020)).toEqual([]);
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
