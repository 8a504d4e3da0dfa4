import { businessDate, countBy, requireIdentity, townshipScope } from "@pa/service-kit";
import type { EntityManager } from "@mikro-orm/core";
import type { EmploymentContext } from "../context";
import { policies } from "../policy/policy.kinds";
import { activeOnWhere, basisPoints, meetsRate } from "../common/period.rules";
import { checkAgainst, countCheck, targetOn } from "../target/target.service";
import { TargetMetric } from "../target/target.enums";
import { PostPlacement } from "./post-placement.entity";
import { PublicWelfarePost } from "./post.entity";
import type { PostFigures } from "./post.types";

/** Posts held and filled in one township on a date. */
export interface PostCount {
  held: number;
  filled: number;
}

/**
 * Held and filled posts per township on a date, for a township filter (already scoped): one
 * `GROUP BY township_code` statement per table. Townships with no post are absent.
 */
export async function countPostsByTownship(
  em: EntityManager,
  scope: { townshipCode?: { $in: string[] } },
  on: string,
): Promise<Map<string, PostCount>> {
  // Every placement lies inside its post's open period (placeInPost and closePost keep it so), and
  // a post holds at most one placement a day: counting active placements counts filled posts.
  const [held, filled] = await Promise.all([
    countBy(em, PublicWelfarePost, "townshipCode", {
      ...scope,
      ...activeOnWhere("openedOn", "closedOn", on),
    }),
    countBy(em, PostPlacement, "townshipCode", { ...scope, ...activeOnWhere("startOn", "endOn", on) }),
  ]);
  const out = new Map<string, PostCount>();
  for (const [code, n] of held) out.set(code, { held: n, filled: filled.get(code) ?? 0 });
  for (const [code, n] of filled) if (!out.has(code)) out.set(code, { held: 0, filled: n });
  return out;
}

export class PostFiguresService {
  constructor(private readonly ctx: EmploymentContext) {}

  /**
   * R-EMP-1 figures on a date: posts held (opened on or before it, not closed on or before it),
   * filled (held, with a person in it that day), occupancy in basis points (rounded down), each
   * against the target in force that day (R-PRIN-2: targets are data).
   */
  async figures(
    asOf: string | null | undefined,
    townshipCodes: string[] | null | undefined,
  ): Promise<PostFigures> {
    const on = asOf ?? businessDate();
    const scope = townshipScope(requireIdentity(this.ctx), "townshipCode", townshipCodes);
    const [counts, heldTarget, rateTarget] = await Promise.all([
      countPostsByTownship(this.ctx.em, scope, on),
      targetOn(policies.forRequest(this.ctx), TargetMetric.POSTS_HELD, on),
      targetOn(policies.forRequest(this.ctx), TargetMetric.POST_OCCUPANCY_BP, on),
    ]);
    let held = 0;
    let filled = 0;
    for (const c of counts.values()) {
      held += c.held;
      filled += c.filled;
    }
    const rate = basisPoints(filled, held);
    return {
      asOf: on,
      held,
      filled,
      vacant: held - filled,
      occupancyRateBp: rate,
      heldCheck: countCheck(TargetMetric.POSTS_HELD, held, heldTarget, { on }),
      occupancyCheck: checkAgainst(
        TargetMetric.POST_OCCUPANCY_BP,
        rate ?? 0,
        rateTarget.target != null && meetsRate(filled, held, rateTarget.target.value),
        rateTarget,
        { on },
      ),
    };
  }
}
