import { randomFillSync } from "node:crypto";

/** Crockford's base32, as ULID spells it. */
const ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODES = Array.from(ENCODING, (c) => c.charCodeAt(0));

/**
 * Cryptographic random bytes drawn 4 KiB at a time: one system call per 256 ids, not one per
 * character (issue 10 profile).
 */
const pool = new Uint8Array(4096);
let at = pool.length;
function randomDigit(): number {
  if (at >= pool.length) {
    randomFillSync(pool);
    at = 0;
  }
  return (pool[at++] as number) & 31;
}

let lastTime = -1;
let timePart = "";
/** The 16 random base32 digits of the last id (80 bits), incremented within one millisecond. */
const digits = new Array<number>(16).fill(0);
const chars = new Array<number>(16).fill(0);

function encodeTime(ms: number): string {
  let s = "";
  for (let i = 0; i < 10; i++) {
    const mod = ms % 32;
    s = ENCODING[mod] + s;
    ms = (ms - mod) / 32;
  }
  return s;
}

/**
 * A new sortable id (ULID, 26 characters): creation order is id order. Monotonic as ulid's
 * `monotonicFactory`: within one millisecond the random part is the previous one plus one. Built
 * from digit arrays rather than by concatenating 26 one-character strings (issue 10: ulid's own
 * generator cost ~4 µs per id, and a consumer makes a dozen ids per person).
 */
export function newId(): string {
  const now = Date.now();
  if (now > lastTime) {
    lastTime = now;
    timePart = encodeTime(now);
    for (let i = 0; i < 16; i++) digits[i] = randomDigit();
  } else {
    // Same (or an earlier: the clock stepped back) millisecond: increment, carrying to the left.
    let i = 15;
    while (i >= 0 && digits[i] === 31) digits[i--] = 0;
    if (i < 0) throw new Error("newId: more than 2^80 ids in one millisecond");
    digits[i] = (digits[i] as number) + 1;
  }
  for (let i = 0; i < 16; i++) chars[i] = CODES[digits[i] as number] as number;
  return timePart + String.fromCharCode(...chars);
}
