import { randomFillSync } from "node:crypto";
import { monotonicFactory } from "ulid";

/**
 * Cryptographic random bytes drawn 4 KiB at a time. ulid's own generator asks the system for one
 * byte per character (16 calls per id); a consumer creating tens of thousands of rows a second
 * spent more time there than in its own code (issue 10 profile).
 */
const pool = new Uint8Array(4096);
let at = pool.length;
function pooledRandom(): number {
  if (at >= pool.length) {
    randomFillSync(pool);
    at = 0;
  }
  return (pool[at++] as number) / 256;
}

const next = monotonicFactory(pooledRandom);

/** A new sortable id (ULID, 26 characters): creation order is id order. */
export function newId(): string {
  return next();
}
