import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import { PolicyVersion, systemContext, systemIdentity, Unit, type Logger } from "@pa/service-kit";
import { PolicyKind } from "../policy/policy.enums";
import { policies } from "../policy/policy.kinds";
import {
  MedicalParametersSchema,
  PensionParametersSchema,
  type MedicalParameters,
} from "../policy/policy.parameters";

/**
 * Plausible (fictional) parameters of a prefecture-level city, in fen and basis points:
 * 2018 as the plan starts, a 2020 adjustment (higher caps and benefits), and 2021, when the
 * 2018–2020 plan has ended: the same settlement and benefits, no premium subsidy (`null`).
 */
export function demoMedicalParameters(year: DemoPolicyYear): MedicalParameters {
  const up = year >= 2020;
  return MedicalParametersSchema.parse({
    settlement: {
      payers: {
        BASIC_MEDICAL: {
          base: "POLICY_SCOPE",
          baseShareBp: 10000,
          poorOnly: false,
          deductibleFen: 50_000, // 500 元
          bandBase: "ABOVE_DEDUCTIBLE",
          bands: [{ fromFen: 0, toFen: null, rateBp: 6000 }],
          bandsByHospitalLevel: {
            PRIMARY: [{ fromFen: 0, toFen: null, rateBp: 8500 }],
            SECONDARY: [{ fromFen: 0, toFen: null, rateBp: 7500 }],
            TERTIARY: [{ fromFen: 0, toFen: null, rateBp: up ? 6500 : 6000 }],
          },
          annualCapFen: up ? 20_000_000 : 15_000_000, // 20 / 15 万元
        },
        CRITICAL_ILLNESS: {
          base: "POLICY_SCOPE_REMAINDER",
          baseShareBp: 10000,
          poorOnly: false,
          deductibleFen: up ? 1_200_000 : 1_500_000, // 1.2 / 1.5 万元
          bandBase: "ABOVE_DEDUCTIBLE",
          bands: [
            { fromFen: 0, toFen: 5_000_000, rateBp: 6000 },
            { fromFen: 5_000_000, toFen: 10_000_000, rateBp: 7000 },
            { fromFen: 10_000_000, toFen: null, rateBp: 8000 },
          ],
          annualCapFen: 40_000_000, // 40 万元
        },
        SPECIAL_DRUGS: {
          base: "SPECIAL_DRUGS",
          baseShareBp: 10000,
          poorOnly: false,
          deductibleFen: 0, // 大额保障不设起付线
          bandBase: "ABOVE_DEDUCTIBLE",
          bands: [{ fromFen: 0, toFen: null, rateBp: 7000 }],
          annualCapFen: 50_000_000,
        },
        MEDICAL_AID: {
          base: "OUT_OF_POCKET",
          baseShareBp: 10000,
          poorOnly: true,
          deductibleFen: 0,
          bandBase: "ABOVE_DEDUCTIBLE",
          bands: [{ fromFen: 0, toFen: null, rateBp: 7000 }],
          annualCapFen: up ? 5_000_000 : 3_000_000,
        },
        POVERTY_SPECIAL: {
          base: "OUT_OF_POCKET",
          baseShareBp: 10000,
          poorOnly: true,
          deductibleFen: 0,
          bandBase: "ABOVE_DEDUCTIBLE",
          bands: [{ fromFen: 0, toFen: null, rateBp: 5000 }],
          annualCapFen: 2_000_000,
        },
      },
      poorPersonAdjustment: {
        criticalIllnessDeductibleShareBp: 5000,
        criticalIllnessRateRaiseBp: 500,
        specialDrugsDeductibleWaived: true,
      },
    },
    burden: { outOfPocketAboveFen: 500_000, outOfPocketShareAboveBp: 2000 }, // 5000 元 or 20%
    premiumSubsidy: planEnded(year)
      ? null
      : { standardFen: up ? 25_000 : 22_000, dueMonthDay: "03-31", dueDaysAfterRegistration: 30 },
  });
}

export function demoPensionParameters(year: DemoPolicyYear) {
  const up = year >= 2020;
  return PensionParametersSchema.parse({
    backPaymentFen: up ? 150_000 : 120_000,
    monthlyBenefitFen: up ? 17_800 : 15_500,
    benefitStartsMonthsAfter60: 1,
    premiumSubsidy: planEnded(year)
      ? null
      : { standardFen: 10_000, dueMonthDay: "06-30", dueDaysAfterRegistration: 30 },
  });
}

/** The years the demo adopts a version of each kind from (1 January). */
export const DEMO_POLICY_YEARS = [2018, 2020, 2021] as const;
export type DemoPolicyYear = (typeof DEMO_POLICY_YEARS)[number];
/** The demo plan (2018–2020) subsidises premiums; its versions from 2021 do not. */
const planEnded = (year: DemoPolicyYear) => year > 2020;
const NAMES: Record<DemoPolicyYear, { medical: string; pension: string }> = {
  2018: { medical: "2018年度医疗保障扶贫政策", pension: "2018年度城乡居民养老保险扶贫政策" },
  2020: { medical: "2020年度医疗保障扶贫政策", pension: "2020年度城乡居民养老保险扶贫政策" },
  2021: {
    medical: "2021年度医疗保障政策（扶贫计划期满，不再代缴个人缴费）",
    pension: "2021年度城乡居民养老保险政策（扶贫计划期满，不再代缴个人缴费）",
  },
};

/**
 * Adopted demo versions (2018-01-01, 2020-01-01 and 2021-01-01 of each kind) on first run, saved and adopted
 * through the policy operations by the centre owning each kind, so they are checked and audited
 * like a clerk's.
 */
export async function loadDemoIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  if ((await orm.em.fork().count(PolicyVersion, {})) > 0) return false;
  const owners = {
    [PolicyKind.MEDICAL]: systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.MedicalCentre }),
    [PolicyKind.PENSION]: systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.PensionCentre }),
  };
  const adopt = async (kind: PolicyKind, name: string, validFrom: string, parameters: object) => {
    const ctx = withOutbox(systemContext(orm, owners[kind], logger));
    const draft = await policies.save(ctx, { kind, name, validFrom, parameters: { ...parameters } });
    await policies.adopt(ctx, { id: draft.id, version: draft.version });
  };
  for (const year of DEMO_POLICY_YEARS) {
    const validFrom = `${year}-01-01`;
    await adopt(PolicyKind.MEDICAL, NAMES[year].medical, validFrom, demoMedicalParameters(year));
    await adopt(PolicyKind.PENSION, NAMES[year].pension, validFrom, demoPensionParameters(year));
  }
  logger.info(`demo policy versions loaded (${DEMO_POLICY_YEARS.map((y) => `${y}-01-01`).join(", ")})`);
  return true;
}
