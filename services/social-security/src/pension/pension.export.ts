import {
  defineGraphLedger,
  LEDGER_PERSON,
  personColumns,
  townshipCodesParam,
  townshipColumns,
  type LedgerPerson,
} from "@pa/service-kit/ledger";
// Type only: the gateway loads this file and must not load type-graphql's enum registration.
import type { PensionStatus } from "./pension.enums";

/** Every status, named in Chinese: a status added to the enum fails the type check until named here. */
const STATUS_ZH: Record<`${PensionStatus}`, string> = {
  PENDING: "待补缴",
  DRAWING: "已在领取",
  BACK_PAID: "已补缴待申领",
  CLAIMED: "已申领待发放",
  PAYING: "发放中",
};
const STATUSES = Object.keys(STATUS_ZH) as [`${PensionStatus}`, ...`${PensionStatus}`[]];

interface PensionNode {
  id: string;
  personId: string;
  townshipCode: string;
  birthDate: string;
  turned60On: string;
  foundOn: string;
  backPaymentFen: number;
  backPaidOn: string | null;
  claimedOn: string | null;
  benefitStartsOn: string;
  monthlyBenefitFen: number;
  payingSince: string | null;
  status: string;
  policyVersionId: string;
  person: LedgerPerson | null;
}

/** 城乡居民养老保险待遇扶贫台账 (R-SS-3): one row per person on the pension ledger. */
export const PENSION_LEDGER = defineGraphLedger<PensionNode>({
  name: "pension-ledger",
  service: "social-security",
  fileName: "城乡居民养老保险待遇扶贫台账",
  title: { zh: "城乡居民养老保险待遇扶贫台账", en: "Resident pension poverty ledger (R-SS-3)" },
  sheetName: "养老待遇扶贫台账",
  document: `query PensionLedger($first: Int!, $after: String, $filter: PensionLedgerFilter) {
    rows: pensionLedger(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id personId townshipCode birthDate turned60On foundOn backPaymentFen backPaidOn claimedOn
        benefitStartsOn monthlyBenefitFen payingSince status policyVersionId
        person { ${LEDGER_PERSON} }
      }
    }
    townships { code name }
  }`,
  params: [
    townshipCodesParam(),
    {
      name: "statuses",
      type: "enums",
      values: STATUSES,
      variable: "filter.statuses",
      description: { zh: "状态（可多个）", en: "statuses (several)" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) =>
    a.townshipCode.localeCompare(b.townshipCode) ||
    a.turned60On.localeCompare(b.turned60On) ||
    a.id.localeCompare(b.id),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...personColumns<PensionNode>(
      (e) => e.person,
      (e) => e.personId,
    ),
    ...townshipColumns<PensionNode>((e) => e.townshipCode),
    { header: "出生日期", type: "date", width: 12, value: (r) => r.node.birthDate },
    { header: "年满60周岁日期", type: "date", width: 16, value: (r) => r.node.turned60On },
    { header: "列入台账日期", type: "date", width: 14, value: (r) => r.node.foundOn },
    { header: "一次性补缴金额（元）", type: "money", width: 20, value: (r) => r.node.backPaymentFen },
    // The fen column stays beside the yuan one, as the ledger has always had it.
    { header: "一次性补缴金额（分）", type: "integer", width: 20, value: (r) => r.node.backPaymentFen },
    { header: "补缴日期", type: "date", width: 12, value: (r) => r.node.backPaidOn },
    { header: "待遇申领日期", type: "date", width: 14, value: (r) => r.node.claimedOn },
    { header: "待遇开始日期", type: "date", width: 14, value: (r) => r.node.benefitStartsOn },
    { header: "月养老金（元）", type: "money", width: 16, value: (r) => r.node.monthlyBenefitFen },
    { header: "月养老金（分）", type: "integer", width: 16, value: (r) => r.node.monthlyBenefitFen },
    { header: "发放开始日期", type: "date", width: 14, value: (r) => r.node.payingSince },
    {
      header: "状态",
      type: "text",
      width: 14,
      value: (r) => STATUS_ZH[r.node.status as `${PensionStatus}`] ?? r.node.status,
    },
    { header: "政策版本", type: "text", width: 30, value: (r) => r.node.policyVersionId },
  ],
});
