import { describe, expect, test } from "vitest";
import {
  applyRateBp,
  claimProblems,
  emptyAccumulators,
  MAX_AMOUNT_FEN,
  PAYERS,
  settle,
  SettlementError,
  type Payer,
  type SettlementResult,
} from "./settlement.engine";
import { NoPolicyInForceError, policyInForce } from "@pa/service-kit";
import { claim, testPolicy } from "./settlement.fixtures";

/** The payers' shares as a record, for compact expectations. */
function paid(r: SettlementResult): Record<Payer, number> {
  return Object.fromEntries(r.lines.map((l) => [l.payer, l.paidFen])) as Record<Payer, number>;
}

function settle2019(over: Parameters<typeof claim>[0], poorPerson: boolean, policy = testPolicy()) {
  return settle({ claim: claim(over), poorPerson, accumulators: emptyAccumulators(2019), policy });
}

describe("rounding rule: each product rounds half up to the fen, in integers", () => {
  test("applyRateBp(a, bp) = floor((a×bp + 5000) / 10000)", () => {
    expect(applyRateBp(1, 5000)).toBe(1); // 0.5 → 1 (half up)
    expect(applyRateBp(1, 4999)).toBe(0); // 0.4999 → 0
    expect(applyRateBp(3, 7000)).toBe(2); // 2.1 → 2
    expect(applyRateBp(5, 7000)).toBe(4); // 3.5 → 4
    expect(applyRateBp(15, 6500)).toBe(10); // 9.75 → 10
    expect(applyRateBp(0, 7000)).toBe(0);
    expect(applyRateBp(MAX_AMOUNT_FEN, 10000)).toBe(MAX_AMOUNT_FEN); // still exact at the bound
    expect(applyRateBp(MAX_AMOUNT_FEN - 1, 9999)).toBe(99_990_000_000 - 1); // (1e11−1)×0.9999 = 99989999999.0001
  });

  test("a claim's basic share rounds in fen: 5 fen above the deductible at 7000 bp is 4 fen", () => {
    // total = scope = 100005; basic: deductible 100000, (5−0)×7000bp = 3.5 → 4.
    const r = settle2019({ totalCostFen: 100_005, policyScopeCostFen: 100_005 }, false);
    expect(paid(r).BASIC_MEDICAL).toBe(4);
    expect(r.trace.some((t) => t.rule === "BAND" && t.en.includes("(¥0.05−¥0.00)×7000bp = ¥0.04"))).toBe(
      true,
    );
    // critical illness: base 100005−4 = 100001, all inside its 200000 deductible → 0.
    expect(paid(r).CRITICAL_ILLNESS).toBe(0);
    expect(r.outOfPocketFen).toBe(100_001);
  });

  test("each band rounds on its own before the bands are summed", () => {
    // Basic bands [0,3) 5000bp and [3,∞) 5000bp on 6 fen above the deductible:
    // (3−0)×5000 = 1.5 → 2 and (6−3)×5000 = 1.5 → 2, so 4 — where 6×5000 in one product would be 3.
    const policy = testPolicy({
      BASIC_MEDICAL: {
        bands: [
          { fromFen: 0, toFen: 3, rateBp: 5000 },
          { fromFen: 3, toFen: null, rateBp: 5000 },
        ],
      },
    });
    const r = settle2019({ totalCostFen: 100_006, policyScopeCostFen: 100_006 }, false, policy);
    expect(paid(r).BASIC_MEDICAL).toBe(4);
  });
});

