import { registerEnumType } from "type-graphql";

/** 劳动能力 Labour capacity. */
export enum LaborCapacity {
  FULL = "FULL",
  PARTIAL = "PARTIAL",
  NONE = "NONE",
}
registerEnumType(LaborCapacity, {
  name: "LaborCapacity",
  description: "劳动能力 Labour capacity",
  valuesConfig: {
    FULL: { description: "全部劳动能力 Full" },
    PARTIAL: { description: "部分劳动能力 Partial" },
    NONE: { description: "无劳动能力 None" },
  },
});

/** 贫困状态 Poverty status: 建档立卡 registered, or 脱贫 exited (R-PRIN-1: exit ends no entitlement). */
export enum PovertyStatus {
  REGISTERED = "REGISTERED",
  EXITED = "EXITED",
}
registerEnumType(PovertyStatus, {
  name: "PovertyStatus",
  description: "贫困状态 Poverty status",
  valuesConfig: {
    REGISTERED: { description: "建档立卡 Registered as poor" },
    EXITED: { description: "已脱贫 Exited poverty (keeps every benefit, R-PRIN-1)" },
  },
});

export enum Sex {
  MALE = "MALE",
  FEMALE = "FEMALE",
}
registerEnumType(Sex, { name: "Sex", description: "性别 Sex (derived from the ID-card number)" });

/** 文化程度 Education. */
export enum Education {
  NONE = "NONE",
  PRIMARY = "PRIMARY",
  JUNIOR_SECONDARY = "JUNIOR_SECONDARY",
  SENIOR_SECONDARY = "SENIOR_SECONDARY",
  VOCATIONAL = "VOCATIONAL",
  JUNIOR_COLLEGE = "JUNIOR_COLLEGE",
  BACHELOR = "BACHELOR",
  POSTGRADUATE = "POSTGRADUATE",
}
registerEnumType(Education, {
  name: "Education",
  description: "文化程度 Education",
  valuesConfig: {
    NONE: { description: "无 None" },
    PRIMARY: { description: "小学 Primary" },
    JUNIOR_SECONDARY: { description: "初中 Junior secondary" },
    SENIOR_SECONDARY: { description: "高中 Senior secondary" },
    VOCATIONAL: { description: "中专/技校 Vocational secondary" },
    JUNIOR_COLLEGE: { description: "大专 Junior college" },
    BACHELOR: { description: "本科 Bachelor" },
    POSTGRADUATE: { description: "研究生 Postgraduate" },
  },
});
