import { defineLedger } from "@pa/service-kit/ledger";
import type { JobFair } from "./job-fair.entity";

const KIND_ZH: Record<string, string> = {
  DELIVERY_TO_COUNTRYSIDE: "送岗下乡",
  RECRUITMENT_CARAVAN: "招聘大篷车",
  OTHER: "其他",
};

/** 扶贫专场招聘一览: one row per fair. */
export const JOB_FAIR_LIST = defineLedger<JobFair>({
  sheetName: "扶贫专场招聘",
  creator: "employment",
  columns: [
    { header: "镇街代码", type: "text", value: (f) => f.townshipCode },
    { header: "举办日期", type: "date", width: 12, value: (f) => f.heldOn },
    { header: "形式", type: "text", value: (f) => KIND_ZH[f.kind] ?? f.kind },
    { header: "名称", type: "text", width: 30, value: (f) => f.title },
    { header: "参会企业数", type: "integer", value: (f) => f.employers },
    { header: "提供岗位数", type: "integer", value: (f) => f.positionsOffered },
    { header: "贫困人员参会人数", type: "integer", value: (f) => f.poorAttendees },
    { header: "达成意向数", type: "integer", value: (f) => f.offersMade },
    { header: "记录人", type: "text", width: 20, value: (f) => f.recordedBy },
  ],
});
