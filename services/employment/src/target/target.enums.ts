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
