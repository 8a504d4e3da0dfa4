/** 导入文件的列 The columns of a register import file, the typed row they fill, and the words clerks write. */
import { type Sex } from "../person/id-number.rules";

export const LABOR_CAPACITIES = ["FULL", "PARTIAL", "NONE"] as const;
export type LaborCapacity = (typeof LABOR_CAPACITIES)[number];

export const EDUCATION_LEVELS = [
  "NONE",
  "PRIMARY",
  "JUNIOR_SECONDARY",
  "SENIOR_SECONDARY",
  "VOCATIONAL",
  "JUNIOR_COLLEGE",
  "BACHELOR",
  "POSTGRADUATE",
] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

/** Chinese label a clerk writes → enum value (and back, for writing files). */
export const LABOR_CAPACITY_ZH: Readonly<Record<LaborCapacity, string>> = {
  FULL: "全部",
  PARTIAL: "部分",
  NONE: "无",
};
export const EDUCATION_ZH: Readonly<Record<Education, string>> = {
  NONE: "无",
  PRIMARY: "小学",
  JUNIOR_SECONDARY: "初中",
  SENIOR_SECONDARY: "高中",
  VOCATIONAL: "中专",
  JUNIOR_COLLEGE: "大专",
  BACHELOR: "本科",
  POSTGRADUATE: "研究生",
};

export interface ImportRow {
  /** 1-based spreadsheet row (header = 1). */
  row: number;
  name: string;
  idNumber: string;
  /** Derived from the ID number. */
  birthDate: string;
  /** Derived from the ID number. */
  sex: Sex;
  phone: string | null;
  /** 镇街代码; a row gives the code, the name, or both (then they must agree). */
  townshipCode: string | null;
  /** 镇街名称, resolved to a code against the register's townships by the import. */
  townshipName: string | null;
  village: string;
  householdKey: string;
  isHead: boolean;
  laborCapacity: LaborCapacity;
  willingToWork: boolean;
  willingToTrain: boolean;
  entrepreneurshipCapacity: boolean;
  entrepreneurshipIntention: boolean;
  disabilityCertificate: boolean;
  education: Education;
  graduationDate: string | null;
  registeredOn: string;
  urbanZeroEmployment: boolean;
  ruralZeroTransferEmployment: boolean;
  minimumLivingGuarantee: boolean;
}

export type RegisterColumnKey = Exclude<keyof ImportRow, "row" | "birthDate" | "sex">;

export interface RegisterColumn {
  key: RegisterColumnKey;
  zh: string;
  en: string;
  /** A required column must be present and every data row must fill it. */
  required: boolean;
  /** What to write, for the template's instructions sheet. */
  hintZh: string;
}

const BOOLEAN_HINT = "是/否（也可填 true/false、1/0、Y/N）";
const LABOR_HINT = "全部/部分/无（也可填 FULL/PARTIAL/NONE）";
const EDUCATION_HINT = "小学/初中/高中/中专/大专/本科/研究生/无";
const DATE_HINT = "日期，如 2016-03-05";

