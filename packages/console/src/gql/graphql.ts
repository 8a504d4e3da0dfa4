/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 记录通报跟进 Record the follow-up of a burden notice */
export type AcknowledgeBurdenNoticeInput = {
  /** 跟进日期 (default today) */
  acknowledgedOn?: string | null | undefined;
  /** 跟进措施 What was done (临时救助, 兜底保障, …) */
  followUp: string;
  id: string | number;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 项目吸纳贫困人员 Add poor people employed in a project */
export type AddProjectEmployeesInput = {
  personIds: Array<string | number>;
  projectId: string | number;
};

/** 带徒信息 Apprenticeship (师傅带徒 / 能人带徒 formats) */
export type ApprenticeshipInput = {
  /** 带徒期起 From */
  from: string;
  /** 师傅（带徒人）姓名 Master */
  masterName: string;
  /** 带徒期止 To */
  to: string;
};

/** 指派帮扶责任人 Assign a caseworker */
export type AssignCaseworkerInput = {
  caseId: string | number;
  /** 帮扶责任人 Caseworker's name */
  caseworker: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 帮扶状态 Assistance case status */
export type AssistanceCaseStatus =
  /** 已结案（仅由工作人员填写原因结案） Closed by a clerk with a reason */
  | 'CLOSED'
  /** 不再需要帮扶（需求调查显示本人已无就业意愿；脱贫不是理由） Closed: the person no longer wants work (the latest needs survey); never by an exit */
  | 'NOT_NEEDED'
  /** 帮扶中 Open */
  | 'OPEN';

/** 帮扶对象筛选 Filters of the case list */
export type AssistanceCasesFilter = {
  /** 帮扶责任人 Caseworker */
  caseworker?: string | null | undefined;
  /** 具备上岗条件 Job-ready */
  jobReady?: boolean | null | undefined;
  /** 立案日期起 Opened on or after */
  openedFrom?: string | null | undefined;
  /** 立案日期止 Opened on or before */
  openedTo?: string | null | undefined;
  personId?: string | number | null | undefined;
  status?: AssistanceCaseStatus | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
  /** 尚未指派责任人 Without a caseworker */
  unassigned?: boolean | null | undefined;
};

/** 因病致贫通报筛选 Burden notices filter */
export type BurdenNoticesFilter = {
  /** 未跟进 true: not yet followed up; false: followed up */
  open?: boolean | null | undefined;
  personId?: string | number | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
};

/** 证书 Certificate */
export type CertificateInput = {
  /** 发证日期 Issued on */
  issuedOn: string;
  /** 发证机构 Issuing body */
  issuingBody: string;
  /** 证书编号 Number */
  number: string;
  type: TrainingCertificateType;
};

/** 结案（须填写原因；脱贫不是结案理由） Close a case with a reason (an exit is not one) */
export type CloseAssistanceCaseInput = {
  caseId: string | number;
  /** 结案日期 Closed on (default today) */
  closedOn?: string | null | undefined;
  /** 结案原因 Reason */
  reason: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 撤销公益岗位 Close a public-welfare post */
export type ClosePostInput = {
  /** 撤岗日期（当日起不计入保有量） Closed on */
  closedOn: string;
  postId: string | number;
  /** 撤岗原因 Reason */
  reason: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 结业 Complete a training: attendance and assessment per the policy (R-SKL-2) */
export type CompleteTrainingInput = {
  /** 考核合格 Assessment passed */
  assessmentPassed: boolean;
  /** 同时登记的证书 A certificate earned with it */
  certificate?: CertificateInput | null | undefined;
  /** 结业日期 Completed on */
  completedOn: string;
  enrolmentId: string | number;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 文化程度 Education */
export type Education =
  /** 本科 Bachelor */
  | 'BACHELOR'
  /** 大专 Junior college */
  | 'JUNIOR_COLLEGE'
  /** 初中 Junior secondary */
  | 'JUNIOR_SECONDARY'
  /** 无 None */
  | 'NONE'
  /** 研究生 Postgraduate */
  | 'POSTGRADUATE'
  /** 小学 Primary */
  | 'PRIMARY'
  /** 高中 Senior secondary */
  | 'SENIOR_SECONDARY'
  /** 中专/技校 Vocational secondary */
  | 'VOCATIONAL';

/** 扶贫就业项目筛选 Filters of the project list */
export type EmploymentProjectsFilter = {
  /** 当日保有 Held on this date */
  heldOn?: string | null | undefined;
  sponsorKind?: SponsorKind | null | undefined;
  /** 开工日期起 Started on or after */
  startedFrom?: string | null | undefined;
  /** 开工日期止 Started on or before */
  startedTo?: string | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
};

/** 就业扶贫目标指标 What an employment target measures */
export type EmploymentTargetMetric =
  /** 扶贫公益岗位保有量 Public-welfare posts held (R-EMP-1) */
  | 'POSTS_HELD'
  /** 公益岗位上岗率（基点） Post occupancy rate, basis points (R-EMP-1) */
  | 'POST_OCCUPANCY_BP'
  /** 扶贫就业项目保有量 Employment projects held (R-EMP-2) */
  | 'PROJECTS_HELD'
  /** 每年新增扶贫就业项目 Projects started per year (R-EMP-2) */
  | 'PROJECTS_STARTED_PER_YEAR';

/** 目标完成状态 Where a figure stands against its target */
export type EmploymentTargetStatus =
  /** 已达标 Met on the date */
  | 'MET'
  /** 逾期未达标 Deadline passed without the target met */
  | 'MISSED'
  /** 未到期限（尚未达标） Not met yet, the deadline not passed */
  | 'NOT_DUE'
  /** 无适用目标 No target in force on the date */
  | 'NO_TARGET';

/** 项目结束 End an employment project */
export type EndEmploymentProjectInput = {
  /** 结束日期（当日起不计入保有量） Ended on (not held from that day) */
  endedOn: string;
  projectId: string | number;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 离岗 End a placement in a public-welfare post */
export type EndPostPlacementInput = {
  /** 离岗日期（当日起不在岗） Left on (not in the post from that day) */
  endOn: string;
  placementId: string | number;
  /** 离岗原因 Reason */
  reason: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 培训报名 Enrol a poor person in a training project (free, R-SKL-1) */
export type EnrolTraineeInput = {
  /** 带徒信息（带徒形式必填） Apprenticeship */
  apprenticeship?: ApprenticeshipInput | null | undefined;
  /** 报名日期 Enrolled on */
  enrolledOn: string;
  /** 人员编号 Person id */
  personId: string | number;
  projectId: string | number;
  /** 向学员收取的费用（分）：培训免费，只能为0 Fee charged to the trainee: training is free, only 0 is accepted */
  traineeFeeFen?: number | null | undefined;
};

/** 参保状态 Enrolment status */
export type EnrolmentStatus =
  /** 已参保 Enrolled */
  | 'ENROLLED'
  /** 待参保 Obligation created, not yet enrolled */
  | 'PENDING'
  /** 暂停/中断缴费 Suspended */
  | 'SUSPENDED';

/** 参保筛选 Enrolment and subsidy filter */
export type EnrolmentsFilter = {
  scheme?: Scheme | null | undefined;
  status?: EnrolmentStatus | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
};

/** 排查发现 Screening finding */
export type FindingKind =
  /** 参保缴费变动 Enrolment or contribution changed since the previous run */
  | 'CONTRIBUTION_CHANGED'
  /** 未参保 Not enrolled (pending or suspended) */
  | 'NOT_ENROLLED'
  /** 补贴逾期到账 Subsidy arrived in full after the due date */
  | 'SUBSIDY_LATE'
  /** 缺少缴费补贴（无生效政策） No subsidy: no policy version in force for the year */
  | 'SUBSIDY_MISSING'
  /** 补贴未足额 Subsidy due, less than the standard arrived */
  | 'SUBSIDY_SHORT'
  /** 补贴逾期未到账 Subsidy due, nothing arrived */
  | 'SUBSIDY_UNPAID';

/** 医院等级 Hospital level */
export type HospitalLevel =
  /** 一级医院 Primary */
  | 'PRIMARY'
  /** 二级医院 Secondary */
  | 'SECONDARY'
  /** 三级医院 Tertiary */
  | 'TERTIARY';

/** 家庭标记 Household flags */
export type HouseholdFlagsInput = {
  /** 低保家庭 */
  minimumLivingGuarantee?: boolean;
  /** 农村零转移就业贫困家庭 */
  ruralZeroTransferEmployment?: boolean;
  /** 城镇零就业家庭 */
  urbanZeroEmployment?: boolean;
};

export type HouseholdsFilter = {
  minimumLivingGuarantee?: boolean | null | undefined;
  ruralZeroTransferEmployment?: boolean | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
  urbanZeroEmployment?: boolean | null | undefined;
  village?: string | null | undefined;
};

/** 导入方式 What happens to a file with bad rows */
export type ImportMode =
  /** 全部成功或全部不导入 One bad row and nothing is written */
  | 'ALL_OR_NOTHING'
  /** 导入无误的行，退回有误的行（整户） Write the good rows; hand the bad ones (whole households) back as a spreadsheet with the reasons */
  | 'VALID_ROWS';

/** 导入花名册 Import the register from a CSV or Excel (.xlsx) file */
export type ImportRegisterInput = {
  /** 文件内容（Base64） File content, Base64-encoded */
  contentBase64: string;
  /** 只检查不导入 Check only; write nothing */
  dryRun?: boolean;
  /** 文件名 File name (.csv or .xlsx) */
  fileName: string;
  /** 导入方式 All or nothing (default), or the good rows only */
  mode?: ImportMode;
};

/** 扶贫专场招聘形式 Kind of job fair */
export type JobFairKind =
  /** 送岗下乡 Jobs delivered to the countryside */
  | 'DELIVERY_TO_COUNTRYSIDE'
  /** 其他 Other */
  | 'OTHER'
  /** 招聘大篷车 Recruitment caravan */
  | 'RECRUITMENT_CARAVAN';

/** 招聘会筛选 Filters of the job fair list */
export type JobFairsFilter = {
  /** 举办日期起 Held on or after */
  heldFrom?: string | null | undefined;
  /** 举办日期止 Held on or before */
  heldTo?: string | null | undefined;
  kind?: JobFairKind | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
};

/** 岗位推荐筛选 Filters of the offer list and ledger */
export type JobOffersFilter = {
  channel?: OfferChannel | null | undefined;
  jobFairId?: string | number | null | undefined;
  /** 推荐日期起 Offered on or after */
  offeredFrom?: string | null | undefined;
  /** 推荐日期止 Offered on or before */
  offeredTo?: string | null | undefined;
  outcome?: OfferOutcome | null | undefined;
  personId?: string | number | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
};

/** 劳动能力 Labour capacity */
export type LaborCapacity =
  /** 全部劳动能力 Full */
  | 'FULL'
  /** 无劳动能力 None */
  | 'NONE'
  /** 部分劳动能力 Partial */
  | 'PARTIAL';

/** 岗位推荐渠道 How the job was offered */
export type OfferChannel =
  /** 送岗入户 Jobs brought to the household */
  | 'HOUSEHOLD_DELIVERY'
  /** 扶贫专场招聘 At a job fair */
  | 'JOB_FAIR'
  /** 其他 Other */
  | 'OTHER'
  /** 送岗进村 Jobs brought to the village */
  | 'VILLAGE_DELIVERY';

/** 岗位推荐缺口筛选 Filters of the offer gap list */
export type OfferGapsFilter = {
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
};

/** 推荐结果 Outcome of a job offer */
export type OfferOutcome =
  /** 接受 Accepted */
  | 'ACCEPTED'
  /** 拒绝（须填写原因） Declined, with a reason */
  | 'DECLINED'
  /** 待定 Pending */
  | 'PENDING';

/** 设立公益岗位 Open a public-welfare post (R-EMP-1) */
export type OpenPostInput = {
  /** 月补贴（分） Monthly allowance in fen */
  monthlyAllowanceFen: number;
  /** 设岗日期 Opened on */
  openedOn: string;
  /** 岗位名称 Title */
  title: string;
  /** 镇街代码 Township code */
  townshipCode: string;
  /** 岗位类型代码 Post type code (see postTypes) */
  typeCode: string;
  /** 村/社区 Village */
  village: string;
};

/** 拨付培训补贴 Record the payment of a verified claim to the institution */
export type PayTrainingClaimInput = {
  /** 拨付金额（分，应等于核定金额） Amount paid, fen (the computed amount) */
  amountFen: number;
  claimId: string | number;
  /** 拨付日期 Paid on */
  paidOn: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 支付方 Payer of a one-stop settlement, in settlement order */
export type Payer =
  /** 基本医疗保险 Basic medical insurance */
  | 'BASIC_MEDICAL'
  /** 大病保险 Critical-illness insurance */
  | 'CRITICAL_ILLNESS'
  /** 医疗救助 Medical aid */
  | 'MEDICAL_AID'
  /** 扶贫特惠保险 Poverty special insurance */
  | 'POVERTY_SPECIAL'
  /** 全民补充医疗保险（特药特材） Supplementary insurance, special drugs and materials */
  | 'SPECIAL_DRUGS';

/** 台账筛选 Pension ledger filter */
export type PensionLedgerFilter = {
  statuses?: Array<PensionStatus> | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
};

/** 养老待遇台账状态 Pension ledger status */
export type PensionStatus =
  /** 已补缴 Back-paid; benefit to claim */
  | 'BACK_PAID'
  /** 已申领 Benefit claimed; payment to start */
  | 'CLAIMED'
  /** 已在领取 Already of pension age when registered or when the plan began: drawing, nothing to back-pay */
  | 'DRAWING'
  /** 发放中 Benefit being paid */
  | 'PAYING'
  /** 待补缴 Back-payment to make */
  | 'PENDING';

/** 台账办理步骤 A step on a pension ledger entry */
export type PensionStepInput = {
  entryId: string | number;
  /** 办理日期 Done on */
  on: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 人员筛选 Filters of the people list */
export type PeopleFilter = {
  /** 最大年龄 Maximum age (inclusive) */
  ageMax?: number | null | undefined;
  /** 最小年龄 Minimum age (inclusive) */
  ageMin?: number | null | undefined;
  /** 计算年龄的日期 Date ages are taken on (default today) */
  ageOn?: string | null | undefined;
  disabilityCertificate?: boolean | null | undefined;
  entrepreneurshipCapacity?: boolean | null | undefined;
  entrepreneurshipIntention?: boolean | null | undefined;
  householdId?: string | number | null | undefined;
  laborCapacities?: Array<LaborCapacity> | null | undefined;
  povertyStatus?: PovertyStatus | null | undefined;
  /** 姓名包含、脱敏身份证号（110101********1234），或完整身份证号（仅限可见完整号码的角色） Part of the name, the masked ID number, or a whole ID number (only roles shown whole numbers; others get BAD_USER_INPUT) */
  search?: string | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
  village?: string | null | undefined;
  willingToTrain?: boolean | null | undefined;
  willingToWork?: boolean | null | undefined;
};

/** 安排上岗 Place a person in a public-welfare post */
export type PlaceInPostInput = {
  personId: string | number;
  postId: string | number;
  /** 上岗日期 In the post from */
  startOn: string;
};

/** 就业方式 Kind of placement */
export type PlacementKind =
  /** 扶贫就业项目 In a poverty employment project */
  | 'EMPLOYMENT_PROJECT'
  /** 企业就业 In an enterprise */
  | 'ENTERPRISE'
  /** 公益岗位 In a public-welfare post */
  | 'PUBLIC_WELFARE_POST'
  /** 自主就业 Self-employed */
  | 'SELF_EMPLOYED';

/** 政策状态 Policy status */
export type PolicyStatus =
  /** 已发布（不可修改） Adopted: in force from validFrom, immutable */
  | 'ADOPTED'
  /** 草案（可修改，未生效） Draft: editable, not yet in force */
  | 'DRAFT';

/** 公益岗位筛选 Filters of the post list */
export type PostsFilter = {
  /** 当日在保有量中 Held on this date */
  heldOn?: string | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
  /** 岗位类型 Post types */
  typeCodes?: Array<string> | null | undefined;
  /** 当日在保有量中且空岗 Held and vacant on this date */
  vacantOn?: string | null | undefined;
  village?: string | null | undefined;
};

/** 贫困状态 Poverty status */
export type PovertyStatus =
  /** 已脱贫 Exited poverty (keeps every benefit, R-PRIN-1) */
  | 'EXITED'
  /** 建档立卡 Registered as poor */
  | 'REGISTERED';

/** 季度（Asia/Shanghai） Calendar quarter, Asia/Shanghai */
export type QuarterInput = {
  /** 季度 (1–4) Quarter */
  quarter: number;
  /** 年 Year */
  year: number;
};

/** 带徒月度检查 Record an apprenticeship's monthly check-in */
export type RecordApprenticeCheckInInput = {
  /** 检查日期 Checked on */
  checkedOn: string;
  enrolmentId: string | number;
  /** 月份 YYYY-MM (within the apprenticeship) */
  month: string;
  /** 带徒情况 Progress */
  note: string;
};

/** 记录出勤（未列出的学员记为缺勤） Record a held session's attendance; trainees not listed were absent */
export type RecordAttendanceInput = {
  /** 出勤的报名 Enrolments present */
  presentEnrolmentIds: Array<string | number>;
  sessionId: string | number;
};

/** 记录参保 Record a person's enrolment (pension-centre: pension; medical-centre: medical) */
export type RecordEnrolmentInput = {
  /** 缴费档次 Contribution tier (1–20) */
  contributionTier?: number | null | undefined;
  /** 参保日期 Enrolled on (default today when ENROLLED) */
  enrolledOn?: string | null | undefined;
  personId: string | number;
  scheme: Scheme;
  /** 参保年度 Scheme year */
  schemeYear: number;
  status: EnrolmentStatus;
  /** 读取时的版本 The version you read (optimistic lock) */
  version: number;
};

/** 记录脱贫 Record an exit from poverty (R-PRIN-1: no entitlement ends) */
export type RecordExitInput = {
  /** 脱贫日期 Exited on */
  exitedOn: string;
  personId: string | number;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 记录扶贫专场招聘 Record a job fair held for poor people (R-EMP-4) */
export type RecordJobFairInput = {
  /** 参会企业数 Employers taking part */
  employers: number;
  /** 举办日期（不能晚于今天） Held on, not after today */
  heldOn: string;
  kind: JobFairKind;
  /** 达成意向/推荐岗位数 Offers made there */
  offersMade: number;
  /** 贫困人员参会人数 Poor people attending */
  poorAttendees: number;
  /** 提供岗位数 Positions offered */
  positionsOffered: number;
  /** 名称 Title */
  title?: string | null | undefined;
  /** 镇街代码 Township code */
  townshipCode: string;
};

/** 记录岗位推荐 Record a job offer to a person (R-EMP-3) */
export type RecordJobOfferInput = {
  /** 渠道 Channel */
  channel: OfferChannel;
  /** 拒绝原因（拒绝时必填） Why declined (required when DECLINED) */
  declineReason?: string | null | undefined;
  /** 用人单位 Employer */
  employer: string;
  /** 招聘会（渠道为招聘会时可填） The job fair, for the JOB_FAIR channel */
  jobFairId?: string | number | null | undefined;
  /** 月工资（分，大于0） Monthly wage in fen, above 0 */
  monthlyWageFen: number;
  /** 推荐日期（不能晚于今天） Offered on, not after today */
  offeredOn: string;
  /** 结果（默认待定） Outcome, default PENDING */
  outcome?: OfferOutcome | null | undefined;
  personId: string | number;
  /** 岗位 Position */
  position: string;
};

/** 记录需求调查 Record a needs survey (R-REQ-2) */
export type RecordNeedsSurveyInput = {
  needsEntrepreneurship: boolean;
  needsTraining: boolean;
  needsWork: boolean;
  note?: string | null | undefined;
  personId: string | number;
  /** 调查日期 Surveyed on (default today) */
  surveyedOn?: string | null | undefined;
};

/** 记录推荐结果 Record the outcome of a job offer */
export type RecordOfferOutcomeInput = {
  /** 拒绝原因（拒绝时必填） Why declined (required when DECLINED) */
  declineReason?: string | null | undefined;
  offerId: string | number;
  outcome: OfferOutcome;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 记录就业安置 Record where a person works, since when */
export type RecordPlacementInput = {
  /** 就业单位/地点 Employer or where */
  employer: string;
  /** 来自哪次岗位推荐 The offer it came from */
  jobOfferId?: string | number | null | undefined;
  kind: PlacementKind;
  personId: string | number;
  /** 就业日期（不能晚于今天） Since, not after today */
  since: string;
};

/** 记录补贴到账 Record the subsidy money that arrived */
export type RecordSubsidyPaymentInput = {
  /** 累计到账（分） Total paid so far, fen (at most the standard) */
  paidFen: number;
  /** 到账日期 Paid on (the latest payment) */
  paidOn: string;
  subsidyId: string | number;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 登记证书 Record the certificate of a completed training */
export type RecordTrainingCertificateInput = {
  enrolmentId: string | number;
  /** 发证日期 Issued on */
  issuedOn: string;
  /** 发证机构 Issuing body */
  issuingBody: string;
  /** 证书编号 Number */
  number: string;
  type: TrainingCertificateType;
};

/** 登记培训机构 Record a training institution (R-SKL-1) */
export type RecordTrainingInstitutionInput = {
  /** 联系人及电话 Contact */
  contact: string;
  /** 统一社会信用代码（18位，校验位按GB 32100） Unified social credit code */
  creditCode: string;
  /** 机构名称 Name */
  name: string;
  /** 办学资质 Qualification (licence and number) */
  qualification: string;
};

/** 登记政府购买培训项目 Record a purchased training project (R-SKL-1) */
export type RecordTrainingProjectInput = {
  /** 购买服务合同编号 Contract number */
  contractNumber: string;
  courseKind: TrainingCourseKind;
  /** 职业（工种）或专项职业能力名称 e.g. 大棚蔬菜种植 */
  courseName: string;
  /** 结业日期（不早于开班日期） Ends on (not before startOn) */
  endOn: string;
  format: TrainingFormat;
  /** 培训课时 Hours */
  hours: number;
  /** 培训机构 Institution id */
  institutionId: string | number;
  /** 培训地点 Place */
  place: string;
  /** 培训名额 Places */
  places: number;
  /** 每人补贴标准（分，不超过政策上限） Price per trainee, fen (within the policy's cap) */
  pricePerTraineeFen: number;
  /** 开班日期 Starts on */
  startOn: string;
  /** 镇街代码 Township code */
  townshipCode: string;
};

/** 记录月度考勤 Record a month's work log of a post placement */
export type RecordWorkLogInput = {
  /** 出勤天数 Days worked (1 to the days of the month) */
  daysWorked: number;
  /** 月份 Month, YYYY-MM */
  month: string;
  placementId: string | number;
};

/** 不予拨付 Refuse a claim, with the reason */
export type RefuseTrainingClaimInput = {
  claimId: string | number;
  /** 原因 Reason */
  reason: string;
  /** 日期 Refused on */
  refusedOn: string;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 登记户 Register a household */
export type RegisterHouseholdInput = {
  minimumLivingGuarantee?: boolean;
  /** 户编号 Household number (unique when given) */
  number?: string | null | undefined;
  ruralZeroTransferEmployment?: boolean;
  townshipCode: string;
  urbanZeroEmployment?: boolean;
  village: string;
};

/** 登记贫困人口 Register a poor person */
export type RegisterPersonInput = {
  disabilityCertificate?: boolean;
  education?: Education;
  entrepreneurshipCapacity?: boolean;
  entrepreneurshipIntention?: boolean;
  graduationDate?: string | null | undefined;
  /** 新户的标记 Flags of the new household */
  householdFlags?: HouseholdFlagsInput | null | undefined;
  /** 所在户 Existing household; omit to create a new household headed by this person */
  householdId?: string | number | null | undefined;
  /** 身份证号 ID-card number (GB 11643-1999, 18 characters) */
  idNumber: string;
  /** 是否户主 Head of the household */
  isHead?: boolean;
  /** 劳动能力 Labour capacity */
  laborCapacity: LaborCapacity;
  /** 姓名 Name */
  name: string;
  /** 手机号 Phone */
  phone?: string | null | undefined;
  /** 建档立卡日期 Registered on (default today) */
  registeredOn?: string | null | undefined;
  /** 镇街代码 Township (required when no household is given) */
  townshipCode?: string | null | undefined;
  /** 村/社区 Village (required when no household is given) */
  village?: string | null | undefined;
  willingToTrain?: boolean;
  willingToWork?: boolean;
};

/** 安排培训课次 Schedule a session of a project */
export type ScheduleTrainingSessionInput = {
  /** 上课日期（在项目期间内） Held on, within the project */
  heldOn: string;
  /** 课时 Hours */
  hours: number;
  projectId: string | number;
  /** 内容 Topic */
  topic: string;
};

/** 险种 Resident insurance scheme */
export type Scheme =
  /** 城乡居民基本医疗保险 Resident basic medical insurance */
  | 'RESIDENT_MEDICAL'
  /** 城乡居民基本养老保险 Resident basic pension insurance */
  | 'RESIDENT_PENSION';

/** 设定就业扶贫目标 Set a target value from a date (R-PRIN-2) */
export type SetEmploymentTargetInput = {
  /** 完成期限 Deadline */
  deadline?: string | null | undefined;
  metric: EmploymentTargetMetric;
  /** 依据 Source or note */
  note?: string | null | undefined;
  /** 生效日期 Valid from */
  validFrom: string;
  /** 目标值 Value (basis points for rates) */
  value: number;
};

/** 一站式结算 Settle a medical claim in one pass (medical-centre) */
export type SettleClaimInput = {
  /** 结算日期 Claim date (its year is the accumulators' year) */
  claimDate: string;
  /** 医院等级 Hospital level */
  hospitalLevel: HospitalLevel;
  /** 人员编号 Person (known from the registry) */
  personId: string | number;
  /** 政策范围内费用（分） Policy-scope cost, fen (≤ total) */
  policyScopeCostFen: number;
  /** 特药特材费用（分） Special drugs and materials, fen: the part of the total outside the policy scope */
  specialDrugsCostFen?: number;
  /** 总费用（分） Total cost, fen */
  totalCostFen: number;
};

/** 结算筛选 Settlement filter */
export type SettlementsFilter = {
  /** 起始日期（含） From (inclusive) */
  from?: string | null | undefined;
  /** 人员 People */
  personIds?: Array<string | number> | null | undefined;
  /** 仅贫困人口结算 Only settlements of poor people */
  poorPerson?: boolean | null | undefined;
  /** 截止日期（含） To (inclusive) */
  to?: string | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
};

/** 性别 Sex (derived from the ID-card number) */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** 项目开发主体 Who develops the employment project */
export type SponsorKind =
  /** 企业 Enterprise */
  | 'ENTERPRISE'
  /** 创业带头人 Entrepreneurship leader */
  | 'ENTREPRENEURSHIP_LEADER'
  /** 村集体经济组织 Village collective economic organisation */
  | 'VILLAGE_COLLECTIVE';

/** 登记扶贫就业项目 Record a poverty employment project (R-EMP-2) */
export type StartEmploymentProjectInput = {
  /** 提供就业岗位数 Jobs */
  jobs: number;
  /** 项目名称 Name */
  name: string;
  /** 吸纳的贫困人员 Poor people employed there */
  personIds?: Array<string | number> | null | undefined;
  sponsorKind: SponsorKind;
  /** 开发主体名称 Sponsor */
  sponsorName: string;
  /** 开工日期（不能晚于今天） Started on, not after today */
  startedOn: string;
  /** 镇街代码 Township code */
  townshipCode: string;
};

/** 申报培训补贴 Submit an institution's subsidy claim for a project (computed, R-SKL-1) */
export type SubmitTrainingClaimInput = {
  /** 机构申报的学员（默认：本项目全部学员） The trainees claimed for (default: every trainee of the project) */
  personIds?: Array<string | number> | null | undefined;
  projectId: string | number;
  /** 申报日期 Submitted on */
  submittedOn: string;
};

/** 补贴筛选 Premium subsidy filter */
export type SubsidiesFilter = {
  /** 判断到账情况的日期 Date the state is taken on (default today) */
  asOf?: string | null | undefined;
  scheme?: Scheme | null | undefined;
  /** 到账情况（按 asOf） State on asOf */
  state?: SubsidyState | null | undefined;
  townshipCodes?: Array<string> | null | undefined;
  year?: number | null | undefined;
};

/** 补贴到账情况 Subsidy state */
export type SubsidyState =
  /** 逾期到账 Paid in full after the due date */
  | 'LATE'
  /** 未到期 Not yet fully paid, not yet due */
  | 'NOT_YET_DUE'
  /** 及时足额到账 Paid in full by the due date */
  | 'ON_TIME_IN_FULL'
  /** 未足额 Due date passed, paid less than the standard */
  | 'SHORT'
  /** 逾期未到账 Due date passed, nothing paid */
  | 'UNPAID';

/** 证书类别 Certificate type */
export type TrainingCertificateType =
  /** 职业技能等级证书 Skill level certificate */
  | 'SKILL_LEVEL'
  /** 专项职业能力证书 Special vocational ability certificate */
  | 'SPECIAL_ABILITY'
  /** 培训合格证书 Training completion certificate */
  | 'TRAINING_COMPLETION'
  /** 职业资格证书 Vocational qualification */
  | 'VOCATIONAL_QUALIFICATION';

/** 补贴依据 Basis of a payable line */
export type TrainingClaimLineBasis =
  /** 验收合格结业 A verified completion: the full price */
  | 'COMPLETED'
  /** 部分出勤（按政策比例） Partial attendance, at the policy's share of the price */
  | 'PARTIAL';

/** 申报明细结果 Claim line outcome */
export type TrainingClaimLineOutcome =
  /** 予以补贴 Payable */
  | 'PAYABLE'
  /** 不予补贴 Refused */
  | 'REFUSED';

/** 不予补贴原因 Why a line is refused */
export type TrainingClaimLineRefusal =
  /** 已在其他项目（或本项目）申领补贴 Already claimed on a project */
  | 'ALREADY_CLAIMED'
  /** 未结业（出勤或考核未达标） Did not complete */
  | 'NOT_COMPLETED'
  /** 未参加本项目 Not enrolled in this project */
  | 'NOT_ENROLLED'
  /** 非建档立卡贫困人员 Not a registered poor person */
  | 'NOT_REGISTERED_POOR';

/** 培训补贴申请状态 Subsidy claim status */
export type TrainingClaimStatus =
  /** 已拨付 Paid to the institution */
  | 'PAID'
  /** 不予拨付 Refused, with the reason */
  | 'REFUSED'
  /** 已申报待审核 Submitted, awaiting verification */
  | 'SUBMITTED'
  /** 已审核待拨付 Verified, awaiting payment */
  | 'VERIFIED';

/** 培训补贴申请筛选 Filters of the claim list */
export type TrainingClaimsFilter = {
  institutionId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  /** 状态（待审核：SUBMITTED） Statuses */
  statuses?: Array<TrainingClaimStatus> | null | undefined;
  /** 申报日期起 Submitted on or after */
  submittedFrom?: string | null | undefined;
  /** 申报日期止 Submitted on or before */
  submittedTo?: string | null | undefined;
  /** 镇街（项目所在） Townships (the project's) */
  townshipCodes?: Array<string> | null | undefined;
};

/** 培训课程类别 Course kind */
export type TrainingCourseKind =
  /** 职业（工种）培训 Occupation training */
  | 'OCCUPATION'
  /** 专项职业能力培训（如大棚蔬菜种植、大棚育苗） Special vocational ability course */
  | 'SPECIAL_ABILITY';

/** 培训实效筛选 Which projects the effect figures cover */
export type TrainingEffectFilter = {
  courseKind?: TrainingCourseKind | null | undefined;
  format?: TrainingFormat | null | undefined;
  institutionId?: string | number | null | undefined;
  /** 开班日期起 Started on or after */
  startedFrom?: string | null | undefined;
  /** 开班日期止 Started on or before */
  startedTo?: string | null | undefined;
  /** 镇街（项目所在） Townships (the project's) */
  townshipCodes?: Array<string> | null | undefined;
};

/** 报名状态 Enrolment status */
export type TrainingEnrolmentStatus =
  /** 已结业（出勤与考核达标） Completed: attendance and assessment met */
  | 'COMPLETED'
  /** 在训 Enrolled, not (yet) completed */
  | 'ENROLLED';

/** 培训形式 Training format */
export type TrainingFormat =
  /** 能人带徒 Capable-person apprentice */
  | 'CAPABLE_PERSON_APPRENTICE'
  /** 集中授课 Classroom */
  | 'CLASSROOM'
  /** 师傅带徒 Master-apprentice */
  | 'MASTER_APPRENTICE'
  /** 一对一 One-to-one */
  | 'ONE_TO_ONE';

/** 培训机构筛选 Filters of the institution list */
export type TrainingInstitutionsFilter = {
  /** 名称包含 Name contains */
  nameContains?: string | null | undefined;
};

/** 培训项目筛选 Filters of the training project list */
export type TrainingProjectsFilter = {
  courseKind?: TrainingCourseKind | null | undefined;
  format?: TrainingFormat | null | undefined;
  /** 培训机构 Institution */
  institutionId?: string | number | null | undefined;
  /** 在此日期或之后仍在培训 Running on or after (endOn ≥ this) */
  runningFrom?: string | null | undefined;
  /** 在此日期或之前已开班 Running on or before (startOn ≤ this); with runningFrom: running this month */
  runningTo?: string | null | undefined;
  /** 镇街 Townships */
  townshipCodes?: Array<string> | null | undefined;
};

/** 修改培训机构 Change a training institution's qualification or contact */
export type UpdateTrainingInstitutionInput = {
  /** 联系人及电话 Contact */
  contact?: string | null | undefined;
  institutionId: string | number;
  /** 机构名称 Name */
  name?: string | null | undefined;
  /** 办学资质 Qualification */
  qualification?: string | null | undefined;
  /** 读取时的版本 The version you read */
  version: number;
};

/** 审核培训补贴申请 Verify a claim */
export type VerifyTrainingClaimInput = {
  claimId: string | number;
  /** 审核日期 Verified on */
  verifiedOn: string;
  /** 读取时的版本 The version you read */
  version: number;
};

export type ActivityActorFragment = { id: string, action: string, entityName: string, entityId: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string> };

export type PersonPickQueryVariables = Exact<{
  search: string;
}>;


export type PersonPickQuery = { people: { nodes: Array<{ id: string, name: string, idNumberMasked: string }> } };

export type TownshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipsQuery = { townships: Array<{ code: string, name: string, concentrated: boolean }> };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { people: { totalCount: number }, registered: { totalCount: number }, openCases: { totalCount: number }, offerGaps: { totalCount: number }, burdenNotices: { totalCount: number }, postFigures: { held: number, filled: number, vacant: number, occupancyRateBp: number | null, heldCheck: { actual: number, met: boolean, target: { value: number } | null }, occupancyCheck: { met: boolean, target: { value: number } | null } } };

export type DossierTimelineFragment = { id: string, name: string, registryActivity: Array<{ id: string, at: string, action: string, description: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string>, entityName: string, entityId: string }> | null, employmentActivity: Array<{ id: string, at: string, action: string, description: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string>, entityName: string, entityId: string }> | null, socialSecurityActivity: Array<{ id: string, at: string, action: string, description: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string>, entityName: string, entityId: string }> | null, skillsActivity: Array<{ id: string, at: string, action: string, description: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string>, entityName: string, entityId: string }> | null, employment: { case: { id: string, closeReason: string | null } | null, offers: Array<{ id: string, employer: string, position: string }>, placements: Array<{ id: string, employer: string }> } | null, socialSecurity: { enrolments: Array<{ id: string, scheme: Scheme }>, settlements: Array<{ id: string, outOfPocketFen: number }> } | null, skills: { enrolments: Array<{ id: string, project: { id: string, courseName: string } | null }> } | null, burdenNotices: Array<{ id: string, followUp: string | null }> };

export type TimelineEntryFragment = { id: string, at: string, action: string, description: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string>, entityName: string, entityId: string };

export type FindPeopleQueryVariables = Exact<{
  search: string;
}>;


export type FindPeopleQuery = { people: { nodes: Array<{ id: string, name: string, idNumberMasked: string, village: string }> } };

export type PlacementWorkLogsQueryVariables = Exact<{
  postId: string | number;
}>;


export type PlacementWorkLogsQuery = { publicWelfarePost: { id: string, placements: Array<{ id: string, workLogs: Array<{ id: string, month: string, daysWorked: number }> }> } | null };

export type RecordWorkLogMutationVariables = Exact<{
  input: RecordWorkLogInput;
}>;


export type RecordWorkLogMutation = { recordWorkLog: { id: string, month: string, daysWorked: number } };

export type AllowanceStatementQueryVariables = Exact<{
  month: string;
  townshipCodes?: Array<string> | string | null | undefined;
}>;


export type AllowanceStatementQuery = { allowanceStatement: { month: string, placements: number, logged: number, totalDueFen: number, lines: Array<{ placementId: string, postId: string, postTitle: string, townshipCode: string, logged: boolean, daysWorked: number | null, monthlyAllowanceFen: number, dueFen: number, person: { id: string, name: string } }> } };

export type EmploymentPanelFragment = { id: string, employmentActivity: Array<{ id: string, action: string, entityName: string, entityId: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string> }> | null, employment: { offerCount: number, offersRequired: number, case: { id: string, status: AssistanceCaseStatus, openedOn: string, caseworker: string | null } | null, offers: Array<{ id: string, offeredOn: string, employer: string, position: string, monthlyWageFen: number, outcome: OfferOutcome, declineReason: string | null, recordedBy: string }>, placement: { id: string, employer: string, kind: PlacementKind, since: string } | null } | null };

export type JobOffersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: JobOffersFilter | null | undefined;
}>;


export type JobOffersQuery = { jobOffers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, offeredOn: string, employer: string, position: string, monthlyWageFen: number, channel: OfferChannel, outcome: OfferOutcome, declineReason: string | null, outcomeOn: string | null, townshipCode: string, version: number, person: { id: string, name: string } }> } };

export type RecordOfferOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type RecordOfferOutcomeMutation = { recordOfferOutcome: { id: string, outcome: OfferOutcome, declineReason: string | null, outcomeOn: string | null, version: number } };

export type EmploymentFiguresQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type EmploymentFiguresQuery = { postFigures: { asOf: string, held: number, filled: number, vacant: number, occupancyRateBp: number | null, heldCheck: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null }, occupancyCheck: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null } }, projectFigures: { year: number, held: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null }, startedInYear: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null } } };

export type PostFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type PostFiguresQuery = { postFigures: { asOf: string, held: number, filled: number, vacant: number, occupancyRateBp: number | null, heldCheck: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null }, occupancyCheck: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null } } };

export type PublicWelfarePostsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PostsFilter | null | undefined;
}>;


export type PublicWelfarePostsQuery = { publicWelfarePosts: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, typeCode: string, townshipCode: string, village: string, monthlyAllowanceFen: number, openedOn: string, closedOn: string | null, version: number, type: { name: string } | null, currentPlacement: { id: string, startOn: string, version: number, person: { id: string, name: string } } | null }> }, postTypes: Array<{ code: string, name: string }> };

export type OpenPostMutationVariables = Exact<{
  input: OpenPostInput;
}>;


export type OpenPostMutation = { openPost: { id: string, version: number } };

export type PlaceInPostMutationVariables = Exact<{
  input: PlaceInPostInput;
}>;


export type PlaceInPostMutation = { placeInPost: { id: string, postId: string, version: number } };

export type EndPostPlacementMutationVariables = Exact<{
  input: EndPostPlacementInput;
}>;


export type EndPostPlacementMutation = { endPostPlacement: { id: string, endOn: string | null, version: number } };

export type ClosePostMutationVariables = Exact<{
  input: ClosePostInput;
}>;


export type ClosePostMutation = { closePost: { id: string, closedOn: string | null, version: number } };

export type EmploymentProjectsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EmploymentProjectsFilter | null | undefined;
  year?: number | null | undefined;
}>;