describe("R-SS-4 the same claim for a non-poor and a poor person", () => {
  // Claim: total 1,000,000; policy scope 800,000; no special drugs; tertiary hospital.
  test("non-poor: basic, then critical illness at the full deductible and the plain rates", () => {
    const r = settle2019({}, false);
    // 基本医疗: base 800000; deductible 100000; (700000−0)×7000bp = 490000.
    // 大病保险: base 800000−490000 = 310000; deductible 200000; above it 110000:
    //   band 1 (100000−0)×5000bp = 50000; band 2 (110000−100000)×6000bp = 6000 → 56000.
    // 特药特材: no special drugs → 0. 医疗救助, 扶贫特惠保险: poor people only → 0.
    // out of pocket: 1000000 − (490000 + 56000) = 454000.
    expect(paid(r)).toEqual({
      BASIC_MEDICAL: 490_000,
      CRITICAL_ILLNESS: 56_000,
      SPECIAL_DRUGS: 0,
      MEDICAL_AID: 0,
      POVERTY_SPECIAL: 0,
    });
    expect(r.outOfPocketFen).toBe(454_000);
    expect(r.lines.find((l) => l.payer === "MEDICAL_AID")?.eligible).toBe(false);
  });

  test("poor: critical-illness deductible halved and +500 bp in every band; aid and poverty special follow", () => {
    const r = settle2019({}, true);
    // 基本医疗: unchanged, 490000.
    // 大病保险: base 310000; deductible 200000×5000bp = 100000; above it 210000:
    //   band 1 (100000−0)×(5000+500)bp = 55000; band 2 (210000−100000)×(6000+500)bp = 71500 → 126500.
    // 医疗救助: base 1000000−(490000+126500) = 383500; ×5000bp = 191750.
    // 扶贫特惠保险: base 1000000−(616500+191750) = 191750; ×5000bp = 95875.
    // out of pocket: 1000000 − 904125 = 95875.
    expect(paid(r)).toEqual({
      BASIC_MEDICAL: 490_000,
      CRITICAL_ILLNESS: 126_500,
      SPECIAL_DRUGS: 0,
      MEDICAL_AID: 191_750,
      POVERTY_SPECIAL: 95_875,
    });
    expect(r.outOfPocketFen).toBe(95_875);
    const ci = r.trace.filter((t) => t.payer === "CRITICAL_ILLNESS").map((t) => t.en);
    expect(ci).toContain("critical-illness insurance poor-person deductible: ¥2,000.00×5000bp = ¥1,000.00");
    expect(ci).toContain(
      "critical-illness insurance band 1: (¥1,000.00−¥0.00)×(5000+500)bp=5500bp = ¥550.00",
    );
    expect(ci).toContain(
      "critical-illness insurance band 2: (¥2,100.00−¥1,000.00)×(6000+500)bp=6500bp = ¥715.00",
    );
    const zh = r.trace.filter((t) => t.payer === "CRITICAL_ILLNESS").map((t) => t.zh);
    expect(zh).toContain("大病保险 第2段：(¥2,100.00−¥1,000.00)×(6000+500)bp=6500bp = ¥715.00");
  });

  test("the raised rate never exceeds 10000 bp", () => {
    const policy = testPolicy({
      CRITICAL_ILLNESS: { bands: [{ fromFen: 0, toFen: null, rateBp: 9800 }] },
    });
    const r = settle2019({}, true, policy);
    // base 310000, deductible 100000, above 210000 × min(10000, 9800+500) = 10000bp → 210000.
    expect(paid(r).CRITICAL_ILLNESS).toBe(210_000);
  });
});

