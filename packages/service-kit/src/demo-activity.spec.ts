import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { systemIdentity } from "./context";
import { inTransactionBatches } from "./demo-activity";
import { createLogger } from "./logger";
import { Unit } from "./auth/identity";

@Entity({ tableName: "batch_probe" })
class BatchProbe {
  @PrimaryKey({ type: "integer", autoincrement: false })
  n!: number;

  @Property({ type: "string" })
  batch!: string;
}

const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.PovertyOffice });
const logger = createLogger("batch-probe", "silent");

describe.each(testDialects())(
  "inTransactionBatches() on %s (demo writes that let a clerk's reads through)",
  (dialect) => {
    let scratch: ScratchOrm | undefined;
    beforeAll(async () => {
      scratch = await openScratchOrm(dialect, "txbatches", [BatchProbe]);
    });
    afterAll(async () => {
      await scratch?.close();
    });

    /** Each item's row, labelled with the transaction (forked manager) it was written in. */
    const record =
      (label: Map<object, string>) => async (ctx: { em: ScratchOrm["orm"]["em"] }, n: number) => {
        if (!label.has(ctx.em)) label.set(ctx.em, `b${label.size}`);
        ctx.em.create(BatchProbe, { n, batch: label.get(ctx.em)! });
        await ctx.em.flush();
      };

    test("a batch closes after `size` items: 7 items in batches of 3 are three transactions", async () => {
      const orm = scratch!.orm;
      await orm.em.fork().nativeDelete(BatchProbe, {});
      const label = new Map<object, string>();
      await inTransactionBatches(orm, [1, 2, 3, 4, 5, 6, 7], { identity, logger, size: 3 }, record(label));
      const rows = await orm.em.fork().find(BatchProbe, {}, { orderBy: { n: "ASC" } });
      expect(rows.map((r) => `${r.n}:${r.batch}`)).toEqual([
        "1:b0",
        "2:b0",
        "3:b0",
        "4:b1",
        "5:b1",
        "6:b1",
        "7:b2",
      ]);
    });

    test("a batch closes once it has held the transaction for `holdMs`, and every item is still written once", async () => {
      const orm = scratch!.orm;
      await orm.em.fork().nativeDelete(BatchProbe, {});
      const label = new Map<object, string>();
      const slow = record(label);
      await inTransactionBatches(
        orm,
        [1, 2, 3, 4, 5, 6],
        { identity, logger, size: 200, holdMs: 50 },
        async (ctx, n) => {
          await slow(ctx, n);
          await new Promise((r) => setTimeout(r, 30));
        },
      );
      const rows = await orm.em.fork().find(BatchProbe, {}, { orderBy: { n: "ASC" } });
      expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
      const perBatch = new Map<string, number>();
      for (const r of rows) perBatch.set(r.batch, (perBatch.get(r.batch) ?? 0) + 1);
      // 30 ms per item against a 50 ms hold: at most two items per transaction (one on a slow machine).
      expect(perBatch.size).toBeGreaterThanOrEqual(3);
      expect(Math.max(...perBatch.values())).toBeLessThanOrEqual(2);
    });

    test("a refused operation rolls back its own batch only, and is thrown", async () => {
      const orm = scratch!.orm;
      await orm.em.fork().nativeDelete(BatchProbe, {});
      const label = new Map<object, string>();
      const ok = record(label);
      await expect(
        inTransactionBatches(orm, [1, 2, 3, 4, 5, 6], { identity, logger, size: 2 }, async (ctx, n) => {
          await ok(ctx, n);
          if (n === 4) throw new Error("refused");
        }),
      ).rejects.toThrow("refused");
      const rows = await orm.em.fork().find(BatchProbe, {}, { orderBy: { n: "ASC" } });
      expect(rows.map((r) => r.n)).toEqual([1, 2]);
    });
  },
);
