import { defineGraphLedger, townshipCodesParam, townshipColumns } from "@pa/service-kit/ledger";

const KINDS = ["DELIVERY_TO_COUNTRYSIDE", "RECRUITMENT_CARAVAN", "OTHER"] as const;
const KIND_ZH: Record<string, string> = {
  DELIVERY_TO_COUNTRYSIDE: "送岗下乡",
  RECRUITMENT_CARAVAN: "招聘大篷车",
  OTHER: "其他",
};

interface FairNode {
  townshipCode: string;
  heldOn: string;
  kind: string;
  title: string | null;
  employers: number;
  positionsOffered: number;
  poorAttendees: number;
  offersMade: number;
  recordedBy: string;
}

/** 扶贫专场招聘一览 (R-EMP-4): one row per fair, oldest first. */
export const JOB_FAIR_LIST = defineGraphLedger<FairNode>({
  name: "job-fair-list",
  service: "employment",
  fileName: "扶贫专场招聘一览",
  title: { zh: "扶贫专场招聘一览", en: "Job fairs held (R-EMP-4)" },
  sheetName: "扶贫专场招聘",
  document: `query JobFairList($first: Int!, $after: String, $filter: JobFairsFilter) {
    rows: jobFairs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { townshipCode heldOn kind title employers positionsOffered poorAttendees offersMade recordedBy }
    }
    townships { code name }
  }`,
  params: [
    townshipCodesParam(),
    {
      name: "kind",
      type: "enum",
      values: KINDS,
      variable: "filter.kind",
      description: { zh: "形式", en: "kind of fair" },
    },
    {
      name: "heldFrom",
      type: "date",
      variable: "filter.heldFrom",
      description: { zh: "举办日期起", en: "held on or after" },
    },
    {
      name: "heldTo",
      type: "date",
      variable: "filter.heldTo",
      description: { zh: "举办日期止", en: "held on or before" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) => a.heldOn.localeCompare(b.heldOn) || a.townshipCode.localeCompare(b.townshipCode),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...townshipColumns<FairNode>((f) => f.townshipCode),
    { header: "举办日期", type: "date", width: 12, value: (r) => r.node.heldOn },
    { header: "形式", type: "text", value: (r) => KIND_ZH[r.node.kind] ?? r.node.kind },
    { header: "名称", type: "text", width: 30, value: (r) => r.node.title },
    { header: "参会企业数", type: "integer", value: (r) => r.node.employers },
    { header: "提供岗位数", type: "integer", value: (r) => r.node.positionsOffered },
    { header: "贫困人员参会人数", type: "integer", value: (r) => r.node.poorAttendees },
    { header: "达成意向数", type: "integer", value: (r) => r.node.offersMade },
    { header: "记录人", type: "text", width: 20, value: (r) => r.node.recordedBy },
  ],
});