describe("R-SS-4 a claim crossing bands, and where band edges are measured (bandBase)", () => {
  // Non-poor; total = scope = 2,000,000. Basic: (2000000−100000)×7000bp = 1330000; CI base 670000.
  test("ABOVE_DEDUCTIBLE: edges on the amount above the deductible", () => {
    const r = settle2019({ totalCostFen: 2_000_000, policyScopeCostFen: 2_000_000 }, false);
    // CI deductible 200000, above 470000:
    //   band 1 (100000−0)×5000 = 50000; band 2 (300000−100000)×6000 = 120000; band 3 (470000−300000)×7000 = 119000.
    expect(paid(r).BASIC_MEDICAL).toBe(1_330_000);
    expect(paid(r).CRITICAL_ILLNESS).toBe(289_000);
    expect(
      r.trace.filter((t) => t.rule === "BAND" && t.payer === "CRITICAL_ILLNESS").map((t) => t.amountFen),
    ).toEqual([50_000, 120_000, 119_000]);
    expect(r.outOfPocketFen).toBe(2_000_000 - 1_330_000 - 289_000); // 381000
  });

  test("CUMULATIVE_BURDEN: edges on the cumulative burden including the deductible", () => {
    const policy = testPolicy({ CRITICAL_ILLNESS: { bandBase: "CUMULATIVE_BURDEN" } });
    const r = settle2019({ totalCostFen: 2_000_000, policyScopeCostFen: 2_000_000 }, false, policy);
    // The payable part runs from 200000 (the deductible) to 670000 on the burden axis:
    //   band 1 [0,100000): inside the deductible → nothing;
    //   band 2 (300000−200000)×6000 = 60000; band 3 (670000−300000)×7000 = 259000 → 319000.
    expect(paid(r).CRITICAL_ILLNESS).toBe(319_000);
    expect(
      r.trace.some(
        (t) => t.en === "critical-illness insurance band 2: (¥3,000.00−¥2,000.00)×6000bp = ¥600.00",
      ),
    ).toBe(true);
  });

  test("hospital-level bands replace the general ones for basic medical", () => {
    const r = settle2019({ hospitalLevel: "PRIMARY" }, false);
    // (800000−100000)×9000bp = 630000.
    expect(paid(r).BASIC_MEDICAL).toBe(630_000);
  });
});

describe("R-SS-4 two claims in one year share the deductible and the cap", () => {
  const policy = testPolicy({ BASIC_MEDICAL: { annualCapFen: 600_000 } });

  test("the second claim uses what is left of the deductibles, the cap and the bands", () => {
    // Claim A, 2019-03-01: total = scope = 50000, all inside both deductibles.
    const a = settle({
      claim: claim({ date: "2019-03-01", totalCostFen: 50_000, policyScopeCostFen: 50_000 }),
      poorPerson: false,
      accumulators: emptyAccumulators(2019),
      policy,
    });
    expect(a.paidByPayersFen).toBe(0);
    expect(a.accumulators.payers.BASIC_MEDICAL.deductibleUsedFen).toBe(50_000);
    expect(a.accumulators.payers.CRITICAL_ILLNESS.deductibleUsedFen).toBe(50_000);

    // Claim B, 2019-06-01: total = scope = 1,000,000.
    // Basic: deductible left 100000−50000 = 50000; above 950000 × 7000bp = 665000; cap 600000 → 600000.
    // CI: base 1000000−600000 = 400000; deductible left 200000−50000 = 150000; above 250000:
    //   band 1 (100000−0)×5000 = 50000; band 2 (250000−100000)×6000 = 90000 → 140000.
    // Out of pocket 1000000 − 740000 = 260000.
    const b = settle({
      claim: claim({ date: "2019-06-01", totalCostFen: 1_000_000, policyScopeCostFen: 1_000_000 }),
      poorPerson: false,
      accumulators: a.accumulators,
      policy,
    });
    expect(paid(b).BASIC_MEDICAL).toBe(600_000);
    expect(b.lines[0]!.capped).toBe(true);
    expect(paid(b).CRITICAL_ILLNESS).toBe(140_000);
    expect(b.outOfPocketFen).toBe(260_000);
    expect(b.trace.some((t) => t.rule === "CAP" && t.en.includes("¥6,650.00 → ¥6,000.00"))).toBe(true);

    // Claim C, 2019-09-01: total = scope = 100000.
    // Basic: cap exhausted (600000 − 600000 = 0) → 0.
    // CI: base 100000; no deductible left; bands continue at 250000:
    //   band 2 (300000−250000)×6000 = 30000; band 3 (350000−300000)×7000 = 35000 → 65000.
    const c = settle({
      claim: claim({ date: "2019-09-01", totalCostFen: 100_000, policyScopeCostFen: 100_000 }),
      poorPerson: false,
      accumulators: b.accumulators,
      policy,
    });
    expect(paid(c).BASIC_MEDICAL).toBe(0);
    expect(paid(c).CRITICAL_ILLNESS).toBe(65_000);
    expect(c.outOfPocketFen).toBe(35_000);
    expect(c.accumulators.payers.BASIC_MEDICAL.paidFen).toBe(600_000);
    expect(c.accumulators.payers.CRITICAL_ILLNESS).toEqual({
      deductibleUsedFen: 200_000,
      aboveDeductibleFen: 350_000,
      paidFen: 205_000,
    });
  });

  test("accumulators of another year are refused: the year starts afresh on 1 January", () => {
    const a = settle2019({}, false);
    expect(() =>
      settle({
        claim: claim({ date: "2020-01-02" }),
        poorPerson: false,
        accumulators: a.accumulators,
        policy: testPolicy(),
      }),
    ).toThrow(SettlementError);
  });
});