export type EmploymentProjectsQuery = { employmentProjects: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, sponsorKind: SponsorKind, sponsorName: string, townshipCode: string, startedOn: string, endedOn: string | null, jobs: number, poorEmployed: number, version: number, people: Array<{ id: string, name: string }> }> }, projectFigures: { year: number, asOf: string, held: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null }, startedInYear: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null } } };

export type StartEmploymentProjectMutationVariables = Exact<{
  input: StartEmploymentProjectInput;
}>;


export type StartEmploymentProjectMutation = { startEmploymentProject: { id: string, version: number } };

export type EndEmploymentProjectMutationVariables = Exact<{
  input: EndEmploymentProjectInput;
}>;


export type EndEmploymentProjectMutation = { endEmploymentProject: { id: string, endedOn: string | null, version: number } };

export type AddProjectEmployeesMutationVariables = Exact<{
  input: AddProjectEmployeesInput;
}>;


export type AddProjectEmployeesMutation = { addProjectEmployees: { id: string, poorEmployed: number, version: number } };

export type EmploymentTargetsPageQueryVariables = Exact<{
  year?: number | null | undefined;
  quarter: QuarterInput;
}>;


export type EmploymentTargetsPageQuery = { employmentTargets: Array<{ id: string, metric: EmploymentTargetMetric, value: number, validFrom: string, deadline: string | null, note: string | null, createdBy: string }>, postFigures: { held: number, occupancyRateBp: number | null, heldCheck: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null }, occupancyCheck: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null } }, projectFigures: { held: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null }, startedInYear: { actual: number, met: boolean, status: EmploymentTargetStatus, dueOn: string | null, target: { value: number } | null } }, fairGaps: Array<{ townshipCode: string, name: string, dueOn: string, status: EmploymentTargetStatus }> };

