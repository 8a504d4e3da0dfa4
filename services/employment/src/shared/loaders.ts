import DataLoader from "dataloader";
import type { ServiceContext } from "@pa/service-kit";

/** Keys per batch: 500 people from the gateway arrive as one batch, one statement per loader. */
const MAX_BATCH = 1000;

/** A per-request loader of one row per key (null when missing): one query per batch. */
export function rowLoader<T>(
  ctx: ServiceContext,
  name: string,
  fetch: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T | null> {
  return ctx.loaders.get(
    name,
    () =>
      new DataLoader<string, T | null>(
        async (keys) => {
          const map = new Map((await fetch([...keys])).map((r) => [keyOf(r), r]));
          return keys.map((k) => map.get(k) ?? null);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}

/** A per-request loader of all rows per key, in the order `fetch` returns them: one query per batch. */
export function groupLoader<T>(
  ctx: ServiceContext,
  name: string,
  fetch: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return ctx.loaders.get(
    name,
    () =>
      new DataLoader<string, T[]>(
        async (keys) => {
          const grouped = new Map<string, T[]>();
          for (const r of await fetch([...keys])) {
            const k = keyOf(r);
            const list = grouped.get(k);
            if (list) list.push(r);
            else grouped.set(k, [r]);
          }
          return keys.map((k) => grouped.get(k) ?? []);
        },
        { maxBatchSize: MAX_BATCH },
      ),
  );
}