describe("R-SS-4 special drugs and materials (特药特材) without deductible", () => {
  // Total 300000, all special drugs, nothing in the policy scope.
  test("the first fen of special drugs is paid at the rate", () => {
    const r = settle2019(
      { totalCostFen: 300_000, policyScopeCostFen: 0, specialDrugsCostFen: 300_000 },
      false,
    );
    // 特药特材: base 300000, deductible 0, ×8000bp = 240000; basic and CI have no base.
    expect(paid(r)).toMatchObject({ BASIC_MEDICAL: 0, CRITICAL_ILLNESS: 0, SPECIAL_DRUGS: 240_000 });
    expect(r.outOfPocketFen).toBe(60_000);
  });

  test("a poor person: special drugs, then medical aid and poverty special insurance on the rest", () => {
    const r = settle2019(
      { totalCostFen: 300_000, policyScopeCostFen: 0, specialDrugsCostFen: 300_000 },
      true,
    );
    // 特药特材 240000; 医疗救助 (300000−240000)×5000 = 30000; 扶贫特惠 (60000−30000)×5000 = 15000.
    expect(paid(r)).toMatchObject({ SPECIAL_DRUGS: 240_000, MEDICAL_AID: 30_000, POVERTY_SPECIAL: 15_000 });
    expect(r.outOfPocketFen).toBe(15_000);
  });

  test("a version that sets a special-drugs deductible still waives it for poor people", () => {
    const policy = testPolicy({ SPECIAL_DRUGS: { deductibleFen: 100_000 } });
    const c = { totalCostFen: 300_000, policyScopeCostFen: 0, specialDrugsCostFen: 300_000 };
    // non-poor: (300000−100000)×8000 = 160000; poor: deductible waived, 300000×8000 = 240000.
    expect(paid(settle2019(c, false, policy)).SPECIAL_DRUGS).toBe(160_000);
    const poor = settle2019(c, true, policy);
    expect(paid(poor).SPECIAL_DRUGS).toBe(240_000);
    expect(poor.trace.some((t) => t.rule === "POOR_DEDUCTIBLE" && t.payer === "SPECIAL_DRUGS")).toBe(true);
  });
});