export type SetEmploymentTargetMutationVariables = Exact<{
  input: SetEmploymentTargetInput;
}>;


export type SetEmploymentTargetMutation = { setEmploymentTarget: { id: string, metric: EmploymentTargetMetric, value: number } };

export type AssistanceCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AssistanceCasesFilter | null | undefined;
}>;


export type AssistanceCasesQuery = { assistanceCases: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: AssistanceCaseStatus, openedOn: string, openedBy: string, caseworker: string | null, offerCount: number, offersMissing: number, townshipCode: string, closedOn: string | null, closeReason: string | null, version: number, person: { id: string, name: string, village: string } }> } };

export type RecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type RecordPlacementMutation = { recordPlacement: { id: string, personId: string } };

export type AssignCaseworkerMutationVariables = Exact<{
  input: AssignCaseworkerInput;
}>;


export type AssignCaseworkerMutation = { assignCaseworker: { id: string, caseworker: string | null, version: number } };

export type CloseAssistanceCaseMutationVariables = Exact<{
  input: CloseAssistanceCaseInput;
}>;


export type CloseAssistanceCaseMutation = { closeAssistanceCase: { id: string, status: AssistanceCaseStatus, closedOn: string | null, closeReason: string | null, version: number } };

export type OfferGapsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OfferGapsFilter | null | undefined;
}>;


