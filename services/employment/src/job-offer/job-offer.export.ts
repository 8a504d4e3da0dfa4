import { defineLedger } from "@pa/service-kit/ledger";
import type { JobOffer } from "./job-offer.entity";

const CHANNEL_ZH: Record<string, string> = {
  VILLAGE_DELIVERY: "送岗进村",
  HOUSEHOLD_DELIVERY: "送岗入户",
  JOB_FAIR: "招聘会",
  OTHER: "其他",
};
const OUTCOME_ZH: Record<string, string> = { PENDING: "待定", ACCEPTED: "接受", DECLINED: "拒绝" };

/** 帮扶台账: one row per offer; a larger ledger is exported per township or date range. */
export const OFFER_LEDGER = defineLedger<JobOffer>({
  sheetName: "帮扶台账",
  creator: "employment",
  maxRows: 50_000,
  columns: [
    { header: "人员编号", type: "text", width: 30, value: (o) => o.personId },
    { header: "镇街代码", type: "text", value: (o) => o.townshipCode },
    { header: "推荐日期", type: "date", width: 12, value: (o) => o.offeredOn },
    { header: "用人单位", type: "text", width: 30, value: (o) => o.employer },
    { header: "岗位", type: "text", width: 20, value: (o) => o.position },
    { header: "月工资（元）", type: "money", value: (o) => o.monthlyWageFen },
    { header: "推荐渠道", type: "text", value: (o) => CHANNEL_ZH[o.channel] ?? o.channel },
    { header: "招聘会编号", type: "text", width: 30, value: (o) => o.jobFairId },
    { header: "推荐结果", type: "text", value: (o) => OUTCOME_ZH[o.outcome] ?? o.outcome },
    { header: "拒绝原因", type: "text", width: 30, value: (o) => o.declineReason },
    { header: "记录人", type: "text", width: 20, value: (o) => o.recordedBy },
  ],
});