describe("R-PRIN-2 a policy change takes effect on its validFrom date", () => {
  const v2018 = testPolicy({}, "v2018", "2018-01-01");
  const v2020 = testPolicy(
    { BASIC_MEDICAL: { bands: [{ fromFen: 0, toFen: null, rateBp: 7500 }], bandsByHospitalLevel: {} } },
    "v2020",
    "2020-01-01",
  );
  const versions = [v2020, v2018];

  test("policyInForce picks the latest version on or before the date", () => {
    expect(policyInForce(versions, "2019-12-31").id).toBe("v2018");
    expect(policyInForce(versions, "2020-01-01").id).toBe("v2020");
    expect(policyInForce(versions, "2024-06-30").id).toBe("v2020");
  });

  test("a date before every version is a clear error", () => {
    expect(() => policyInForce(versions, "2017-12-31")).toThrow(NoPolicyInForceError);
    expect(() => policyInForce(versions, "2017-12-31")).toThrow(
      /no adopted policy version is in force on 2017-12-31/,
    );
    expect(() => policyInForce([], "2019-01-01")).toThrow(NoPolicyInForceError);
  });

  test("the same claim the day before and on validFrom: 7000 bp, then 7500 bp", () => {
    const c = { totalCostFen: 200_000, policyScopeCostFen: 200_000 };
    const before = settle({
      claim: claim({ ...c, date: "2019-12-31" }),
      poorPerson: false,
      accumulators: emptyAccumulators(2019),
      policy: policyInForce(versions, "2019-12-31"),
    });
    const on = settle({
      claim: claim({ ...c, date: "2020-01-01" }),
      poorPerson: false,
      accumulators: emptyAccumulators(2020),
      policy: policyInForce(versions, "2020-01-01"),
    });
    // (200000−100000)×7000 = 70000; (200000−100000)×7500 = 75000.
    expect(paid(before).BASIC_MEDICAL).toBe(70_000);
    expect(paid(on).BASIC_MEDICAL).toBe(75_000);
    expect(before.policyVersionId).toBe("v2018");
    expect(on.policyVersionId).toBe("v2020");
  });
});

describe("R-SS-6 one-stop settlement: every payer in order, amounts add up", () => {
  test("lines come in the fixed payer order and the trace ends with the out-of-pocket line", () => {
    const r = settle2019({}, true);
    expect(r.lines.map((l) => l.payer)).toEqual([...PAYERS]);
    expect(r.trace.at(-1)).toMatchObject({
      rule: "OUT_OF_POCKET",
      zh: "个人自付：¥10,000.00−¥9,041.25 = ¥958.75",
    });
  });

  test("for many claims: integers only, payers + out of pocket = total, nothing negative", () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let acc = emptyAccumulators(2019);
    for (let i = 0; i < 2000; i++) {
      const total = rnd(5_000_000);
      const scope = rnd(total + 1);
      const drugs = rnd(total - scope + 1);
      const r = settle({
        claim: claim({ totalCostFen: total, policyScopeCostFen: scope, specialDrugsCostFen: drugs }),
        poorPerson: i % 2 === 0,
        accumulators: acc,
        policy: testPolicy(),
      });
      acc = r.accumulators;
      const sum = r.lines.reduce((s, l) => s + l.paidFen, 0);
      expect(sum + r.outOfPocketFen).toBe(total);
      for (const l of r.lines) {
        expect(Number.isInteger(l.paidFen) && l.paidFen >= 0).toBe(true);
      }
      expect(r.outOfPocketFen).toBeGreaterThanOrEqual(0);
    }
    // Caps hold over the year: basic never paid more than 10,000,000.
    expect(acc.payers.BASIC_MEDICAL.paidFen).toBeLessThanOrEqual(10_000_000);
  });
});

describe("claim checks", () => {
  test("negative costs, policy scope or special drugs above the total are named by field", () => {
    expect(claimProblems(claim({ totalCostFen: -1 })).map((p) => p.field)).toEqual(["totalCostFen"]);
    expect(claimProblems(claim({ totalCostFen: 100, policyScopeCostFen: 101 })).map((p) => p.field)).toEqual([
      "policyScopeCostFen",
    ]);
    expect(
      claimProblems(claim({ totalCostFen: 100, policyScopeCostFen: 0, specialDrugsCostFen: 101 })).map(
        (p) => p.field,
      ),
    ).toEqual(["specialDrugsCostFen"]);
    expect(
      claimProblems(claim({ totalCostFen: 100, policyScopeCostFen: 60, specialDrugsCostFen: 50 })).map(
        (p) => p.field,
      ),
    ).toEqual(["specialDrugsCostFen"]);
    expect(claimProblems(claim({ totalCostFen: 1.5 })).map((p) => p.field)).toEqual(["totalCostFen"]);
    expect(() => settle2019({ totalCostFen: -5 }, false)).toThrow(SettlementError);
  });
});
