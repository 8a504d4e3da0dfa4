import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  callers,
  errorCode,
  startServiceHarness,
  T1,
  T2,
  testDialects,
  type ServiceHarness,
} from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { PovertyStatus } from "@pa/events";
import { applyPersonFacts } from "../person/person-facts.projection";
import {
  ADOPT_POLICY,
  medicalParams,
  pensionParams,
  SAVE_POLICY,
  seedPerson,
  seedPolicy,
} from "../social-security.fixtures";

const SETTLE = /* GraphQL */ `
  mutation Settle($input: SettleClaimInput!) {
    settleClaim(input: $input) {
      id
      personId
      poorPerson
      policyVersionId
      totalCostFen
      paidByPayersFen
      outOfPocketFen
      lines {
        payer
        eligible
        paidFen
        deductibleFen
        capped
      }
      trace {
        payer
        rule
        zh
        en
        amountFen
      }
      burdenReport {
        id
        outOfPocketFen
        outOfPocketShareBp
        thresholdFen
        reason
      }
    }
  }
`;
const COUNT = /* GraphQL */ `
  query Count {
    settlements(first: 1) {
      totalCount
    }
    burdenReports(first: 1) {
      totalCount
    }
  }
`;
const COMPARE = /* GraphQL */ `
  query Compare($draft: ID!, $ids: [ID!], $filter: SettlementsFilter) {
    compareSettlements(draftPolicyVersionId: $draft, settlementIds: $ids, filter: $filter) {
      settlementCount
      payers {
        payer
        baselineFen
        draftFen
        differenceFen
      }
      totalPaid {
        baselineFen
        draftFen
        differenceFen
      }
      outOfPocket {
        baselineFen
        draftFen
        differenceFen
      }
      largestChanges {
        settlementId
        differenceFen
      }
    }
  }
`;

interface SettleResult {
  settleClaim: {
    id: string;
    poorPerson: boolean;
    policyVersionId: string;
    outOfPocketFen: number;
    paidByPayersFen: number;
    lines: { payer: string; paidFen: number; eligible: boolean; capped: boolean }[];
    trace: { payer: string | null; rule: string; zh: string; en: string; amountFen: number }[];
    burdenReport: {
      outOfPocketFen: number;
      outOfPocketShareBp: number;
      thresholdFen: number | null;
      reason: string;
    } | null;
  };
}

const paidBy = (r: SettleResult) => Object.fromEntries(r.settleClaim.lines.map((l) => [l.payer, l.paidFen]));

