import { registerEnumType } from "type-graphql";

export enum OfferChannel {
  VILLAGE_DELIVERY = "VILLAGE_DELIVERY",
  HOUSEHOLD_DELIVERY = "HOUSEHOLD_DELIVERY",
  JOB_FAIR = "JOB_FAIR",
  OTHER = "OTHER",
}
registerEnumType(OfferChannel, {
  name: "OfferChannel",
  description: "岗位推荐渠道 How the job was offered",
  valuesConfig: {
    VILLAGE_DELIVERY: { description: "送岗进村 Jobs brought to the village" },
    HOUSEHOLD_DELIVERY: { description: "送岗入户 Jobs brought to the household" },
    JOB_FAIR: { description: "扶贫专场招聘 At a job fair" },
    OTHER: { description: "其他 Other" },
  },
});

export enum OfferOutcome {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
}
registerEnumType(OfferOutcome, {
  name: "OfferOutcome",
  description: "推荐结果 Outcome of a job offer",
  valuesConfig: {
    PENDING: { description: "待定 Pending" },
    ACCEPTED: { description: "接受 Accepted" },
    DECLINED: { description: "拒绝（须填写原因） Declined, with a reason" },
  },
});
