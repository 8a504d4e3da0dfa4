/**
 * 元 How amounts of integer fen are written for people, with no dependencies, so the web console
 * shows money exactly as the services' traces and spreadsheets do (`./money` re-exports these).
 */
const GROUPS = Array.from({ length: 1000 }, (_, g) => (g < 10 ? ",00" : g < 100 ? ",0" : ",") + g);

/** Digits of a non-negative integer with a comma every three (integer arithmetic, no locale). */
export function groupThousands(n: number): string {
  // Settlement traces format hundreds of amounts per claim: table lookups, no regex, no Intl.
  let rest = n;
  let out = "";
  while (rest >= 1000) {
    const group = rest % 1000;
    out = GROUPS[group] + out;
    rest = (rest - group) / 1000;
  }
  return rest + out;
}

export function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an amount of integer fen: ${fen}`);
}

/** ".00" … ".99": the cents of an amount, looked up rather than padded (traces format many amounts). */
const CENTS = Array.from({ length: 100 }, (_, c) => (c < 10 ? ".0" : ".") + c);

/**
 * 元 An amount of fen as people read it: `¥3,200.00`, `-¥12.05`, `¥0.00`. Integer arithmetic only
 * (no float touches the amount), so every safe integer formats exactly.
 */
export function yuan(fen: number): string {
  const hit = YUAN_CACHE.get(fen);
  if (hit !== undefined) return hit;
  assertFen(fen);
  const abs = fen < 0 ? -fen : fen;
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  const text = (fen < 0 ? "-¥" : "¥") + (whole < 1000 ? String(whole) : groupThousands(whole)) + CENTS[cents];
  // Traces repeat the same amounts (deductibles, caps, running totals): remember recent ones, as V8
  // does for number-to-string, and start over rather than grow without bound.
  if (YUAN_CACHE.size >= YUAN_CACHE_SIZE) YUAN_CACHE.clear();
  YUAN_CACHE.set(fen, text);
  return text;
}

const YUAN_CACHE_SIZE = 4096;
const YUAN_CACHE = new Map<number, string>();