describe.each(testDialects())("social-security settlement on %s", (dialect) => {
  let h: ServiceHarness;
  let v2018: string;
  let v2020: string;
  const medical = callers.medicalCentre.clerk();
  const claimInput = (personId: string, over: Record<string, unknown> = {}) => ({
    personId,
    claimDate: "2019-05-10",
    hospitalLevel: "TERTIARY",
    totalCostFen: 1_000_000,
    policyScopeCostFen: 800_000,
    specialDrugsCostFen: 0,
    ...over,
  });
  const settleOk = (input: Record<string, unknown>) => h.ok<SettleResult>(SETTLE, { input });
  const counts = async () =>
    h.ok<{ settlements: { totalCount: number }; burdenReports: { totalCount: number } }>(COUNT, {});

  beforeAll(async () => {
    h = await startServiceHarness(createSocialSecurityApp, {
      dialect,
      label: "ss-settlement",
      user: medical,
    });
    v2018 = await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    // 2020: basic medical pays 7500 bp instead of 7000 bp.
    v2020 = await seedPolicy(
      h,
      "MEDICAL",
      "2020-01-01",
      medicalParams({ BASIC_MEDICAL: { bands: [{ fromFen: 0, toFen: null, rateBp: 7500 }] } }),
    );
    await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
  });
  afterAll(async () => h?.close());

  describe("R-SS-4 R-SS-6 one-stop settlement through the graph", () => {
    test("a poor person: deductible halved, +500 bp in every critical-illness band, every payer's share and the version stored", async () => {
      const p = await seedPerson(h);
      const r = await settleOk(claimInput(p.personId));
      // As in the engine spec: 基本 (800000−100000)×7000 = 490000; 大病 deductible 200000×5000bp = 100000,
      // (100000−0)×5500 = 55000 + (210000−100000)×6500 = 71500 → 126500; 救助 (1000000−616500)×5000 = 191750;
      // 特惠 (1000000−808250)×5000 = 95875; out of pocket 1000000 − 904125 = 95875.
      expect(paidBy(r)).toEqual({
        BASIC_MEDICAL: 490_000,
        CRITICAL_ILLNESS: 126_500,
        SPECIAL_DRUGS: 0,
        MEDICAL_AID: 191_750,
        POVERTY_SPECIAL: 95_875,
      });
      expect(r.settleClaim).toMatchObject({
        poorPerson: true,
        policyVersionId: v2018,
        outOfPocketFen: 95_875,
      });
      expect(r.settleClaim.trace.map((t) => t.zh)).toContain(
        "大病保险 第2段：(¥2,100.00−¥1,000.00)×(6000+500)bp=6500bp = ¥715.00",
      );
      // 95875 ≤ 500000 and 958 bp ≤ 2000 bp: not a heavy burden.
      expect(r.settleClaim.burdenReport).toBeNull();
      // Stored: the same settlement reads back with its trace.
      const back = await h.ok<{ settlement: { outOfPocketFen: number; trace: unknown[] } }>(
        `query S($id: ID!) { settlement(id: $id) { outOfPocketFen trace { rule } } }`,
        { id: r.settleClaim.id },
      );
      expect(back.settlement.outOfPocketFen).toBe(95_875);
      expect(back.settlement.trace.length).toBe(r.settleClaim.trace.length);
    });

    test("R-PRIN-1 a person who exited poverty keeps the poor-person adjustments", async () => {
      const p = await seedPerson(h);
      await applyPersonFacts(h.app.orm.em.fork(), {
        ...p,
        version: 2,
        povertyStatus: PovertyStatus.enum.EXITED,
        exitedOn: "2018-06-01",
      });
      const r = await settleOk(claimInput(p.personId));
      expect(r.settleClaim.poorPerson).toBe(true);
      expect(paidBy(r).CRITICAL_ILLNESS).toBe(126_500);
      expect(r.settleClaim.outOfPocketFen).toBe(95_875);
    });

    test("a claim dated before the person's registration is settled as for a non-poor person", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-06-01" });
      const r = await settleOk(claimInput(p.personId));
      // 大病 (100000−0)×5000 + (110000−100000)×6000 = 56000; no aid, no poverty special; 1000000 − 546000.
      expect(paidBy(r)).toMatchObject({ CRITICAL_ILLNESS: 56_000, MEDICAL_AID: 0, POVERTY_SPECIAL: 0 });
      expect(r.settleClaim.outOfPocketFen).toBe(454_000);
      expect(r.settleClaim.poorPerson).toBe(false);
    });

    test("issue 9 item 13: a claim dated before the registration names the rule that made it non-poor, in Chinese and English", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-06-01" });
      const r = await settleOk(claimInput(p.personId));
      const line = r.settleClaim.trace.find((t) => t.rule === "POOR_STATUS");
      expect(line).toMatchObject({
        zh: expect.stringContaining("2019-06-01 建档立卡，晚于结算日期 2019-05-10"),
        en: expect.stringContaining("registered as poor on 2019-06-01, after the claim's date 2019-05-10"),
      });
      expect(line!.zh).toContain("R-SS-4");
    });

    test("issue 9 item 13: a poor person's trace names the registration, and an exit that ended nothing", async () => {
      const p = await seedPerson(h);
      await applyPersonFacts(h.app.orm.em.fork(), {
        ...p,
        version: 2,
        povertyStatus: PovertyStatus.enum.EXITED,
        exitedOn: "2018-06-01",
      });
      const r = await settleOk(claimInput(p.personId));
      const line = r.settleClaim.trace.find((t) => t.rule === "POOR_STATUS")!;
      expect(line.zh).toContain(`${p.registeredOn} 建档立卡，不晚于结算日期 2019-05-10`);
      expect(line.zh).toContain("2018-06-01 脱贫，脱贫不脱政策（R-PRIN-1）");
      expect(line.en).toContain("exited on 2018-06-01, which ends no entitlement (R-PRIN-1)");
    });

    test("two claims in one year share the deductibles: the second uses what is left", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-12-01" }); // not yet poor in 2019
      const a = await settleOk(
        claimInput(p.personId, { claimDate: "2019-03-01", totalCostFen: 50_000, policyScopeCostFen: 50_000 }),
      );
      expect(a.settleClaim.paidByPayersFen).toBe(0); // all inside both deductibles
      const b = await settleOk(
        claimInput(p.personId, {
          claimDate: "2019-06-01",
          totalCostFen: 1_000_000,
          policyScopeCostFen: 1_000_000,
        }),
      );
      // 基本: deductible left 100000−50000 = 50000; (950000−0)×7000 = 665000.
      // 大病: base 1000000−665000 = 335000; deductible left 200000−50000 = 150000; above 185000:
      //   (100000−0)×5000 = 50000; (185000−100000)×6000 = 51000 → 101000. Out of pocket 1000000 − 766000 = 234000.
      expect(paidBy(b)).toMatchObject({ BASIC_MEDICAL: 665_000, CRITICAL_ILLNESS: 101_000 });
      expect(b.settleClaim.outOfPocketFen).toBe(234_000);
    });
  });

  describe("R-SS-5 heavy out-of-pocket burden is reported", () => {
    test("a poor person still paying more than 5000 元 gets a burden report with the threshold used", async () => {
      const p = await seedPerson(h);
      const r = await settleOk(
        claimInput(p.personId, { totalCostFen: 3_000_000, policyScopeCostFen: 1_000_000 }),
      );
      // 基本 (1000000−100000)×7000 = 630000; 大病 base 370000, deductible 100000, above 270000:
      //   (100000−0)×5500 = 55000 + (270000−100000)×6500 = 110500 → 165500;
      // 救助 (3000000−795500)×5000 = 1102250 (cap 2000000 not reached);
      // 特惠 (3000000−1897750)×5000 = 551125 (cap 1000000 not reached);
      // out of pocket 3000000 − 2448875 = 551125 > 500000 → reported; share floor(551125×10000/3000000) = 1837 bp.
      expect(paidBy(r)).toMatchObject({
        BASIC_MEDICAL: 630_000,
        CRITICAL_ILLNESS: 165_500,
        MEDICAL_AID: 1_102_250,
        POVERTY_SPECIAL: 551_125,
      });
      expect(r.settleClaim.outOfPocketFen).toBe(551_125);
      expect(r.settleClaim.burdenReport).toMatchObject({
        outOfPocketFen: 551_125,
        outOfPocketShareBp: 1837,
        thresholdFen: 500_000,
      });
      expect(r.settleClaim.burdenReport?.reason).toContain("¥5,511.25");
    });
  });

  describe("bad input gets BAD_USER_INPUT on the field and stores nothing", () => {
    test.each([
      ["a negative cost", { totalCostFen: -1 }, "input.totalCostFen"],
      [
        "policy scope above the total",
        { totalCostFen: 100, policyScopeCostFen: 101 },
        "input.policyScopeCostFen",
      ],
      [
        "special drugs above the total",
        { totalCostFen: 100, policyScopeCostFen: 0, specialDrugsCostFen: 101 },
        "input.specialDrugsCostFen",
      ],
      ["a date with no policy version in force", { claimDate: "2017-06-01" }, "input.claimDate"],
      ["a claim dated in the future", { claimDate: "2999-01-01" }, "input.claimDate"],
    ])("%s", async (_name, over, field) => {
      const p = await seedPerson(h);
      const before = await counts();
      const r = await h.gql(SETTLE, { input: claimInput(p.personId, over) });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
      expect(await counts()).toEqual(before);
    });

    test("an unknown person", async () => {
      const before = await counts();
      const r = await h.gql(SETTLE, { input: claimInput("01HZZZZZZZZZZZZZZZZZZZZZZZ") });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.personId");
      expect(r.errors?.[0]?.message).toMatch(/不在登记名册中/);
      expect(await counts()).toEqual(before);
    });

    test("a failed claim leaves the year's accumulators untouched", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-12-01" });
      await h.gql(SETTLE, {
        input: claimInput(p.personId, {
          claimDate: "2019-02-01",
          totalCostFen: 100,
          policyScopeCostFen: 200,
        }),
      });
      // A first real claim still meets the whole deductible: (200000−100000)×7000 = 70000.
      const r = await settleOk(
        claimInput(p.personId, {
          claimDate: "2019-03-01",
          totalCostFen: 200_000,
          policyScopeCostFen: 200_000,
        }),
      );
      expect(paidBy(r).BASIC_MEDICAL).toBe(70_000);
    });
  });

  describe("only the medical-insurance centre settles", () => {
    test.each([
      ["the pension centre", callers.pensionCentre.clerk],
      ["a medical-centre viewer", callers.medicalCentre.viewer],
      ["the bureau", callers.bureau.viewer],
      ["a medical clerk of another township", () => callers.medicalCentre.clerkIn(T2)],
    ])("%s gets FORBIDDEN and nothing is written", async (_name, user) => {
      const p = await seedPerson(h, { townshipCode: T1 });
      const before = await counts();
      const r = await h.gql(SETTLE, { input: claimInput(p.personId) }, { as: user() });
      expect(errorCode(r)).toBe("FORBIDDEN");
      expect(await counts()).toEqual(before);
    });
  });

  describe("R-PRIN-2 policy versions", () => {
    test("a policy change takes effect on its validFrom date", async () => {
      const p = await seedPerson(h, { registeredOn: "2021-01-01" });
      const c = { totalCostFen: 200_000, policyScopeCostFen: 200_000 };
      const before = await settleOk(claimInput(p.personId, { ...c, claimDate: "2019-12-31" }));
      const on = await settleOk(claimInput(p.personId, { ...c, claimDate: "2020-01-01" }));
      // (200000−100000)×7000 = 70000 under 2018's version; ×7500 = 75000 from 2020-01-01.
      expect(paidBy(before).BASIC_MEDICAL).toBe(70_000);
      expect(before.settleClaim.policyVersionId).toBe(v2018);
      expect(paidBy(on).BASIC_MEDICAL).toBe(75_000);
      expect(on.settleClaim.policyVersionId).toBe(v2020);
    });

    test("parameters are checked on save: a rate above 10000 bp is BAD_USER_INPUT naming the parameter", async () => {
      const bad = medicalParams();
      bad.settlement.payers.CRITICAL_ILLNESS.bands[0]!.rateBp = 12_000;
      const r = await h.gql(SAVE_POLICY, {
        input: { kind: "MEDICAL", name: "坏", validFrom: "2021-01-01", parameters: bad },
      });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe(
        "input.parameters.settlement.payers.CRITICAL_ILLNESS.bands[0].rateBp",
      );
    });

    test("non-contiguous bands are refused", async () => {
      const bad = medicalParams({
        CRITICAL_ILLNESS: {
          bands: [
            { fromFen: 0, toFen: 100, rateBp: 5000 },
            { fromFen: 200, toFen: null, rateBp: 6000 },
          ],
        },
      });
      const r = await h.gql(SAVE_POLICY, {
        input: { kind: "MEDICAL", name: "坏", validFrom: "2021-01-01", parameters: bad },
      });
      expect(r.errors?.[0]?.extensions?.field).toBe(
        "input.parameters.settlement.payers.CRITICAL_ILLNESS.bands[1].fromFen",
      );
    });

    test("an adopted version is immutable (CONFLICT), and only its centre writes it (FORBIDDEN)", async () => {
      const edit = await h.gql(SAVE_POLICY, {
        input: {
          id: v2018,
          version: 2,
          kind: "MEDICAL",
          name: "改",
          validFrom: "2018-01-01",
          parameters: medicalParams(),
        },
      });
      expect(errorCode(edit)).toBe("CONFLICT");
      const byPension = await h.gql(
        SAVE_POLICY,
        { input: { kind: "MEDICAL", name: "越权", validFrom: "2022-01-01", parameters: medicalParams() } },
        { as: callers.pensionCentre.clerk() },
      );
      expect(errorCode(byPension)).toBe("FORBIDDEN");
    });

    test("two adopted versions of a kind never share a validFrom", async () => {
      const id = await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams(), { draft: true });
      const r = await h.gql(ADOPT_POLICY, { input: { id, version: 1 } });
      expect(errorCode(r)).toBe("CONFLICT");
    });
  });

  describe("what-if: past settlements replayed under a draft", () => {
    test("per payer and total differences, replayed in date order with fresh year accumulators", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-12-01" });
      const a = await settleOk(
        claimInput(p.personId, { claimDate: "2019-03-01", totalCostFen: 50_000, policyScopeCostFen: 50_000 }),
      );
      const b = await settleOk(
        claimInput(p.personId, {
          claimDate: "2019-06-01",
          totalCostFen: 1_000_000,
          policyScopeCostFen: 1_000_000,
        }),
      );
      const draft = await seedPolicy(
        h,
        "MEDICAL",
        "2021-01-01",
        medicalParams({ BASIC_MEDICAL: { bands: [{ fromFen: 0, toFen: null, rateBp: 8000 }] } }),
        { draft: true },
      );
      const r = await h.ok<{
        compareSettlements: {
          settlementCount: number;
          payers: { payer: string; baselineFen: number; draftFen: number; differenceFen: number }[];
          totalPaid: { baselineFen: number; draftFen: number; differenceFen: number };
          outOfPocket: { baselineFen: number; draftFen: number; differenceFen: number };
          largestChanges: { settlementId: string; differenceFen: number }[];
        };
      }>(COMPARE, { draft, ids: [b.settleClaim.id, a.settleClaim.id] });
      const c = r.compareSettlements;
      // Baseline (as stored): A pays nothing; B basic 665000, CI 101000, out of pocket 234000.
      // Draft: A nothing; B basic (950000−0)×8000 = 760000; CI base 240000, deductible left 150000,
      //   (90000−0)×5000 = 45000; out of pocket 1000000 − 805000 = 195000.
      expect(c.settlementCount).toBe(2);
      expect(c.payers.find((x) => x.payer === "BASIC_MEDICAL")).toEqual({
        payer: "BASIC_MEDICAL",
        baselineFen: 665_000,
        draftFen: 760_000,
        differenceFen: 95_000,
      });
      expect(c.payers.find((x) => x.payer === "CRITICAL_ILLNESS")).toMatchObject({
        baselineFen: 101_000,
        draftFen: 45_000,
        differenceFen: -56_000,
      });
      expect(c.totalPaid).toEqual({ baselineFen: 766_000, draftFen: 805_000, differenceFen: 39_000 });
      expect(c.outOfPocket).toEqual({ baselineFen: 284_000, draftFen: 245_000, differenceFen: -39_000 });
      expect(c.largestChanges).toEqual([{ settlementId: b.settleClaim.id, differenceFen: -39_000 }]);
    });

    test("an unknown draft is BAD_USER_INPUT", async () => {
      const r = await h.gql(COMPARE, { draft: "nope", ids: [] });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
    });
  });

  describe("Person.socialSecurity (一人一档), resolved in batches", () => {
    const Q = /* GraphQL */ `
      query R($reps: [_Any!]!) {
        _entities(representations: $reps) {
          ... on Person {
            id
            socialSecurity {
              personId
              poorPersonAdjustments
              enrolments {
                scheme
                status
              }
              premiumSubsidies {
                year
                scheme
                standardFen
                state(asOf: "2019-02-01")
              }
              settlements {
                outOfPocketFen
              }
              burdenReports {
                id
              }
              pensionLedgerEntry {
                id
              }
            }
          }
        }
      }
    `;
    type Row = {
      id: string;
      socialSecurity: null | {
        enrolments: { scheme: string }[];
        premiumSubsidies: { standardFen: number }[];
        settlements: unknown[];
      };
    };

    test("each person gets enrolments, subsidies and settlements; unknown or out-of-scope people get null", async () => {
      const a = await seedPerson(h, { townshipCode: T1 });
      const b = await seedPerson(h, { townshipCode: T2 });
      await settleOk(claimInput(a.personId));
      const reps = [a, b].map((p) => ({ __typename: "Person", id: p.personId }));
      reps.push({ __typename: "Person", id: "unknown-person" });
      const all = await h.ok<{ _entities: Row[] }>(Q, { reps }, { as: callers.bureau.viewer() });
      const [ra, rb, ru] = all._entities;
      expect(ra!.socialSecurity!.enrolments.map((e) => e.scheme).sort()).toEqual([
        "RESIDENT_MEDICAL",
        "RESIDENT_PENSION",
      ]);
      expect(ra!.socialSecurity!.premiumSubsidies.map((s) => s.standardFen).sort()).toEqual([
        10_000,
        10_000,
        22_000,
        22_000, // 2018 and 2019 (registered in 2016, known since 2019)
      ]);
      expect(ra!.socialSecurity!.settlements).toHaveLength(1);
      expect(rb!.socialSecurity!.settlements).toHaveLength(0);
      expect(ru!.socialSecurity).toBeNull();
      const scoped = await h.ok<{ _entities: Row[] }>(
        Q,
        { reps: reps.slice(0, 2) },
        { as: callers.medicalCentre.clerkIn(T2) },
      );
      expect(scoped._entities.map((e) => e.socialSecurity === null)).toEqual([true, false]);
    });
  });
});
