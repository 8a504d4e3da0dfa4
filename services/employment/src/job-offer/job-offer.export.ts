import {
  defineGraphLedger,
  LEDGER_PERSON,
  personColumns,
  townshipCodesParam,
  townshipColumns,
  type LedgerPerson,
} from "@pa/service-kit/ledger";

const CHANNELS = ["VILLAGE_DELIVERY", "HOUSEHOLD_DELIVERY", "JOB_FAIR", "OTHER"] as const;
const OUTCOMES = ["PENDING", "ACCEPTED", "DECLINED"] as const;
const CHANNEL_ZH: Record<string, string> = {
  VILLAGE_DELIVERY: "送岗进村",
  HOUSEHOLD_DELIVERY: "送岗入户",
  JOB_FAIR: "招聘会",
  OTHER: "其他",
};
const OUTCOME_ZH: Record<string, string> = { PENDING: "待定", ACCEPTED: "接受", DECLINED: "拒绝" };

interface OfferNode {
  personId: string;
  townshipCode: string;
  offeredOn: string;
  employer: string;
  position: string;
  monthlyWageFen: number;
  channel: string;
  jobFairId: string | null;
  outcome: string;
  declineReason: string | null;
  recordedBy: string;
  person: LedgerPerson | null;
}

/** 帮扶台账 (R-EMP-3): one row per offer, with the person's name and ID number; by township and person. */
export const OFFER_LEDGER = defineGraphLedger<OfferNode>({
  name: "offer-ledger",
  service: "employment",
  fileName: "帮扶台账",
  title: { zh: "岗位推荐帮扶台账", en: "Job offer ledger (R-EMP-3)" },
  sheetName: "帮扶台账",
  maxRows: 50_000,
  document: `query OfferLedger($first: Int!, $after: String, $filter: JobOffersFilter) {
    rows: jobOffers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        personId townshipCode offeredOn employer position monthlyWageFen channel jobFairId
        outcome declineReason recordedBy
        person { ${LEDGER_PERSON} }
      }
    }
    townships { code name }
  }`,
  params: [
    townshipCodesParam(),
    {
      name: "offeredFrom",
      type: "date",
      variable: "filter.offeredFrom",
      description: { zh: "推荐日期起", en: "offered on or after" },
    },
    {
      name: "offeredTo",
      type: "date",
      variable: "filter.offeredTo",
      description: { zh: "推荐日期止", en: "offered on or before" },
    },
    {
      name: "channel",
      type: "enum",
      values: CHANNELS,
      variable: "filter.channel",
      description: { zh: "推荐渠道", en: "channel" },
    },
    {
      name: "outcome",
      type: "enum",
      values: OUTCOMES,
      variable: "filter.outcome",
      description: { zh: "推荐结果", en: "outcome" },
    },
    {
      name: "jobFairId",
      type: "string",
      variable: "filter.jobFairId",
      description: { zh: "招聘会编号", en: "job fair id" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) =>
    a.townshipCode.localeCompare(b.townshipCode) ||
    a.personId.localeCompare(b.personId) ||
    a.offeredOn.localeCompare(b.offeredOn),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...personColumns<OfferNode>(
      (o) => o.person,
      (o) => o.personId,
    ),
    ...townshipColumns<OfferNode>((o) => o.townshipCode),
    { header: "推荐日期", type: "date", width: 12, value: (r) => r.node.offeredOn },
    { header: "用人单位", type: "text", width: 30, value: (r) => r.node.employer },
    { header: "岗位", type: "text", width: 20, value: (r) => r.node.position },
    { header: "月工资（元）", type: "money", value: (r) => r.node.monthlyWageFen },
    { header: "推荐渠道", type: "text", value: (r) => CHANNEL_ZH[r.node.channel] ?? r.node.channel },
    { header: "招聘会编号", type: "text", width: 30, value: (r) => r.node.jobFairId },
    { header: "推荐结果", type: "text", value: (r) => OUTCOME_ZH[r.node.outcome] ?? r.node.outcome },
    { header: "拒绝原因", type: "text", width: 30, value: (r) => r.node.declineReason },
    { header: "记录人", type: "text", width: 20, value: (r) => r.node.recordedBy },
  ],
});
