import {
  defineGraphLedger,
  LEDGER_PERSON,
  personColumns,
  townshipCodesParam,
  townshipColumns,
  type LedgerPerson,
} from "@pa/service-kit/ledger";

const STATUS_ZH: Record<string, string> = { ENROLLED: "在训", COMPLETED: "已结业" };
const FORMAT_ZH: Record<string, string> = {
  CLASSROOM: "集中授课",
  MASTER_APPRENTICE: "师傅带徒",
  CAPABLE_PERSON_APPRENTICE: "能人带徒",
  ONE_TO_ONE: "一对一",
};
const CERT_ZH: Record<string, string> = {
  VOCATIONAL_QUALIFICATION: "职业资格证书",
  SKILL_LEVEL: "职业技能等级证书",
  SPECIAL_ABILITY: "专项职业能力证书",
  TRAINING_COMPLETION: "培训合格证书",
};
const percent = (bp: number | null) => (bp == null ? null : `${(bp / 100).toFixed(1)}%`);

interface ProjectRef {
  contractNumber: string;
  courseName: string;
  format: string;
  institution: { name: string } | null;
}

interface EnrolmentNode {
  personId: string;
  townshipCode: string;
  enrolledOn: string;
  status: string;
  completedOn: string | null;
  attendanceBp: number | null;
  masterName: string | null;
  project: ProjectRef | null;
  certificate: { number: string; type: string } | null;
  person: LedgerPerson | null;
}

/** 培训花名册 (R-SKL-2): one row per trainee of the projects asked, with name, ID number, township, course and outcome. */
export const TRAINING_ROSTER = defineGraphLedger<EnrolmentNode>({
  name: "training-roster",
  service: "skills",
  fileName: "培训花名册",
  title: { zh: "技能培训花名册", en: "Training roster (R-SKL-2)" },
  sheetName: "培训花名册",
  document: `query TrainingRoster($first: Int!, $after: String, $filter: TrainingEnrolmentsFilter) {
    rows: trainingEnrolments(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        personId townshipCode enrolledOn status completedOn attendanceBp masterName
        project { contractNumber courseName format institution { name } }
        certificate { number type }
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
      name: "status",
      type: "enum",
      values: ["ENROLLED", "COMPLETED"],
      variable: "filter.status",
      description: { zh: "状态", en: "status" },
    },
    {
      name: "enrolledFrom",
      type: "date",
      variable: "filter.enrolledFrom",
      description: { zh: "报名日期起", en: "enrolled on or after" },
    },
    {
      name: "enrolledTo",
      type: "date",
      variable: "filter.enrolledTo",
      description: { zh: "报名日期止", en: "enrolled on or before" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) =>
    a.townshipCode.localeCompare(b.townshipCode) ||
    a.enrolledOn.localeCompare(b.enrolledOn) ||
    a.personId.localeCompare(b.personId),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...personColumns<EnrolmentNode>(
      (e) => e.person,
      (e) => e.personId,
    ),
    ...townshipColumns<EnrolmentNode>((e) => e.townshipCode),
    { header: "合同编号", type: "text", width: 20, value: (r) => r.node.project?.contractNumber },
    { header: "培训机构", type: "text", width: 28, value: (r) => r.node.project?.institution?.name },
    { header: "培训工种/项目", type: "text", width: 20, value: (r) => r.node.project?.courseName },
    {
      header: "培训形式",
      type: "text",
      value: (r) => (r.node.project ? (FORMAT_ZH[r.node.project.format] ?? r.node.project.format) : null),
    },
    { header: "师傅", type: "text", value: (r) => r.node.masterName },
    { header: "报名日期", type: "date", width: 12, value: (r) => r.node.enrolledOn },
    { header: "状态", type: "text", value: (r) => STATUS_ZH[r.node.status] ?? r.node.status },
    { header: "结业日期", type: "date", width: 12, value: (r) => r.node.completedOn },
    { header: "出勤率", type: "text", value: (r) => percent(r.node.attendanceBp) },
    { header: "证书编号", type: "text", width: 24, value: (r) => r.node.certificate?.number },
  ],
});

interface CertificateNode {
  personId: string;
  townshipCode: string;
  type: string;
  number: string;
  issuingBody: string;
  issuedOn: string;
  project: ProjectRef | null;
  person: LedgerPerson | null;
}

/** 证书名册 (培训实效, R-SKL-2): one row per certificate, with the holder's name, ID number and township. */
export const CERTIFICATE_LIST = defineGraphLedger<CertificateNode>({
  name: "training-certificates",
  service: "skills",
  fileName: "培训证书名册",
  title: { zh: "培训证书名册", en: "Training certificates (R-SKL-2)" },
  sheetName: "证书名册",
  document: `query TrainingCertificates($first: Int!, $after: String, $filter: TrainingCertificatesFilter) {
    rows: trainingCertificates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        personId townshipCode type number issuingBody issuedOn
        project { contractNumber courseName format institution { name } }
        person { ${LEDGER_PERSON} }
      }
    }
    townships { code name }
  }`,
  params: [
    townshipCodesParam(),
    {
      name: "issuedFrom",
      type: "date",
      variable: "filter.issuedFrom",
      description: { zh: "发证日期起", en: "issued on or after" },
    },
    {
      name: "issuedTo",
      type: "date",
      variable: "filter.issuedTo",
      description: { zh: "发证日期止", en: "issued on or before" },
    },
  ],
  narrowBy: "townshipCodes",
  compare: (a, b) => a.townshipCode.localeCompare(b.townshipCode) || a.issuedOn.localeCompare(b.issuedOn),
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_r, i) => i + 1 },
    ...personColumns<CertificateNode>(
      (c) => c.person,
      (c) => c.personId,
    ),
    ...townshipColumns<CertificateNode>((c) => c.townshipCode),
    { header: "证书类别", type: "text", width: 18, value: (r) => CERT_ZH[r.node.type] ?? r.node.type },
    { header: "证书编号", type: "text", width: 24, value: (r) => r.node.number },
    { header: "发证机构", type: "text", width: 24, value: (r) => r.node.issuingBody },
    { header: "发证日期", type: "date", width: 12, value: (r) => r.node.issuedOn },
    { header: "培训工种/项目", type: "text", width: 20, value: (r) => r.node.project?.courseName },
    { header: "培训机构", type: "text", width: 28, value: (r) => r.node.project?.institution?.name },
  ],
});
