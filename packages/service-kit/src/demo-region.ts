/**
 * The fictional demo region: administrative code 990101 (there is no province 99), so demo and
 * test data can never be mistaken for a real person's or township's. Its townships are
 * 990101001…990101012; tests use further codes of the same region to keep their data apart.
 */
export const DEMO_REGION_CODE = "990101";

/** How many townships the demo city has. */
export const DEMO_TOWNSHIP_COUNT = 12;

/** The code of the demo region's township number `n` (1 → `990101001`). */
export function demoTownshipCode(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`township number ${n} is not 1…999`);
  return `${DEMO_REGION_CODE}${String(n).padStart(3, "0")}`;
}

/** The demo city's township codes, 990101001…990101012. */
export const DEMO_TOWNSHIP_CODES: readonly string[] = Array.from({ length: DEMO_TOWNSHIP_COUNT }, (_, i) =>
  demoTownshipCode(i + 1),
);
