import { registerEnumType } from "type-graphql";

/** 政策类别 The employment service's versioned policy data (R-PRIN-2). */
export enum EmploymentPolicyKind {
  EMPLOYMENT_TARGETS = "EMPLOYMENT_TARGETS",
  OFFERS = "OFFERS",
}
registerEnumType(EmploymentPolicyKind, {
  name: "EmploymentPolicyKind",
  description: "就业扶贫政策类别 Employment policy kind",
  valuesConfig: {
    EMPLOYMENT_TARGETS: {
      description: "就业扶贫目标（公益岗位保有量、上岗率、扶贫就业项目） Targets (R-EMP-1, R-EMP-2)",
    },
    OFFERS: { description: "岗位推荐次数要求 Job offers each person must receive (R-EMP-3)" },
  },
});
