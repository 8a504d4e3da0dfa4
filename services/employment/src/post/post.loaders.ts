import type DataLoader from "dataloader";
import type { EmploymentContext } from "../context";
import { findLean, groupLoader, rowLoader } from "@pa/service-kit";
import { PostPlacement } from "./post-placement.entity";
import { PostType } from "./post-type.entity";
import { PublicWelfarePost } from "./post.entity";
import { PostWorkLog } from "./work-log.entity";

/** Read-only, for resolvers: plain rows (`findLean`), one statement per batch. */
export const postLoaders = {
  post: (ctx: EmploymentContext): DataLoader<string, PublicWelfarePost | null> =>
    rowLoader(
      ctx,
      "post.byId",
      (ids) => findLean(ctx.em, PublicWelfarePost, { id: { $in: ids } }),
      (p) => p.id,
    ),

  type: (ctx: EmploymentContext): DataLoader<string, PostType | null> =>
    rowLoader(
      ctx,
      "post.type",
      (codes) => findLean(ctx.em, PostType, { code: { $in: codes } }),
      (t) => t.code,
    ),

  /** Every placement of each post, the newest first. */
  placements: (ctx: EmploymentContext): DataLoader<string, PostPlacement[]> =>
    groupLoader(
      ctx,
      "post.placements",
      (ids) =>
        findLean(
          ctx.em,
          PostPlacement,
          { postId: { $in: ids } },
          { orderBy: { startOn: "DESC", id: "DESC" } },
        ),
      (p) => p.postId,
    ),

  /** Work logs of each placement, by month. */
  workLogs: (ctx: EmploymentContext): DataLoader<string, PostWorkLog[]> =>
    groupLoader(
      ctx,
      "post.workLogs",
      (ids) => findLean(ctx.em, PostWorkLog, { placementId: { $in: ids } }, { orderBy: { month: "ASC" } }),
      (l) => l.placementId,
    ),
};
