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

/** Cost per unit in fen, rounded down; null when there are no units. */
export function costPer(amountFen: number, units: number): number | null {
  return units > 0 ? Math.floor(amountFen / units) : null;
}
