import { businessDate } from "@pa/service-kit/dates";
import {
  defineGraphLedger,
  LEDGER_PERSON,
  personColumns,
  townshipCodesParam,
  townshipColumns,
  type LedgerPerson,
} from "@pa/service-kit/ledger";

const SCHEMES = ["RESIDENT_PENSION", "RESIDENT_MEDICAL"] as const;
const STATES = ["ON_TIME_IN_FULL", "NOT_YET_DUE", "UNPAID", "SHORT", "LATE"] as const;
const SCHEME_ZH: Record<string, string> = {
  RESIDENT_PENSION: "城乡居民基本养老保险",
  RESIDENT_MEDICAL: "城乡居民基本医疗保险",
};
const STATE_ZH: Record<string, string> = {
  ON_TIME_IN_FULL: "及时足额到账",
  NOT_YET_DUE: "未到期",
  UNPAID: "逾期未到账",
  SHORT: "未足额",
  LATE: "逾期到账",
};

interface SubsidyNode {
  personId: string;
  townshipCode: string;
  scheme: string;
  year: number;
  standardFen: number;
  dueOn: string;
  paidFen: number;
  paidOn: string | null;
  state: string;
  person: LedgerPerson | null;
}

/** 个人缴费补贴台账 (R-SS-1): standard, due date, what arrived and when, and the state on `asOf`. */
export const SUBSIDY_LEDGER = defineGraphLedger<SubsidyNode>({
  name: "subsidy-ledger",
  service: "social-security",
  fileName: "个人缴费补贴台账",
  title: { zh: "个人缴费补贴台账", en: "Premium subsidy ledger of a plan year (R-SS-1)" },
  sheetName: "个人缴费补贴台账",
  document: `query SubsidyLedger(
    $first: Int!
    $after: String
    $year: Int!
    $townshipCodes: [String!]
    $scheme: Scheme
    $state: SubsidyState
    $asOf: LocalDate
  ) {
    rows: premiumSubsidies(
      first: $first
      after: $after
      filter: { year: $year, townshipCodes: $townshipCodes, scheme: $scheme, state: $state, asOf: $asOf }
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        personId townshipCode scheme year standardFen dueOn paidFen paidOn
        state(asOf: $asOf)
        person { ${LEDGER_PERSON} }
      }
    }
    townships { code name }
  }`,
  params: [
    {
      name: "year",
      type: "int",
      variable: "year",
      required: true,
      description: { zh: "年度", en: "plan year" },
    },
    townshipCodesParam("townshipCodes"),
    {
      name: "scheme",
      type: "enum",
      values: SCHEMES,
      variable: "scheme",
      description: { zh: "险种", en: "scheme" },
    },
    {
      name: "state",
      type: "enum",
      values: STATES,
      variable: "state",
      description: { zh: "到账情况", en: "payment state on asOf" },
    },
    {
      name: "asOf",
      type: "date",
      // The state column and the state filter read the same day.
      variable: "asOf",
      default: () => businessDate(),
      description: { zh: "统计日期（默认今天）", en: "state as of (default today)" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) =>
    a.townshipCode.localeCompare(b.townshipCode) ||
    a.personId.localeCompare(b.personId) ||
    a.scheme.localeCompare(b.scheme),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...personColumns<SubsidyNode>(
      (s) => s.person,
      (s) => s.personId,
    ),
    ...townshipColumns<SubsidyNode>((s) => s.townshipCode),
    { header: "险种", type: "text", width: 24, value: (r) => SCHEME_ZH[r.node.scheme] ?? r.node.scheme },
    { header: "年度", type: "integer", width: 8, value: (r) => r.node.year },
    { header: "补贴标准（元）", type: "money", width: 16, value: (r) => r.node.standardFen },
    // The fen column stays beside the yuan one, as the ledger has always had it.
    { header: "补贴标准（分）", type: "integer", width: 16, value: (r) => r.node.standardFen },
    { header: "应到账日期", type: "date", width: 12, value: (r) => r.node.dueOn },
    { header: "已到账（元）", type: "money", width: 14, value: (r) => r.node.paidFen },
    { header: "已到账（分）", type: "integer", width: 14, value: (r) => r.node.paidFen },
    { header: "到账日期", type: "date", width: 12, value: (r) => r.node.paidOn },
    { header: "到账情况", type: "text", width: 14, value: (r) => STATE_ZH[r.node.state] ?? r.node.state },
  ],
});
