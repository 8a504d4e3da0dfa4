import { registerEnumType } from "type-graphql";

/** 培训需求状态 Where a person's training need stands (R-TGT-3). */
export enum TrainingNeedStatus {
  OPEN = "OPEN",
  MET = "MET",
  NOT_NEEDED = "NOT_NEEDED",
}
registerEnumType(TrainingNeedStatus, {
  name: "TrainingNeedStatus",
  description: "培训需求状态 Training need status",
  valuesConfig: {
    OPEN: { description: "待培训 Open: the person has capacity and wants training" },
    MET: { description: "已满足（完成培训） Met: the person completed a training" },
    NOT_NEEDED: {
      description:
        "不再需要（最新需求调查无培训意愿） No longer wanted (the registry's latest facts or survey)",
    },
  },
});
