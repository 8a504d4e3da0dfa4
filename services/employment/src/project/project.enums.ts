import { registerEnumType } from "type-graphql";

export enum SponsorKind {
  ENTERPRISE = "ENTERPRISE",
  VILLAGE_COLLECTIVE = "VILLAGE_COLLECTIVE",
  ENTREPRENEURSHIP_LEADER = "ENTREPRENEURSHIP_LEADER",
}
registerEnumType(SponsorKind, {
  name: "SponsorKind",
  description: "项目开发主体 Who develops the employment project",
  valuesConfig: {
    ENTERPRISE: { description: "企业 Enterprise" },
    VILLAGE_COLLECTIVE: { description: "村集体经济组织 Village collective economic organisation" },
    ENTREPRENEURSHIP_LEADER: { description: "创业带头人 Entrepreneurship leader" },
  },
});
