import { ageOn } from "./id-number.rules";

/** Shifts a date by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Birth-date bounds for an age range on a date: age ≥ min ⟺ born on or before `on − min years`;
 * age ≤ max ⟺ born after `on − (max + 1) years`. Consistent with {@link ageOn}.
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

export { ageOn };
