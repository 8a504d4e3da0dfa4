import { yuan, type XlsxColumn } from "../shared/xlsx";
import type { PostPlacement } from "./post-placement.entity";
import type { PublicWelfarePost } from "./post.entity";

export interface RosterRow {
  post: PublicWelfarePost;
  typeName: string;
  placement: PostPlacement | null;
}

/** 公益岗位花名册 columns: one row per post held on the date. */
export const POST_ROSTER_COLUMNS: XlsxColumn<RosterRow>[] = [
  { header: "岗位编号", width: 30, value: (r) => r.post.id },
  { header: "岗位名称", width: 20, value: (r) => r.post.title },
  { header: "岗位类型", value: (r) => r.typeName },
  { header: "镇街代码", value: (r) => r.post.townshipCode },
  { header: "村/社区", value: (r) => r.post.village },
  { header: "月补贴（元）", value: (r) => yuan(r.post.monthlyAllowanceFen) },
  { header: "设岗日期", width: 12, value: (r) => r.post.openedOn },
  { header: "在岗状态", value: (r) => (r.placement ? "在岗" : "空岗") },
  { header: "在岗人员编号", width: 30, value: (r) => r.placement?.personId ?? "" },
  { header: "上岗日期", width: 12, value: (r) => r.placement?.startOn ?? "" },
];
