import { registerEnumType } from "type-graphql";
import { HOSPITAL_LEVELS, PAYERS, type HospitalLevel, type Payer } from "./settlement.engine";

/** A GraphQL enum object from the engine's string unions (the engine stays free of type-graphql). */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** 支付方 The payers of a one-stop settlement, in settlement order (R-SS-6). */
export const PayerEnum = enumObject<Payer>(PAYERS);
registerEnumType(PayerEnum, {
  name: "Payer",
  description: "支付方 Payer of a one-stop settlement, in settlement order",
  valuesConfig: {
    BASIC_MEDICAL: { description: "基本医疗保险 Basic medical insurance" },
    CRITICAL_ILLNESS: { description: "大病保险 Critical-illness insurance" },
    SPECIAL_DRUGS: {
      description: "全民补充医疗保险（特药特材） Supplementary insurance, special drugs and materials",
    },
    MEDICAL_AID: { description: "医疗救助 Medical aid" },
    POVERTY_SPECIAL: { description: "扶贫特惠保险 Poverty special insurance" },
  },
});

export const HospitalLevelEnum = enumObject<HospitalLevel>(HOSPITAL_LEVELS);
registerEnumType(HospitalLevelEnum, {
  name: "HospitalLevel",
  description: "医院等级 Hospital level",
  valuesConfig: {
    PRIMARY: { description: "一级医院 Primary" },
    SECONDARY: { description: "二级医院 Secondary" },
    TERTIARY: { description: "三级医院 Tertiary" },
  },
});
