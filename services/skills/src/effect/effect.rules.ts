import { daysBetween } from "../training-project/training-project.rules";

/**
 * 结业后6个月内就业 (培训实效, R-SKL-2): a placement counts when it starts on day 0 (the completion
 * day) up to day `windowDays` after the completion, both included — with the plan's 183 days, a
 * placement on day 183 counts and one on day 184 does not. A placement before the completion is
 * not an effect of the training.
 */
export function employedWithin(
  completedOn: string,
  placementStarts: readonly string[],
  windowDays: number,
): boolean {
  return placementStarts.some((since) => {
    const d = daysBetween(completedOn, since);
    return d >= 0 && d <= windowDays;
  });
}

/**
 * Cost per unit in whole fen, rounded down (truncated: the remainder, less than one fen a unit, is
 * dropped), in integer arithmetic; null when there are no units (nothing paid for yet).
 */
export function costPer(amountFen: number, units: number): number | null {
  if (!Number.isSafeInteger(amountFen) || !Number.isSafeInteger(units))
    throw new RangeError(`costPer takes whole fen and a whole count (${amountFen}, ${units})`);
  if (units <= 0) return null;
  return (amountFen - (amountFen % units)) / units;
}