/**
 * The register import columns, in template order. isHead, laborCapacity and education are required
 * because no default is safe for them; the other person flags and the household flags default to false.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: "name", zh: "姓名", en: "name", required: true, hintZh: "姓名" },
  {
    key: "idNumber",
    zh: "身份证号",
    en: "idNumber",
    required: true,
    hintZh: "18位身份证号，单元格须为文本格式",
  },
  {
    key: "phone",
    zh: "手机号",
    en: "phone",
    required: false,
    hintZh: "11位手机号或固定电话如0531-12345678，可空",
  },
  {
    key: "townshipCode",
    zh: "镇街代码",
    en: "townshipCode",
    required: false,
    hintZh: "9位镇街代码；与镇街名称至少填一项",
  },
  {
    key: "townshipName",
    zh: "镇街名称",
    en: "townshipName",
    required: false,
    hintZh: "镇街名称，如东山镇；与镇街代码至少填一项，都填时须一致",
  },
  { key: "village", zh: "村", en: "village", required: true, hintZh: "村或社区名称" },
  {
    key: "householdKey",
    zh: "户编号",
    en: "householdKey",
    required: true,
    hintZh: "同户成员填写相同的户编号",
  },
  {
    key: "isHead",
    zh: "是否户主",
    en: "isHead",
    required: true,
    hintZh: `${BOOLEAN_HINT}；每户恰好一名户主`,
  },
  { key: "laborCapacity", zh: "劳动能力", en: "laborCapacity", required: true, hintZh: LABOR_HINT },
  { key: "willingToWork", zh: "就业意愿", en: "willingToWork", required: false, hintZh: BOOLEAN_HINT },
  { key: "willingToTrain", zh: "培训意愿", en: "willingToTrain", required: false, hintZh: BOOLEAN_HINT },
  {
    key: "entrepreneurshipCapacity",
    zh: "创业能力",
    en: "entrepreneurshipCapacity",
    required: false,
    hintZh: BOOLEAN_HINT,
  },
  {
    key: "entrepreneurshipIntention",
    zh: "创业意向",
    en: "entrepreneurshipIntention",
    required: false,
    hintZh: BOOLEAN_HINT,
  },
  {
    key: "disabilityCertificate",
    zh: "残疾人证",
    en: "disabilityCertificate",
    required: false,
    hintZh: BOOLEAN_HINT,
  },
  { key: "education", zh: "文化程度", en: "education", required: true, hintZh: EDUCATION_HINT },
  {
    key: "graduationDate",
    zh: "毕业日期",
    en: "graduationDate",
    required: false,
    hintZh: `${DATE_HINT}，可空`,
  },
  { key: "registeredOn", zh: "建档立卡日期", en: "registeredOn", required: true, hintZh: DATE_HINT },
  {
    key: "urbanZeroEmployment",
    zh: "城镇零就业家庭",
    en: "urbanZeroEmployment",
    required: false,
    hintZh: `${BOOLEAN_HINT}；同户一致`,
  },
  {
    key: "ruralZeroTransferEmployment",
    zh: "农村零转移就业贫困家庭",
    en: "ruralZeroTransferEmployment",
    required: false,
    hintZh: `${BOOLEAN_HINT}；同户一致`,
  },
  {
    key: "minimumLivingGuarantee",
    zh: "低保",
    en: "minimumLivingGuarantee",
    required: false,
    hintZh: `${BOOLEAN_HINT}；同户一致`,
  },
];

export const HOUSEHOLD_FLAG_KEYS = [
  "urbanZeroEmployment",
  "ruralZeroTransferEmployment",
  "minimumLivingGuarantee",
] as const;
export type HouseholdFlagKey = (typeof HOUSEHOLD_FLAG_KEYS)[number];

export const BOOLEAN_KEYS = new Set<RegisterColumnKey>([
  "isHead",
  "willingToWork",
  "willingToTrain",
  "entrepreneurshipCapacity",
  "entrepreneurshipIntention",
  "disabilityCertificate",
  ...HOUSEHOLD_FLAG_KEYS,
]);

/** A row names its township by at least one of these columns. */
export const TOWNSHIP_KEYS = ["townshipCode", "townshipName"] as const;

/**
 * The columns the import adds to the spreadsheet of rejected rows (原行号, 问题): ignored when the
 * corrected sheet is imported again, so a clerk fixes the cells and uploads the same file.
 */
export const REJECTED_ROW_COLUMN = { zh: "原行号", en: "original row" } as const;
export const REJECTED_REASON_COLUMNS = [
  { zh: "问题", en: "problems" },
  { zh: "问题（英文）", en: "problems (English)" },
] as const;

export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase();
}

export const REPORT_HEADERS: ReadonlySet<string> = new Set(
  [REJECTED_ROW_COLUMN, ...REJECTED_REASON_COLUMNS].flatMap((c) => [
    normaliseHeader(c.zh),
    normaliseHeader(c.en),
  ]),
);

export const COLUMN_BY_HEADER: ReadonlyMap<string, RegisterColumn> = new Map(
  REGISTER_COLUMNS.flatMap((c) => [[normaliseHeader(c.zh), c] as const, [normaliseHeader(c.en), c] as const]),
);
