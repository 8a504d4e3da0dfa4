import { businessDate } from "@pa/service-kit/dates";
import {
  defineGraphLedger,
  LEDGER_PERSON,
  personColumns,
  townshipCodesParam,
  townshipColumns,
  type LedgerPerson,
} from "@pa/service-kit/ledger";

interface PostNode {
  id: string;
  title: string;
  typeCode: string;
  townshipCode: string;
  village: string;
  monthlyAllowanceFen: number;
  openedOn: string;
  type: { name: string } | null;
  currentPlacement: { personId: string; startOn: string; person: LedgerPerson | null } | null;
}

/** 公益岗位花名册 (R-EMP-1): one row per post open on `asOf` (default today) with who holds it. */
export const POST_ROSTER = defineGraphLedger<PostNode>({
  name: "post-roster",
  service: "employment",
  fileName: "公益岗位花名册",
  title: { zh: "公益岗位花名册", en: "Public-welfare post roster on a date (R-EMP-1)" },
  sheetName: "公益岗位花名册",
  document: `query PostRoster(
    $first: Int!
    $after: String
    $asOf: LocalDate
    $townshipCodes: [String!]
    $typeCodes: [String!]
  ) {
    rows: publicWelfarePosts(
      first: $first
      after: $after
      filter: { heldOn: $asOf, townshipCodes: $townshipCodes, typeCodes: $typeCodes }
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id title typeCode townshipCode village monthlyAllowanceFen openedOn
        type { name }
        currentPlacement(on: $asOf) { personId startOn person { ${LEDGER_PERSON} } }
      }
    }
    townships { code name }
  }`,
  params: [
    townshipCodesParam("townshipCodes"),
    {
      name: "asOf",
      type: "date",
      // Both the posts open on the date and who holds them on it.
      variable: "asOf",
      default: () => businessDate(),
      description: { zh: "花名册日期（默认今天）", en: "roster date (default today)" },
    },
    {
      name: "typeCodes",
      type: "strings",
      variable: "typeCodes",
      description: { zh: "岗位类型代码", en: "post type codes" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) =>
    a.townshipCode.localeCompare(b.townshipCode) ||
    a.village.localeCompare(b.village) ||
    a.id.localeCompare(b.id),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    { header: "岗位编号", type: "text", width: 30, value: (r) => r.node.id },
    { header: "岗位名称", type: "text", width: 20, value: (r) => r.node.title },
    { header: "岗位类型", type: "text", value: (r) => r.node.type?.name ?? r.node.typeCode },
    ...townshipColumns<PostNode>((p) => p.townshipCode),
    { header: "村/社区", type: "text", value: (r) => r.node.village },
    { header: "月补贴（元）", type: "money", value: (r) => r.node.monthlyAllowanceFen },
    { header: "设岗日期", type: "date", width: 12, value: (r) => r.node.openedOn },
    { header: "在岗状态", type: "text", value: (r) => (r.node.currentPlacement ? "在岗" : "空岗") },
    ...personColumns<PostNode>(
      (p) => p.currentPlacement?.person,
      (p) => p.currentPlacement?.personId,
    ).map((c) => ({ ...c, header: `在岗人员${c.header === "人员编号" ? "编号" : c.header}` })),
    { header: "上岗日期", type: "date", width: 12, value: (r) => r.node.currentPlacement?.startOn },
  ],
});
