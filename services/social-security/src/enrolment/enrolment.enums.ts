import { registerEnumType } from "type-graphql";

/** 参保状态 Enrolment status. */
export enum EnrolmentStatus {
  PENDING = "PENDING",
  ENROLLED = "ENROLLED",
  SUSPENDED = "SUSPENDED",
}
/** What a clerk reads for each status, in the console and in a screening finding's detail. */
export const ENROLMENT_STATUS_LABEL: Record<EnrolmentStatus, { zh: string; en: string }> = {
  PENDING: { zh: "待参保", en: "pending" },
  ENROLLED: { zh: "已参保", en: "enrolled" },
  SUSPENDED: { zh: "暂停/中断缴费", en: "suspended" },
};
registerEnumType(EnrolmentStatus, {
  name: "EnrolmentStatus",
  description: "参保状态 Enrolment status",
  valuesConfig: {
    PENDING: { description: `${ENROLMENT_STATUS_LABEL.PENDING.zh} Obligation created, not yet enrolled` },
    ENROLLED: { description: `${ENROLMENT_STATUS_LABEL.ENROLLED.zh} Enrolled` },
    SUSPENDED: { description: `${ENROLMENT_STATUS_LABEL.SUSPENDED.zh} Suspended` },
  },
});

/** 到账情况 Where a subsidy stands on a date (R-SS-1: 及时足额到账). */
export enum SubsidyState {
  ON_TIME_IN_FULL = "ON_TIME_IN_FULL",
  NOT_YET_DUE = "NOT_YET_DUE",
  UNPAID = "UNPAID",
  SHORT = "SHORT",
  LATE = "LATE",
}
registerEnumType(SubsidyState, {
  name: "SubsidyState",
  description: "补贴到账情况 Subsidy state",
  valuesConfig: {
    ON_TIME_IN_FULL: { description: "及时足额到账 Paid in full by the due date" },
    NOT_YET_DUE: { description: "未到期 Not yet fully paid, not yet due" },
    UNPAID: { description: "逾期未到账 Due date passed, nothing paid" },
    SHORT: { description: "未足额 Due date passed, paid less than the standard" },
    LATE: { description: "逾期到账 Paid in full after the due date" },
  },
});

/** 险种 The two resident schemes of R-SS-1 and R-TGT-4. */
export enum Scheme {
  RESIDENT_PENSION = "RESIDENT_PENSION",
  RESIDENT_MEDICAL = "RESIDENT_MEDICAL",
}
registerEnumType(Scheme, {
  name: "Scheme",
  description: "险种 Resident insurance scheme",
  valuesConfig: {
    RESIDENT_PENSION: { description: "城乡居民基本养老保险 Resident basic pension insurance" },
    RESIDENT_MEDICAL: { description: "城乡居民基本医疗保险 Resident basic medical insurance" },
  },
});