export type OfferGapsQuery = { offerGaps: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, openedOn: string, offerCount: number, offersMissing: number, townshipCode: string, person: { id: string, name: string, village: string } }> } };

export type RecordJobOfferMutationVariables = Exact<{
  input: RecordJobOfferInput;
}>;


export type RecordJobOfferMutation = { recordJobOffer: { id: string, personId: string } };

export type JobFairsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: JobFairsFilter | null | undefined;
  quarter: QuarterInput;
}>;


export type JobFairsQuery = { jobFairs: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, heldOn: string, kind: JobFairKind, title: string | null, townshipCode: string, employers: number, positionsOffered: number, poorAttendees: number, offersMade: number, recordedBy: string }> }, fairGaps: Array<{ townshipCode: string, name: string, dueOn: string, status: EmploymentTargetStatus }> };

export type RecordJobFairMutationVariables = Exact<{
  input: RecordJobFairInput;
}>;


export type RecordJobFairMutation = { recordJobFair: { id: string, heldOn: string } };

export type ImportRegisterMutationVariables = Exact<{
  input: ImportRegisterInput;
}>;


export type ImportRegisterMutation = { importRegister: { accepted: boolean, dryRun: boolean, rowCount: number, created: number, updated: number, unchanged: number, householdsCreated: number, errors: Array<{ row: number, column: string, messageZh: string }> } };

