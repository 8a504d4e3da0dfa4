import { daysBetween, monthsOf, shareBp } from "../training-project/training-project.rules";
import type { TrainingSubsidy } from "../policy/policy.kinds";

/**
 * 出勤率 A trainee's attendance share in basis points on a date (R-SKL-2):
 * - classroom and one-to-one: sessions present ÷ sessions held on or before the date;
 * - apprenticeships: months with a check-in ÷ months of the apprenticeship up to the date.
 */
export function attendanceShareBp(
  a:
    | { kind: "sessions"; held: number; present: number }
    | { kind: "apprenticeship"; from: string; to: string; on: string; checkedMonths: readonly string[] },
): number {
  if (a.kind === "sessions") return shareBp(a.present, a.held);
  const end = a.on < a.to ? a.on : a.to;
  if (daysBetween(a.from, end) < 0) return 0;
  const months = monthsOf(a.from, end);
  const checked = new Set(a.checkedMonths);
  return shareBp(months.filter((m) => checked.has(m)).length, months.length);
}

/** Why a trainee does not complete under the policy's rule, or null when they do (R-SKL-2). */
export function completionProblem(
  rule: Pick<TrainingSubsidy, "completionAttendanceBp" | "assessmentRequired">,
  attendanceBp: number,
  assessmentPassed: boolean,
): "ATTENDANCE" | "ASSESSMENT" | null {
  if (attendanceBp < rule.completionAttendanceBp) return "ATTENDANCE";
  if (rule.assessmentRequired && !assessmentPassed) return "ASSESSMENT";
  return null;
}

/** A percentage for messages (basis points → "79.5%"). */
export function percent(bp: number): string {
  return `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 1)}%`;
}
