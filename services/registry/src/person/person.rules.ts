import { shiftYears } from "@pa/service-kit/dates";

/**
 * Birth-date bounds for an age range on a date: age ≥ min ⟺ born on or before `on − min years`;
 * age ≤ max ⟺ born after `on − (max + 1) years`. Consistent with `ageOn` of the kit.
 */
export function birthDateRangeForAges(
  on: string,
  min?: number | null,
  max?: number | null,
): { bornOnOrBefore?: string; bornAfter?: string } {
  return {
    ...(min != null ? { bornOnOrBefore: shiftYears(on, -min) } : {}),
    ...(max != null ? { bornAfter: shiftYears(on, -(max + 1)) } : {}),
  };
}
