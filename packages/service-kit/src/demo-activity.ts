import type { EntityManager } from "@mikro-orm/core";
import { systemContext, type ServiceContext } from "./context";
import type { Identity } from "./auth/identity";
import { chunks } from "./db/loaders";
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
 * transaction per `size` items: each service operation's own `transactional` becomes a savepoint,
 * so its checks, audit entry and outbox event are exactly a clerk's, while a bulk load (the demo's
 * thousands of operations) commits once per batch instead of once per operation. A refused
 * operation rolls its whole batch back and is thrown.
 */
export async function inTransactionBatches<T>(
  orm: { em: EntityManager },
  items: readonly T[],
  opts: { identity: Identity; logger: Logger; size?: number },
  work: (ctx: ServiceContext, item: T) => Promise<unknown>,
): Promise<void> {
  for (const chunk of chunks(items, opts.size ?? 200)) {
    await orm.em.fork().transactional(async (tx) => {
      const ctx: ServiceContext = { ...systemContext(orm, opts.identity, opts.logger), em: tx };
      for (const item of chunk) {
        await work(ctx, item);
        // Written (each operation flushes): forget it, so the next operation's flush does not
        // compare every entity of the batch again.
        tx.clear();
      }
    });
  }
}
