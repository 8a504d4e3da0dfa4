/**
 * Date intervals of this service, all half-open `[from, until)` on Asia/Shanghai business dates:
 * a post opened on D counts on D, a post closed on D no longer counts on D; a placement ended on D
 * is no longer active on D (so a successor may start on D). One rule for posts, placements and
 * projects keeps the figures and the "occupied" check from disagreeing on a boundary day.
 */
export function activeOn(from: string, until: string | null | undefined, on: string): boolean {
  return from <= on && (until == null || until > on);
}

/** A MikroORM filter fragment for {@link activeOn}: `from ≤ on` and (`until` is null or `until > on`). */
export function activeOnWhere<F extends string, U extends string>(
  fromField: F,
  untilField: U,
  on: string,
): Record<string, unknown> {
  return {
    [fromField]: { $lte: on },
    $or: [{ [untilField]: null }, { [untilField]: { $gt: on } }],
  };
}

/** Basis points of a ratio, rounded down so that 79.99 % is never shown as 80 % (null when nothing is held). */
export function basisPoints(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 10_000) / whole);
}

/** Whether `part / whole ≥ targetBp / 10000`, exactly (integers only, no rounding). */
export function meetsRate(part: number, whole: number, targetBp: number): boolean {
  return whole > 0 && part * 10_000 >= targetBp * whole;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a string is a calendar month `YYYY-MM`. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** First and last business date of a month `YYYY-MM`, and its number of days. */
export function monthRange(month: string): { from: string; to: string; days: number } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month YYYY-MM: "${month}"`);
  const [y, mo] = [Number(m[1]), Number(m[2])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, "0")}`, days };
}

/** Whether `[from, until)` shares at least one day with the month. */
export function activeInMonth(from: string, until: string | null | undefined, month: string): boolean {
  const r = monthRange(month);
  return from <= r.to && (until == null || until > r.from);
}

/** First and last day of a calendar year. */
export function yearRange(year: number): { from: string; to: string } {
  const y = String(year).padStart(4, "0");
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
