import { yuan } from "@pa/service-kit/money";

export interface BurdenThresholds {
  outOfPocketAboveFen: number | null;
  outOfPocketShareAboveBp: number | null;
}

export interface BurdenDecision {
  report: boolean;
  shareBp: number;
  reason: string;
}

/**
 * R-SS-5: a poor person's settlement is reported when the out of pocket is strictly above the
 * amount threshold, or its share of the total strictly above the share threshold. The share is
 * compared exactly in integers (oop × 10000 > bp × total); `shareBp` is shown rounded down.
 */
export function burdenDecision(
  s: { poorPerson: boolean; totalCostFen: number; outOfPocketFen: number },
  t: BurdenThresholds,
): BurdenDecision {
  const shareBp = s.totalCostFen > 0 ? Math.floor((s.outOfPocketFen * 10000) / s.totalCostFen) : 0;
  if (!s.poorPerson) return { report: false, shareBp, reason: "" };
  const reasons: string[] = [];
  if (t.outOfPocketAboveFen !== null && s.outOfPocketFen > t.outOfPocketAboveFen)
    reasons.push(
      `自付 ${yuan(s.outOfPocketFen)} 超过 ${yuan(t.outOfPocketAboveFen)} / out of pocket ${yuan(s.outOfPocketFen)} above ${yuan(t.outOfPocketAboveFen)}`,
    );
  if (
    t.outOfPocketShareAboveBp !== null &&
    s.totalCostFen > 0 &&
    s.outOfPocketFen * 10000 > t.outOfPocketShareAboveBp * s.totalCostFen
  )
    reasons.push(
      `自付占比 ${shareBp}bp 超过 ${t.outOfPocketShareAboveBp}bp / out-of-pocket share ${shareBp}bp above ${t.outOfPocketShareAboveBp}bp`,
    );
  return { report: reasons.length > 0, shareBp, reason: reasons.join("; ").slice(0, 300) };
}