export type RegisterTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterTemplateQuery = { registerTemplate: string };

export type RegistryPanelFragment = { id: string, name: string, idNumberMasked: string, sex: Sex, birthDate: string, age: number, phone: string | null, townshipCode: string, village: string, povertyStatus: PovertyStatus, registeredOn: string, exitedOn: string | null, laborCapacity: LaborCapacity, education: Education, willingToWork: boolean, willingToTrain: boolean, entrepreneurshipIntention: boolean, disabilityCertificate: boolean, isHead: boolean, household: { id: string, number: string | null, minimumLivingGuarantee: boolean, urbanZeroEmployment: boolean, ruralZeroTransferEmployment: boolean, members: Array<{ id: string, name: string, isHead: boolean }> }, needsSurveys: Array<{ id: string, surveyedOn: string, surveyedBy: string, needsWork: boolean, needsTraining: boolean, needsEntrepreneurship: boolean, note: string | null }> };

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RegisterPersonMutation = { registerPerson: { id: string, name: string, version: number } };

export type RegisterHouseholdMutationVariables = Exact<{
  input: RegisterHouseholdInput;
}>;


export type RegisterHouseholdMutation = { registerHousehold: { id: string, number: string | null, townshipCode: string, village: string } };

export type HouseholdsOfVillageQueryVariables = Exact<{
  filter?: HouseholdsFilter | null | undefined;
}>;


export type HouseholdsOfVillageQuery = { households: { nodes: Array<{ id: string, number: string | null, village: string, head: { name: string } | null }> } };

export type RecordNeedsSurveyMutationVariables = Exact<{
  input: RecordNeedsSurveyInput;
}>;


export type RecordNeedsSurveyMutation = { recordNeedsSurvey: { id: string, surveyedOn: string } };

export type RecordExitMutationVariables = Exact<{
  input: RecordExitInput;
}>;


export type RecordExitMutation = { recordExit: { id: string, povertyStatus: PovertyStatus, exitedOn: string | null, version: number } };

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PeopleFilter | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, idNumberMasked: string, sex: Sex, age: number, townshipCode: string, village: string, povertyStatus: PovertyStatus, laborCapacity: LaborCapacity, version: number, latestNeedsSurvey: { surveyedOn: string } | null, household: { id: string, number: string | null } }> } };

export type BurdenPanelFragment = { id: string, burdenNotices: Array<{ id: string, claimDate: string, outOfPocketFen: number, reason: string, acknowledgedOn: string | null, followUp: string | null }> };

export type BurdenNoticesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: BurdenNoticesFilter | null | undefined;
}>;


export type BurdenNoticesQuery = { burdenNotices: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, version: number, personId: string, townshipCode: string, claimDate: string, totalCostFen: number, outOfPocketFen: number, reason: string, receivedAt: string, acknowledgedOn: string | null, acknowledgedBy: string | null, followUp: string | null, person: { id: string, name: string, village: string } | null }> } };

export type AcknowledgeBurdenNoticeMutationVariables = Exact<{
  input: AcknowledgeBurdenNoticeInput;
}>;


export type AcknowledgeBurdenNoticeMutation = { acknowledgeBurdenNotice: { id: string, version: number, acknowledgedOn: string | null } };

export type SkillsPanelFragment = { id: string, skills: { openNeed: { id: string, openedOn: string, enrolledOn: string | null, waitingDays: number } | null, enrolments: Array<{ id: string, enrolledOn: string, status: TrainingEnrolmentStatus, completedOn: string | null, project: { id: string, courseName: string, institution: { name: string } | null } | null, certificate: { id: string, type: TrainingCertificateType, number: string, issuedOn: string } | null }> } | null };

