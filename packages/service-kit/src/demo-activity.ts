import type { EntityManager } from "@mikro-orm/core";
import { systemContext, type ServiceContext } from "./context";
import type { Identity } from "./auth/identity";
import type { Logger } from "./logger";

/**
 * Waits until a count that other services fill through the bus (people arriving from the
 * registry, say) is above zero and has not changed for `quietMs`. Returns it, or 0 on timeout.
 * For demo loaders that need another service's data before they can record their own.
 */
export async function waitForQuietCount(
  count: () => Promise<number>,
  opts: { quietMs?: number; timeoutMs?: number; pollMs?: number } = {},
): Promise<number> {
  const { quietMs = 3000, timeoutMs = 300_000, pollMs = 500 } = opts;
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const n = await count();
    if (n !== last) [last, since] = [n, Date.now()];
    else if (n > 0 && Date.now() - since >= quietMs) return n;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return 0;
}

/**
 * Runs `work` for each item with a system context whose entity manager is inside one database
 * transaction per batch of items: each service operation's own `transactional` becomes a
 * savepoint, so its checks, audit entry and outbox event are exactly a clerk's, while a bulk load
 * (the demo's thousands of operations) commits once per batch instead of once per operation. A
 * batch closes after `size` items (default 200) or once it has held the transaction for `holdMs`
 * (default 100 ms), whichever comes first, and the next one starts only after the event loop has
 * turned. On SQLite every statement is synchronous (better-sqlite3), so a chain of operations never
 * yields by itself: while the demo recorded its history in batches of 200, a clerk's request and
 * the relay's JetStream acks waited for all of it (the dossier's query answered after 30 s or not
 * at all, and acks "did not come within 5 s"). A refused operation rolls its whole batch back and
 * is thrown.
 */
export async function inTransactionBatches<T>(
  orm: { em: EntityManager },
  items: readonly T[],
  opts: { identity: Identity; logger: Logger; size?: number; holdMs?: number },
  work: (ctx: ServiceContext, item: T) => Promise<unknown>,
): Promise<void> {
  const size = opts.size ?? 200;
  const holdMs = opts.holdMs ?? 100;
  let next = 0;
  while (next < items.length) {
    await orm.em.fork().transactional(async (tx) => {
      const ctx: ServiceContext = { ...systemContext(orm, opts.identity, opts.logger), em: tx };
      const opened = performance.now();
      const end = Math.min(items.length, next + size);
      while (next < end) {
        await work(ctx, items[next]!);
        next += 1;
        // Written (each operation flushes): forget it, so the next operation's flush does not
        // compare every entity of the batch again.
        tx.clear();
        if (performance.now() - opened >= holdMs) break;
      }
    });
    // Let the requests, acks and timers that arrived meanwhile run before the next batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
