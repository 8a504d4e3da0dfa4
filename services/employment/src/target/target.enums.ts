import { registerEnumType } from "type-graphql";

/** What an employment target measures. */
export enum TargetMetric {
  POSTS_HELD = "POSTS_HELD",
  POST_OCCUPANCY_BP = "POST_OCCUPANCY_BP",
  PROJECTS_STARTED_PER_YEAR = "PROJECTS_STARTED_PER_YEAR",
  PROJECTS_HELD = "PROJECTS_HELD",
}
registerEnumType(TargetMetric, {
  name: "EmploymentTargetMetric",
  description: "就业扶贫目标指标 What an employment target measures",
  valuesConfig: {
    POSTS_HELD: { description: "扶贫公益岗位保有量 Public-welfare posts held (R-EMP-1)" },
    POST_OCCUPANCY_BP: { description: "公益岗位上岗率（基点） Post occupancy rate, basis points (R-EMP-1)" },
    PROJECTS_STARTED_PER_YEAR: { description: "每年新增扶贫就业项目 Projects started per year (R-EMP-2)" },
    PROJECTS_HELD: { description: "扶贫就业项目保有量 Employment projects held (R-EMP-2)" },
  },
});

/**
 * 目标完成状态 Where a figure stands against its target on the figure's date. A target falls due on
 * its deadline (policy data: `EMPLOYMENT_TARGETS.deadline`, `OFFERS.deadline`) or at the end of its
 * period (a year for projects started per year, a quarter for job fairs); it is due once that day
 * is over (the figure is dated after it, or dated on it and today is later).
 */
export enum TargetStatus {
  NO_TARGET = "NO_TARGET",
  NOT_DUE = "NOT_DUE",
  MET = "MET",
  MISSED = "MISSED",
}
registerEnumType(TargetStatus, {
  name: "EmploymentTargetStatus",
  description: "目标完成状态 Where a figure stands against its target",
  valuesConfig: {
    NO_TARGET: { description: "无适用目标 No target in force on the date" },
    NOT_DUE: { description: "未到期限（尚未达标） Not met yet, the deadline not passed" },
    MET: { description: "已达标 Met on the date" },
    MISSED: { description: "逾期未达标 Deadline passed without the target met" },
  },
});
