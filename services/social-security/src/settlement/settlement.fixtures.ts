import type { Claim, PayerParameters, SettlementParameters, SettlementPolicy } from "./settlement.engine";

/**
 * The policy of the engine specs, in round figures so the arithmetic can be done by hand:
 * - 基本医疗 on the policy-scope cost: deductible 100000, 7000 bp (9000 bp in PRIMARY hospitals), cap 10,000,000;
 * - 大病保险 on the policy-scope remainder: deductible 200000, bands measured above the deductible
 *   [0,100000) 5000 bp, [100000,300000) 6000 bp, [300000,∞) 7000 bp, cap 30,000,000;
 * - 特药特材 on the special drugs cost: no deductible, 8000 bp, cap 50,000,000;
 * - 医疗救助 (poor only) on the remaining out of pocket: 5000 bp, cap 2,000,000;
 * - 扶贫特惠保险 (poor only) on what then remains: 5000 bp, cap 1,000,000;
 * - poor people: critical-illness deductible ×5000 bp (halved), rates +500 bp, no special-drugs deductible.
 */
export function testParameters(
  over: Partial<Record<keyof SettlementParameters["payers"], Partial<PayerParameters>>> = {},
): SettlementParameters {
  const p: SettlementParameters = {
    payers: {
      BASIC_MEDICAL: {
        base: "POLICY_SCOPE",
        baseShareBp: 10000,
        poorOnly: false,
        deductibleFen: 100000,
        bandBase: "ABOVE_DEDUCTIBLE",
        bands: [{ fromFen: 0, toFen: null, rateBp: 7000 }],
        bandsByHospitalLevel: { PRIMARY: [{ fromFen: 0, toFen: null, rateBp: 9000 }] },
        annualCapFen: 10_000_000,
      },
      CRITICAL_ILLNESS: {
        base: "POLICY_SCOPE_REMAINDER",
        baseShareBp: 10000,
        poorOnly: false,
        deductibleFen: 200000,
        bandBase: "ABOVE_DEDUCTIBLE",
        bands: [
          { fromFen: 0, toFen: 100000, rateBp: 5000 },
          { fromFen: 100000, toFen: 300000, rateBp: 6000 },
          { fromFen: 300000, toFen: null, rateBp: 7000 },
        ],
        annualCapFen: 30_000_000,
      },
      SPECIAL_DRUGS: {
        base: "SPECIAL_DRUGS",
        baseShareBp: 10000,
        poorOnly: false,
        deductibleFen: 0,
        bandBase: "ABOVE_DEDUCTIBLE",
        bands: [{ fromFen: 0, toFen: null, rateBp: 8000 }],
        annualCapFen: 50_000_000,
      },
      MEDICAL_AID: {
        base: "OUT_OF_POCKET",
        baseShareBp: 10000,
        poorOnly: true,
        deductibleFen: 0,
        bandBase: "ABOVE_DEDUCTIBLE",
        bands: [{ fromFen: 0, toFen: null, rateBp: 5000 }],
        annualCapFen: 2_000_000,
      },
      POVERTY_SPECIAL: {
        base: "OUT_OF_POCKET",
        baseShareBp: 10000,
        poorOnly: true,
        deductibleFen: 0,
        bandBase: "ABOVE_DEDUCTIBLE",
        bands: [{ fromFen: 0, toFen: null, rateBp: 5000 }],
        annualCapFen: 1_000_000,
      },
    },
    poorPersonAdjustment: {
      criticalIllnessDeductibleShareBp: 5000,
      criticalIllnessRateRaiseBp: 500,
      specialDrugsDeductibleWaived: true,
    },
  };
  for (const [payer, o] of Object.entries(over)) Object.assign(p.payers[payer as keyof typeof p.payers], o);
  return p;
}

export function testPolicy(
  over: Parameters<typeof testParameters>[0] = {},
  id = "policy-2018",
  validFrom = "2018-01-01",
): SettlementPolicy {
  return { id, validFrom, parameters: testParameters(over) };
}

export function claim(over: Partial<Claim> = {}): Claim {
  return {
    personId: "P1",
    date: "2019-05-10",
    hospitalLevel: "TERTIARY",
    totalCostFen: 1_000_000,
    policyScopeCostFen: 800_000,
    specialDrugsCostFen: 0,
    ...over,
  };
}