export type SkillsGapsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  townshipCodes?: Array<string> | string | null | undefined;
}>;


export type SkillsGapsQuery = { trainingGaps: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, townshipCode: string, openedOn: string, waitingDays: number, zeroTransferHousehold: boolean, latestSurvey: { surveyedOn: string } | null, person: { id: string, name: string, village: string } }> } };

export type SkillsOpenProjectsQueryVariables = Exact<{
  filter?: TrainingProjectsFilter | null | undefined;
}>;


export type SkillsOpenProjectsQuery = { trainingProjects: { nodes: Array<{ id: string, courseName: string, format: TrainingFormat, townshipCode: string, startOn: string, endOn: string, places: number, enrolledCount: number, institution: { id: string, name: string } | null }> } };

export type EnrolTraineeMutationVariables = Exact<{
  input: EnrolTraineeInput;
}>;


export type EnrolTraineeMutation = { enrolTrainee: { id: string, projectId: string, personId: string } };

export type SkillsInstitutionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TrainingInstitutionsFilter | null | undefined;
}>;


export type SkillsInstitutionsQuery = { trainingInstitutions: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, creditCode: string, qualification: string, contact: string, version: number }> } };

export type RecordTrainingInstitutionMutationVariables = Exact<{
  input: RecordTrainingInstitutionInput;
}>;


export type RecordTrainingInstitutionMutation = { recordTrainingInstitution: { id: string, name: string } };

export type UpdateTrainingInstitutionMutationVariables = Exact<{
  input: UpdateTrainingInstitutionInput;
}>;


export type UpdateTrainingInstitutionMutation = { updateTrainingInstitution: { id: string, name: string, version: number } };

export type SkillsProjectsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TrainingProjectsFilter | null | undefined;
}>;


export type SkillsProjectsQuery = { trainingProjects: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, contractNumber: string, courseKind: TrainingCourseKind, courseName: string, format: TrainingFormat, townshipCode: string, place: string, places: number, hours: number, pricePerTraineeFen: number, startOn: string, endOn: string, enrolledCount: number, completedCount: number, institution: { id: string, name: string } | null }> } };

export type SkillsInstitutionPickQueryVariables = Exact<{ [key: string]: never; }>;


export type SkillsInstitutionPickQuery = { trainingInstitutions: { nodes: Array<{ id: string, name: string }> } };

export type RecordTrainingProjectMutationVariables = Exact<{
  input: RecordTrainingProjectInput;
}>;


export type RecordTrainingProjectMutation = { recordTrainingProject: { id: string, courseName: string } };

export type SkillsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type SkillsProjectQuery = { trainingProject: { id: string, contractNumber: string, courseKind: TrainingCourseKind, courseName: string, format: TrainingFormat, townshipCode: string, place: string, places: number, hours: number, pricePerTraineeFen: number, startOn: string, endOn: string, policyVersionId: string, enrolledCount: number, completedCount: number, institution: { id: string, name: string } | null, sessions: Array<{ id: string, heldOn: string, hours: number, topic: string }> } | null, trainingEnrolments: { nodes: Array<{ id: string, personId: string, enrolledOn: string, status: TrainingEnrolmentStatus, completedOn: string | null, assessmentPassed: boolean | null, attendanceBp: number | null, masterName: string | null, apprenticeFrom: string | null, apprenticeTo: string | null, version: number, person: { id: string, name: string, village: string }, certificate: { id: string, type: TrainingCertificateType, number: string } | null, checkIns: Array<{ id: string, month: string }> }> }, trainingClaims: { nodes: Array<{ id: string, status: TrainingClaimStatus, submittedOn: string, completedCount: number, amountFen: number }> } };

export type ScheduleTrainingSessionMutationVariables = Exact<{
  input: ScheduleTrainingSessionInput;
}>;


export type ScheduleTrainingSessionMutation = { scheduleTrainingSession: { id: string } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string } };

export type CompleteTrainingMutationVariables = Exact<{
  input: CompleteTrainingInput;
}>;


export type CompleteTrainingMutation = { completeTraining: { id: string, status: TrainingEnrolmentStatus, attendanceBp: number | null, version: number } };

export type RecordTrainingCertificateMutationVariables = Exact<{
  input: RecordTrainingCertificateInput;
}>;


export type RecordTrainingCertificateMutation = { recordTrainingCertificate: { id: string } };

export type RecordApprenticeCheckInMutationVariables = Exact<{
  input: RecordApprenticeCheckInInput;
}>;


export type RecordApprenticeCheckInMutation = { recordApprenticeCheckIn: { id: string } };

export type SubmitTrainingClaimMutationVariables = Exact<{
  input: SubmitTrainingClaimInput;
}>;


export type SubmitTrainingClaimMutation = { submitTrainingClaim: { id: string, amountFen: number } };

export type SkillsClaimsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TrainingClaimsFilter | null | undefined;
}>;


export type SkillsClaimsQuery = { trainingClaims: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: TrainingClaimStatus, townshipCode: string, submittedOn: string, pricePerTraineeFen: number, policyVersionId: string, completedCount: number, partialCount: number, refusedCount: number, amountFen: number, verifiedOn: string | null, paidOn: string | null, paidAmountFen: number | null, refusedOn: string | null, refusalReason: string | null, version: number, project: { id: string, courseName: string, contractNumber: string } | null, institution: { id: string, name: string } | null }> } };

export type ClaimFieldsFragment = { id: string, status: TrainingClaimStatus, townshipCode: string, submittedOn: string, pricePerTraineeFen: number, policyVersionId: string, completedCount: number, partialCount: number, refusedCount: number, amountFen: number, verifiedOn: string | null, paidOn: string | null, paidAmountFen: number | null, refusedOn: string | null, refusalReason: string | null, version: number, project: { id: string, courseName: string, contractNumber: string } | null, institution: { id: string, name: string } | null };

export type VerifyTrainingClaimMutationVariables = Exact<{
  input: VerifyTrainingClaimInput;
}>;


export type VerifyTrainingClaimMutation = { verifyTrainingClaim: { id: string, status: TrainingClaimStatus, version: number } };

export type PayTrainingClaimMutationVariables = Exact<{
  input: PayTrainingClaimInput;
}>;


export type PayTrainingClaimMutation = { payTrainingClaim: { id: string, status: TrainingClaimStatus, version: number } };

export type RefuseTrainingClaimMutationVariables = Exact<{
  input: RefuseTrainingClaimInput;
}>;


export type RefuseTrainingClaimMutation = { refuseTrainingClaim: { id: string, status: TrainingClaimStatus, version: number } };

export type SkillsClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type SkillsClaimQuery = { trainingClaim: { id: string, status: TrainingClaimStatus, townshipCode: string, submittedOn: string, pricePerTraineeFen: number, policyVersionId: string, completedCount: number, partialCount: number, refusedCount: number, amountFen: number, verifiedOn: string | null, paidOn: string | null, paidAmountFen: number | null, refusedOn: string | null, refusalReason: string | null, version: number, lines: Array<{ id: string, personId: string, townshipCode: string | null, outcome: TrainingClaimLineOutcome, basis: TrainingClaimLineBasis | null, refusal: TrainingClaimLineRefusal | null, attendanceBp: number | null, amountFen: number, person: { id: string, name: string } }>, project: { id: string, courseName: string, contractNumber: string } | null, institution: { id: string, name: string } | null } | null };

export type TrainingEffectFiguresQueryVariables = Exact<{
  filter?: TrainingEffectFilter | null | undefined;
}>;


export type TrainingEffectFiguresQuery = { trainingEffect: { total: { enrolled: number, completed: number, certified: number, employedWithinWindow: number, paidFen: number, costPerCompletionFen: number | null, costPerCertificateFen: number | null }, byCourseKind: Array<{ courseKind: TrainingCourseKind, figures: { enrolled: number, completed: number, certified: number, employedWithinWindow: number, paidFen: number, costPerCompletionFen: number | null, costPerCertificateFen: number | null } }>, byProject: Array<{ projectId: string, project: { id: string, courseName: string, format: TrainingFormat, townshipCode: string, startOn: string, institution: { name: string } | null }, figures: { enrolled: number, completed: number, certified: number, employedWithinWindow: number, paidFen: number, costPerCompletionFen: number | null, costPerCertificateFen: number | null } }> } };

export type EffectFiguresFragment = { enrolled: number, completed: number, certified: number, employedWithinWindow: number, paidFen: number, costPerCompletionFen: number | null, costPerCertificateFen: number | null };

export type SocialSecurityPanelFragment = { id: string, socialSecurityActivity: Array<{ id: string, action: string, entityName: string, entityId: string, actorId: string, actorName: string | null, actorUnit: string, actorRoles: Array<string> }> | null, socialSecurity: { poorPersonAdjustments: boolean, enrolments: Array<{ id: string, scheme: Scheme, schemeYear: number, status: EnrolmentStatus, enrolledOn: string | null }>, premiumSubsidies: Array<{ id: string, scheme: Scheme, year: number, standardFen: number, paidFen: number, state: SubsidyState }>, pensionLedgerEntry: { id: string, status: PensionStatus, monthlyBenefitFen: number, benefitStartsOn: string } | null, settlements: Array<{ id: string, claimDate: string, totalCostFen: number, paidByPayersFen: number, outOfPocketFen: number, settledBy: string, lines: Array<{ payer: Payer, paidFen: number }> }> } | null };

export type EnrolmentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EnrolmentsFilter | null | undefined;
}>;


