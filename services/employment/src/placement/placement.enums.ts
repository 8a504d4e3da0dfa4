import { registerEnumType } from "type-graphql";

export enum PlacementKind {
  ENTERPRISE = "ENTERPRISE",
  EMPLOYMENT_PROJECT = "EMPLOYMENT_PROJECT",
  PUBLIC_WELFARE_POST = "PUBLIC_WELFARE_POST",
  SELF_EMPLOYED = "SELF_EMPLOYED",
}
registerEnumType(PlacementKind, {
  name: "PlacementKind",
  description: "就业方式 Kind of placement",
  valuesConfig: {
    ENTERPRISE: { description: "企业就业 In an enterprise" },
    EMPLOYMENT_PROJECT: { description: "扶贫就业项目 In a poverty employment project" },
    PUBLIC_WELFARE_POST: { description: "公益岗位 In a public-welfare post" },
    SELF_EMPLOYED: { description: "自主就业 Self-employed" },
  },
});
