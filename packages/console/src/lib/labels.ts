/** Chinese names of the graph's enum values (one place, so every page says the same). */
export const LABELS = {
  povertyStatus: { REGISTERED: "在册", EXITED: "已脱贫" },
  laborCapacity: { FULL: "有劳动能力", PARTIAL: "部分劳动能力", NONE: "无劳动能力" },
  sex: { MALE: "男", FEMALE: "女" },
  education: {
    NONE: "无",
    PRIMARY: "小学",
    JUNIOR_SECONDARY: "初中",
    SENIOR_SECONDARY: "高中/中专",
    JUNIOR_COLLEGE: "大专",
    BACHELOR: "本科",
    POSTGRADUATE: "研究生",
  },
  caseStatus: { OPEN: "帮扶中", CLOSED: "已结案", NOT_NEEDED: "无需帮扶" },
  offerChannel: {
    JOB_FAIR: "专场招聘",
    VILLAGE_DELIVERY: "送岗下乡",
    HOUSEHOLD_DELIVERY: "入户推荐",
    OTHER: "其他",
  },
  offerOutcome: { PENDING: "待反馈", ACCEPTED: "已接受", DECLINED: "已拒绝" },
  fairKind: { RECRUITMENT_CARAVAN: "招聘大篷车", DELIVERY_TO_COUNTRYSIDE: "送岗下乡", OTHER: "其他" },
  placementKind: {
    ENTERPRISE: "企业就业",
    PUBLIC_WELFARE_POST: "公益岗位",
    EMPLOYMENT_PROJECT: "扶贫项目",
    SELF_EMPLOYED: "自主创业",
  },
  sponsorKind: { ENTERPRISE: "企业", VILLAGE_COLLECTIVE: "村集体", ENTREPRENEURSHIP_LEADER: "创业带头人" },
  scheme: { RESIDENT_MEDICAL: "城乡居民医保", RESIDENT_PENSION: "城乡居民养老保险" },
  enrolmentStatus: { PENDING: "待参保", ENROLLED: "已参保", SUSPENDED: "暂停" },
  subsidyState: {
    NOT_YET_DUE: "未到期",
    ON_TIME_IN_FULL: "按时足额",
    LATE: "逾期",
    SHORT: "不足额",
    UNPAID: "未代缴",
  },
  findingKind: {
    NOT_ENROLLED: "未参保",
    SUBSIDY_MISSING: "缺少代缴记录",
    SUBSIDY_UNPAID: "未代缴",
    SUBSIDY_LATE: "代缴逾期",
    SUBSIDY_SHORT: "代缴不足额",
    CONTRIBUTION_CHANGED: "缴费档次变更",
  },
  // PENDING → BACK_PAID (一次性补缴) → CLAIMED (申领) → PAYING; DRAWING: already drawing when registered.
  pensionStatus: {
    PENDING: "待补缴",
    BACK_PAID: "已补缴",
    CLAIMED: "已申领",
    PAYING: "发放中",
    DRAWING: "已在领取",
  },
  hospitalLevel: { PRIMARY: "一级医院", SECONDARY: "二级医院", TERTIARY: "三级医院" },
  payer: {
    BASIC_MEDICAL: "基本医保",
    CRITICAL_ILLNESS: "大病保险",
    MEDICAL_AID: "医疗救助",
    POVERTY_SPECIAL: "扶贫专项",
    SPECIAL_DRUGS: "特药保障",
  },
  targetMetric: {
    POSTS_HELD: "公益岗位数",
    POST_OCCUPANCY_BP: "岗位在岗率",
    PROJECTS_HELD: "在建扶贫项目数",
    PROJECTS_STARTED_PER_YEAR: "年度新增项目数",
  },
  courseKind: { OCCUPATION: "职业（工种）培训", SPECIAL_ABILITY: "专项职业能力" },
  trainingFormat: {
    CLASSROOM: "集中授课",
    MASTER_APPRENTICE: "师傅带徒",
    CAPABLE_PERSON_APPRENTICE: "能人带徒",
    ONE_TO_ONE: "一对一",
  },
  trainingNeedStatus: { OPEN: "待培训", MET: "已满足", NOT_NEEDED: "不再需要" },
  trainingEnrolmentStatus: { ENROLLED: "在训", COMPLETED: "已结业" },
  certificateType: {
    VOCATIONAL_QUALIFICATION: "职业资格证书",
    SKILL_LEVEL: "职业技能等级证书",
    SPECIAL_ABILITY: "专项职业能力证书",
    TRAINING_COMPLETION: "培训合格证书",
  },
  trainingClaimStatus: { SUBMITTED: "待审核", VERIFIED: "待拨付", PAID: "已拨付", REFUSED: "不予拨付" },
  claimLineOutcome: { PAYABLE: "予以补贴", REFUSED: "不予补贴" },
  claimLineBasis: { COMPLETED: "验收合格结业", PARTIAL: "部分出勤" },
  claimLineRefusal: {
    NOT_COMPLETED: "未结业",
    NOT_REGISTERED_POOR: "非建档立卡贫困人员",
    ALREADY_CLAIMED: "已在其他项目申领",
    NOT_ENROLLED: "未参加本项目",
  },
} as const;

/** The label of an enum value, or the value itself when it is new to the console. */
export function label<K extends keyof typeof LABELS>(kind: K, value: string | null | undefined): string {
  if (!value) return "—";
  return (LABELS[kind] as Record<string, string>)[value] ?? value;
}

/** Select options of one enum. */
export function options<K extends keyof typeof LABELS>(kind: K): { value: string; label: string }[] {
  return Object.entries(LABELS[kind]).map(([value, l]) => ({ value, label: l }));
}
