import {
  defineGraphLedger,
  LEDGER_PERSON,
  personColumns,
  townshipCodesParam,
  townshipColumns,
  type LedgerPerson,
} from "@pa/service-kit/ledger";

const STATUS_ZH: Record<string, string> = {
  SUBMITTED: "待审核",
  VERIFIED: "已审核",
  PAID: "已拨付",
  REFUSED: "不予拨付",
};
const OUTCOME_ZH: Record<string, string> = { PAYABLE: "予以补贴", REFUSED: "不予补贴" };
const BASIS_ZH: Record<string, string> = { COMPLETED: "结业", PARTIAL: "部分出勤" };
const REFUSAL_ZH: Record<string, string> = {
  NOT_COMPLETED: "未结业",
  NOT_REGISTERED_POOR: "非建档立卡贫困人员",
  ALREADY_CLAIMED: "已申领",
  NOT_ENROLLED: "未参加本项目",
};

interface ClaimLineNode {
  personId: string;
  townshipCode: string | null;
  outcome: string;
  basis: string | null;
  refusal: string | null;
  amountFen: number;
  claim: { submittedOn: string; status: string; paidOn: string | null } | null;
  project: { contractNumber: string; courseName: string; institution: { name: string } | null } | null;
  person: LedgerPerson | null;
}

/** The date a claim line was paid: its claim's, for a payable line of a paid claim; none otherwise. */
export function linePaidOn(line: Pick<ClaimLineNode, "outcome" | "claim">): string | null {
  return line.outcome === "PAYABLE" && line.claim?.status === "PAID" ? line.claim.paidOn : null;
}

/** 培训补贴台账 (R-SKL-1): one row per trainee of each claim, payable or refused with the reason. */
export const CLAIM_LEDGER = defineGraphLedger<ClaimLineNode>({
  name: "training-claim-ledger",
  service: "skills",
  fileName: "培训补贴台账",
  title: { zh: "培训补贴申报台账", en: "Training subsidy claim ledger (R-SKL-1)" },
  sheetName: "补贴台账",
  document: `query TrainingClaimLedger($first: Int!, $after: String, $filter: TrainingClaimLinesFilter) {
    rows: trainingClaimLines(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        personId townshipCode outcome basis refusal amountFen
        claim { submittedOn status paidOn }
        project { contractNumber courseName institution { name } }
        person { ${LEDGER_PERSON} }
      }
    }
    townships { code name }
  }`,
  params: [
    townshipCodesParam(),
    {
      name: "projectId",
      type: "string",
      variable: "filter.projectId",
      description: { zh: "培训项目编号", en: "training project id" },
    },
    {
      name: "claimId",
      type: "string",
      variable: "filter.claimId",
      description: { zh: "补贴申请编号", en: "claim id" },
    },
    {
      name: "statuses",
      type: "enums",
      values: ["SUBMITTED", "VERIFIED", "PAID", "REFUSED"],
      variable: "filter.statuses",
      description: { zh: "申请状态", en: "claim statuses" },
    },
  ],
  narrowBy: "townshipCodes",
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...personColumns<ClaimLineNode>(
      (l) => l.person,
      (l) => l.personId,
    ),
    ...townshipColumns<ClaimLineNode>((l) => l.townshipCode ?? ""),
    { header: "合同编号", type: "text", width: 20, value: (r) => r.node.project?.contractNumber },
    { header: "培训机构", type: "text", width: 28, value: (r) => r.node.project?.institution?.name },
    { header: "培训工种/项目", type: "text", width: 20, value: (r) => r.node.project?.courseName },
    { header: "申报日期", type: "date", width: 12, value: (r) => r.node.claim?.submittedOn },
    {
      header: "申请状态",
      type: "text",
      value: (r) => (r.node.claim ? (STATUS_ZH[r.node.claim.status] ?? r.node.claim.status) : null),
    },
    { header: "核定结果", type: "text", value: (r) => OUTCOME_ZH[r.node.outcome] ?? r.node.outcome },
    {
      header: "补贴依据",
      type: "text",
      value: (r) => (r.node.basis ? (BASIS_ZH[r.node.basis] ?? r.node.basis) : null),
    },
    {
      header: "不予补贴原因",
      type: "text",
      width: 20,
      value: (r) => (r.node.refusal ? (REFUSAL_ZH[r.node.refusal] ?? r.node.refusal) : null),
    },
    { header: "补贴金额（元）", type: "money", value: (r) => r.node.amountFen },
    // A refused line was not paid: no paid date, even when the claim's other lines were.
    { header: "拨付日期", type: "date", width: 12, value: (r) => linePaidOn(r.node) },
  ],
});