export type EnrolmentsQuery = { enrolments: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, personId: string, townshipCode: string, scheme: Scheme, schemeYear: number, status: EnrolmentStatus, contributionTier: number | null, enrolledOn: string | null, version: number }> } };

export type RecordEnrolmentMutationVariables = Exact<{
  input: RecordEnrolmentInput;
}>;


export type RecordEnrolmentMutation = { recordEnrolment: { id: string, status: EnrolmentStatus, enrolledOn: string | null, version: number } };

export type PremiumSubsidiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SubsidiesFilter | null | undefined;
}>;


export type PremiumSubsidiesQuery = { premiumSubsidies: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, personId: string, townshipCode: string, scheme: Scheme, year: number, standardFen: number, paidFen: number, paidOn: string | null, dueOn: string, state: SubsidyState, version: number, person: { id: string, name: string } }> } };

export type RecordSubsidyPaymentMutationVariables = Exact<{
  input: RecordSubsidyPaymentInput;
}>;


export type RecordSubsidyPaymentMutation = { recordSubsidyPayment: { id: string, paidFen: number, paidOn: string | null, state: SubsidyState, version: number } };

export type ScreeningRunsQueryVariables = Exact<{
  scheme?: Scheme | null | undefined;
}>;


export type ScreeningRunsQuery = { screeningRuns: { nodes: Array<{ id: string, scheme: Scheme, asOf: string, ranAt: string, ranBy: string, peopleScreened: number, findingCount: number, enrolmentsCreated: number, subsidiesCreated: number }> } };

export type ScreeningFindingsQueryVariables = Exact<{
  runId: string | number;
  first: number;
  after?: string | null | undefined;
  kind?: FindingKind | null | undefined;
}>;


export type ScreeningFindingsQuery = { screeningFindings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: FindingKind, detail: string, personId: string, townshipCode: string }> } };

export type RunScreeningMutationVariables = Exact<{
  asOf: string;
  scheme: Scheme;
}>;


export type RunScreeningMutation = { runScreening: { id: string, findingCount: number } };

export type PensionLedgerQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PensionLedgerFilter | null | undefined;
}>;


export type PensionLedgerQuery = { pensionLedger: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, personId: string, townshipCode: string, status: PensionStatus, turned60On: string, benefitStartsOn: string, monthlyBenefitFen: number, backPaymentFen: number, claimedOn: string | null, backPaidOn: string | null, payingSince: string | null, version: number, person: { id: string, name: string } }> } };

export type PensionClaimMutationVariables = Exact<{
  input: PensionStepInput;
}>;


export type PensionClaimMutation = { recordPensionClaim: { id: string, status: PensionStatus, version: number } };

export type PensionBackPayMutationVariables = Exact<{
  input: PensionStepInput;
}>;


export type PensionBackPayMutation = { recordPensionBackPayment: { id: string, status: PensionStatus, version: number } };

export type PensionStartMutationVariables = Exact<{
  input: PensionStepInput;
}>;


export type PensionStartMutation = { startPensionPayment: { id: string, status: PensionStatus, version: number } };

export type RunPensionLedgerMutationVariables = Exact<{
  date: string;
}>;


export type RunPensionLedgerMutation = { runPensionLedger: { added: number, alreadyOnLedger: number } };

export type SettleClaimMutationVariables = Exact<{
  input: SettleClaimInput;
}>;


export type SettleClaimMutation = { settleClaim: { id: string, claimDate: string, poorPerson: boolean, totalCostFen: number, paidByPayersFen: number, outOfPocketFen: number, lines: Array<{ payer: Payer, eligible: boolean, baseFen: number, deductibleAppliedFen: number, paidFen: number, capped: boolean }>, trace: Array<{ rule: string, zh: string, payer: Payer | null, amountFen: number }>, burdenReport: { id: string, reason: string } | null } };

export type MedicalPolicyDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type MedicalPolicyDraftsQuery = { policyVersions: Array<{ id: string, name: string, status: PolicyStatus, validFrom: string }> };

export type CompareSettlementsQueryVariables = Exact<{
  draft: string | number;
  filter?: SettlementsFilter | null | undefined;
}>;


export type CompareSettlementsQuery = { compareSettlements: { settlementCount: number, totalPaid: { baselineFen: number, draftFen: number, differenceFen: number }, outOfPocket: { baselineFen: number, draftFen: number, differenceFen: number }, payers: Array<{ payer: Payer, baselineFen: number, draftFen: number, differenceFen: number }>, largestChanges: Array<{ settlementId: string, personId: string, claimDate: string, baselineOutOfPocketFen: number, draftOutOfPocketFen: number, differenceFen: number }> } };

