import { registerEnumType } from "type-graphql";

/** 排查发现 What a screening run found about a person. */
export enum FindingKind {
  NOT_ENROLLED = "NOT_ENROLLED",
  SUBSIDY_MISSING = "SUBSIDY_MISSING",
  SUBSIDY_UNPAID = "SUBSIDY_UNPAID",
  SUBSIDY_SHORT = "SUBSIDY_SHORT",
  SUBSIDY_LATE = "SUBSIDY_LATE",
  CONTRIBUTION_CHANGED = "CONTRIBUTION_CHANGED",
}
registerEnumType(FindingKind, {
  name: "FindingKind",
  description: "排查发现 Screening finding",
  valuesConfig: {
    NOT_ENROLLED: { description: "未参保 Not enrolled (pending or suspended)" },
    SUBSIDY_MISSING: {
      description: "缺少缴费补贴（无生效政策） No subsidy: no policy version in force for the year",
    },
    SUBSIDY_UNPAID: { description: "补贴逾期未到账 Subsidy due, nothing arrived" },
    SUBSIDY_SHORT: { description: "补贴未足额 Subsidy due, less than the standard arrived" },
    SUBSIDY_LATE: { description: "补贴逾期到账 Subsidy arrived in full after the due date" },
    CONTRIBUTION_CHANGED: {
      description: "参保缴费变动 Enrolment or contribution changed since the previous run",
    },
  },
});
