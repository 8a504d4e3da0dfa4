import { registerEnumType } from "type-graphql";

export enum JobFairKind {
  DELIVERY_TO_COUNTRYSIDE = "DELIVERY_TO_COUNTRYSIDE",
  RECRUITMENT_CARAVAN = "RECRUITMENT_CARAVAN",
  OTHER = "OTHER",
}
registerEnumType(JobFairKind, {
  name: "JobFairKind",
  description: "扶贫专场招聘形式 Kind of job fair",
  valuesConfig: {
    DELIVERY_TO_COUNTRYSIDE: { description: "送岗下乡 Jobs delivered to the countryside" },
    RECRUITMENT_CARAVAN: { description: "招聘大篷车 Recruitment caravan" },
    OTHER: { description: "其他 Other" },
  },
});
