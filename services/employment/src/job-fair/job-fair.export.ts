import type { XlsxColumn } from "../shared/xlsx";
import type { JobFair } from "./job-fair.entity";

const KIND_ZH: Record<string, string> = {
  DELIVERY_TO_COUNTRYSIDE: "送岗下乡",
  RECRUITMENT_CARAVAN: "招聘大篷车",
  OTHER: "其他",
};

/** 扶贫专场招聘一览 columns: one row per fair. */
export const JOB_FAIR_COLUMNS: XlsxColumn<JobFair>[] = [
  { header: "镇街代码", value: (f) => f.townshipCode },
  { header: "举办日期", width: 12, value: (f) => f.heldOn },
  { header: "形式", value: (f) => KIND_ZH[f.kind] ?? f.kind },
  { header: "名称", width: 30, value: (f) => f.title ?? "" },
  { header: "参会企业数", value: (f) => f.employers },
  { header: "提供岗位数", value: (f) => f.positionsOffered },
  { header: "贫困人员参会人数", value: (f) => f.poorAttendees },
  { header: "达成意向数", value: (f) => f.offersMade },
  { header: "记录人", width: 20, value: (f) => f.recordedBy },
];