export const TimelineEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]} as unknown as DocumentNode<TimelineEntryFragment, unknown>;
export const DossierTimelineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierTimeline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registryActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outOfPocketFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"burdenNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]} as unknown as DocumentNode<DossierTimelineFragment, unknown>;
export const ActivityActorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}}]}}]} as unknown as DocumentNode<ActivityActorFragment, unknown>;
export const EmploymentPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmploymentPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employmentActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerCount"}},{"kind":"Field","name":{"kind":"Name","value":"offersRequired"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWageFen"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}}]}}]} as unknown as DocumentNode<EmploymentPanelFragment, unknown>;
export const RegistryPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistryPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"laborCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"willingToWork"}},{"kind":"Field","name":{"kind":"Name","value":"willingToTrain"}},{"kind":"Field","name":{"kind":"Name","value":"entrepreneurshipIntention"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"urbanZeroEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"ruralZeroTransferEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedBy"}},{"kind":"Field","name":{"kind":"Name","value":"needsWork"}},{"kind":"Field","name":{"kind":"Name","value":"needsTraining"}},{"kind":"Field","name":{"kind":"Name","value":"needsEntrepreneurship"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RegistryPanelFragment, unknown>;
export const BurdenPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BurdenPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"burdenNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimDate"}},{"kind":"Field","name":{"kind":"Name","value":"outOfPocketFen"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}}]}}]}}]} as unknown as DocumentNode<BurdenPanelFragment, unknown>;
export const SkillsPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"waitingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsPanelFragment, unknown>;
export const ClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerTraineeFen"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"partialCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ClaimFieldsFragment, unknown>;
export const EffectFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEffectFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"employedWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"costPerCompletionFen"}},{"kind":"Field","name":{"kind":"Name","value":"costPerCertificateFen"}}]}}]} as unknown as DocumentNode<EffectFiguresFragment, unknown>;
export const SocialSecurityPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialSecurityPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityActor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poorPersonAdjustments"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"schemeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"premiumSubsidies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"standardFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pensionLedgerEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBenefitFen"}},{"kind":"Field","name":{"kind":"Name","value":"benefitStartsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidByPayersFen"}},{"kind":"Field","name":{"kind":"Name","value":"outOfPocketFen"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityActor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}}]}}]} as unknown as DocumentNode<SocialSecurityPanelFragment, unknown>;
export const PersonPickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPickQuery, PersonPickQueryVariables>;
export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"concentrated"}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"registered"},"name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"povertyStatus"},"value":{"kind":"EnumValue","value":"REGISTERED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openCases"},"name":{"kind":"Name","value":"assistanceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"burdenNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"heldCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancyCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const FindPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]}}]} as unknown as DocumentNode<FindPeopleQuery, FindPeopleQueryVariables>;
export const PlacementWorkLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementWorkLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicWelfarePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"daysWorked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementWorkLogsQuery, PlacementWorkLogsQueryVariables>;
export const RecordWorkLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWorkLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWorkLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWorkLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"daysWorked"}}]}}]}}]} as unknown as DocumentNode<RecordWorkLogMutation, RecordWorkLogMutationVariables>;
export const AllowanceStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowanceStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowanceStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"logged"}},{"kind":"Field","name":{"kind":"Name","value":"totalDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"postTitle"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"logged"}},{"kind":"Field","name":{"kind":"Name","value":"daysWorked"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueFen"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllowanceStatementQuery, AllowanceStatementQueryVariables>;
export const JobOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobOffersFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWageFen"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobOffersQuery, JobOffersQueryVariables>;
export const RecordOfferOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOfferOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordOfferOutcomeMutation, RecordOfferOutcomeMutationVariables>;
export const EmploymentFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmploymentFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"heldCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancyCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"held"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedInYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmploymentFiguresQuery, EmploymentFiguresQueryVariables>;
export const PostFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"heldCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancyCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostFiguresQuery, PostFiguresQueryVariables>;
export const PublicWelfarePostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicWelfarePosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicWelfarePosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"postTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicWelfarePostsQuery, PublicWelfarePostsQueryVariables>;
export const OpenPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OpenPostMutation, OpenPostMutationVariables>;
export const PlaceInPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceInPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceInPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeInPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PlaceInPostMutation, PlaceInPostMutationVariables>;
export const EndPostPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPostPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPostPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPostPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndPostPlacementMutation, EndPostPlacementMutationVariables>;
export const ClosePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ClosePostMutation, ClosePostMutationVariables>;
export const EmploymentProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmploymentProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentProjectsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorKind"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"poorEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"held"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedInYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmploymentProjectsQuery, EmploymentProjectsQueryVariables>;
export const StartEmploymentProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEmploymentProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEmploymentProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEmploymentProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartEmploymentProjectMutation, StartEmploymentProjectMutationVariables>;
export const EndEmploymentProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEmploymentProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndEmploymentProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEmploymentProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndEmploymentProjectMutation, EndEmploymentProjectMutationVariables>;
export const AddProjectEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poorEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddProjectEmployeesMutation, AddProjectEmployeesMutationVariables>;
export const EmploymentTargetsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmploymentTargetsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"heldCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancyCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"held"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedInYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EmploymentTargetsPageQuery, EmploymentTargetsPageQueryVariables>;
export const SetEmploymentTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEmploymentTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEmploymentTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmploymentTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SetEmploymentTargetMutation, SetEmploymentTargetMutationVariables>;
export const AssistanceCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceCasesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"}},{"kind":"Field","name":{"kind":"Name","value":"offerCount"}},{"kind":"Field","name":{"kind":"Name","value":"offersMissing"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceCasesQuery, AssistanceCasesQueryVariables>;
export const RecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]} as unknown as DocumentNode<RecordPlacementMutation, RecordPlacementMutationVariables>;
export const AssignCaseworkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCaseworker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseworkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseworker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseworker"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignCaseworkerMutation, AssignCaseworkerMutationVariables>;
export const CloseAssistanceCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAssistanceCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAssistanceCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAssistanceCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseAssistanceCaseMutation, CloseAssistanceCaseMutationVariables>;
export const OfferGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferGapsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offerCount"}},{"kind":"Field","name":{"kind":"Name","value":"offersMissing"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferGapsQuery, OfferGapsQueryVariables>;
export const RecordJobOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJobOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJobOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJobOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]} as unknown as DocumentNode<RecordJobOfferMutation, RecordJobOfferMutationVariables>;
export const JobFairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFairsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobFairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"positionsOffered"}},{"kind":"Field","name":{"kind":"Name","value":"poorAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"offersMade"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JobFairsQuery, JobFairsQueryVariables>;
export const RecordJobFairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJobFair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJobFairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJobFair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]} as unknown as DocumentNode<RecordJobFairMutation, RecordJobFairMutationVariables>;
export const ImportRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"householdsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"messageZh"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRegisterMutation, ImportRegisterMutationVariables>;
export const RegisterTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTemplate"}}]}}]} as unknown as DocumentNode<RegisterTemplateQuery, RegisterTemplateQueryVariables>;
export const RegisterPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const RegisterHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]} as unknown as DocumentNode<RegisterHouseholdMutation, RegisterHouseholdMutationVariables>;
export const HouseholdsOfVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsOfVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsOfVillageQuery, HouseholdsOfVillageQueryVariables>;
export const RecordNeedsSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNeedsSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedsSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNeedsSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}}]}}]}}]} as unknown as DocumentNode<RecordNeedsSurveyMutation, RecordNeedsSurveyMutationVariables>;
export const RecordExitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordExitMutation, RecordExitMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"povertyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"laborCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"latestNeedsSurvey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const BurdenNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BurdenNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BurdenNoticesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"burdenNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"claimDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"outOfPocketFen"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BurdenNoticesQuery, BurdenNoticesQueryVariables>;
export const AcknowledgeBurdenNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeBurdenNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeBurdenNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBurdenNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedOn"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeBurdenNoticeMutation, AcknowledgeBurdenNoticeMutationVariables>;
export const SkillsGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"waitingDays"}},{"kind":"Field","name":{"kind":"Name","value":"zeroTransferHousehold"}},{"kind":"Field","name":{"kind":"Name","value":"latestSurvey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsGapsQuery, SkillsGapsQueryVariables>;
export const SkillsOpenProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsOpenProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingProjectsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsOpenProjectsQuery, SkillsOpenProjectsQueryVariables>;
export const EnrolTraineeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolTrainee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolTraineeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolTrainee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]} as unknown as DocumentNode<EnrolTraineeMutation, EnrolTraineeMutationVariables>;
export const SkillsInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingInstitutionsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SkillsInstitutionsQuery, SkillsInstitutionsQueryVariables>;
export const RecordTrainingInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingInstitutionMutation, RecordTrainingInstitutionMutationVariables>;
export const UpdateTrainingInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingInstitutionMutation, UpdateTrainingInstitutionMutationVariables>;
export const SkillsProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingProjectsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"courseKind"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerTraineeFen"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillsProjectsQuery, SkillsProjectsQueryVariables>;
export const SkillsInstitutionPickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsInstitutionPick"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SkillsInstitutionPickQuery, SkillsInstitutionPickQueryVariables>;
export const RecordTrainingProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingProjectMutation, RecordTrainingProjectMutationVariables>;
export const SkillsProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}},{"kind":"Field","name":{"kind":"Name","value":"courseKind"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerTraineeFen"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentPassed"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceBp"}},{"kind":"Field","name":{"kind":"Name","value":"masterName"}},{"kind":"Field","name":{"kind":"Name","value":"apprenticeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"apprenticeTo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<SkillsProjectQuery, SkillsProjectQueryVariables>;
export const ScheduleTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleTrainingSessionMutation, ScheduleTrainingSessionMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const CompleteTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceBp"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteTrainingMutation, CompleteTrainingMutationVariables>;
export const RecordTrainingCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingCertificateMutation, RecordTrainingCertificateMutationVariables>;
export const RecordApprenticeCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordApprenticeCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordApprenticeCheckInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordApprenticeCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordApprenticeCheckInMutation, RecordApprenticeCheckInMutationVariables>;
export const SubmitTrainingClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTrainingClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTrainingClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTrainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<SubmitTrainingClaimMutation, SubmitTrainingClaimMutationVariables>;
export const SkillsClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClaimsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerTraineeFen"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"partialCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SkillsClaimsQuery, SkillsClaimsQueryVariables>;
export const VerifyTrainingClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyTrainingClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyTrainingClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyTrainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<VerifyTrainingClaimMutation, VerifyTrainingClaimMutationVariables>;
export const PayTrainingClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayTrainingClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayTrainingClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payTrainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PayTrainingClaimMutation, PayTrainingClaimMutationVariables>;
export const RefuseTrainingClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseTrainingClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefuseTrainingClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseTrainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RefuseTrainingClaimMutation, RefuseTrainingClaimMutationVariables>;
export const SkillsClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillsClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceBp"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerTraineeFen"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"partialCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"refusedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"contractNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SkillsClaimQuery, SkillsClaimQueryVariables>;
export const TrainingEffectFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEffectFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEffectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEffect"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCourseKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseKind"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEffectFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"employedWithinWindow"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"costPerCompletionFen"}},{"kind":"Field","name":{"kind":"Name","value":"costPerCertificateFen"}}]}}]} as unknown as DocumentNode<TrainingEffectFiguresQuery, TrainingEffectFiguresQueryVariables>;
export const EnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolmentsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"schemeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contributionTier"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolmentsQuery, EnrolmentsQueryVariables>;
export const RecordEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordEnrolmentMutation, RecordEnrolmentMutationVariables>;
export const PremiumSubsidiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PremiumSubsidies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidiesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"premiumSubsidies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"standardFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PremiumSubsidiesQuery, PremiumSubsidiesQueryVariables>;
export const RecordSubsidyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubsidyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubsidyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordSubsidyPaymentMutation, RecordSubsidyPaymentMutationVariables>;
export const ScreeningRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Scheme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranBy"}},{"kind":"Field","name":{"kind":"Name","value":"peopleScreened"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"subsidiesCreated"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningRunsQuery, ScreeningRunsQueryVariables>;
export const ScreeningFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screeningFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningFindingsQuery, ScreeningFindingsQueryVariables>;
export const RunScreeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Scheme"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"scheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}}]}}]}}]} as unknown as DocumentNode<RunScreeningMutation, RunScreeningMutationVariables>;
export const PensionLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PensionLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PensionLedgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pensionLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"turned60On"}},{"kind":"Field","name":{"kind":"Name","value":"benefitStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBenefitFen"}},{"kind":"Field","name":{"kind":"Name","value":"backPaymentFen"}},{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"backPaidOn"}},{"kind":"Field","name":{"kind":"Name","value":"payingSince"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PensionLedgerQuery, PensionLedgerQueryVariables>;
export const PensionClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PensionClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PensionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPensionClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PensionClaimMutation, PensionClaimMutationVariables>;
export const PensionBackPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PensionBackPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PensionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPensionBackPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PensionBackPayMutation, PensionBackPayMutationVariables>;
export const PensionStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PensionStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PensionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPensionPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PensionStartMutation, PensionStartMutationVariables>;
export const RunPensionLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunPensionLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runPensionLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOnLedger"}}]}}]}}]} as unknown as DocumentNode<RunPensionLedgerMutation, RunPensionLedgerMutationVariables>;
export const SettleClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimDate"}},{"kind":"Field","name":{"kind":"Name","value":"poorPerson"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidByPayersFen"}},{"kind":"Field","name":{"kind":"Name","value":"outOfPocketFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"deductibleAppliedFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"burdenReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SettleClaimMutation, SettleClaimMutationVariables>;
export const MedicalPolicyDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MedicalPolicyDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MEDICAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<MedicalPolicyDraftsQuery, MedicalPolicyDraftsQueryVariables>;
export const CompareSettlementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareSettlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareSettlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draftPolicyVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineFen"}},{"kind":"Field","name":{"kind":"Name","value":"draftFen"}},{"kind":"Field","name":{"kind":"Name","value":"differenceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfPocket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineFen"}},{"kind":"Field","name":{"kind":"Name","value":"draftFen"}},{"kind":"Field","name":{"kind":"Name","value":"differenceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"baselineFen"}},{"kind":"Field","name":{"kind":"Name","value":"draftFen"}},{"kind":"Field","name":{"kind":"Name","value":"differenceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"largestChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"claimDate"}},{"kind":"Field","name":{"kind":"Name","value":"baselineOutOfPocketFen"}},{"kind":"Field","name":{"kind":"Name","value":"draftOutOfPocketFen"}},{"kind":"Field","name":{"kind":"Name","value":"differenceFen"}}]}}]}}]}}]} as unknown as DocumentNode<CompareSettlementsQuery, CompareSettlementsQueryVariables>;