import { defineLedger } from "@pa/service-kit/ledger";
import type { PostPlacement } from "./post-placement.entity";
import type { PublicWelfarePost } from "./post.entity";

export interface RosterRow {
  post: PublicWelfarePost;
  typeName: string;
  placement: PostPlacement | null;
}

/** 公益岗位花名册: one row per post held on the date. */
export const POST_ROSTER = defineLedger<RosterRow>({
  sheetName: "公益岗位花名册",
  creator: "employment",
  columns: [
    { header: "岗位编号", type: "text", width: 30, value: (r) => r.post.id },
    { header: "岗位名称", type: "text", width: 20, value: (r) => r.post.title },
    { header: "岗位类型", type: "text", value: (r) => r.typeName },
    { header: "镇街代码", type: "text", value: (r) => r.post.townshipCode },
    { header: "村/社区", type: "text", value: (r) => r.post.village },
    { header: "月补贴（元）", type: "money", value: (r) => r.post.monthlyAllowanceFen },
    { header: "设岗日期", type: "date", width: 12, value: (r) => r.post.openedOn },
    { header: "在岗状态", type: "text", value: (r) => (r.placement ? "在岗" : "空岗") },
    { header: "在岗人员编号", type: "text", width: 30, value: (r) => r.placement?.personId },
    { header: "上岗日期", type: "date", width: 12, value: (r) => r.placement?.startOn },
  ],
});
