import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Entity,
  OptionalProps,
  PrimaryKey,
  Property,
  UniqueConstraintViolationException,
} from "@mikro-orm/core";
import { openScratchOrm, sqlStatements, testDialects, type ScratchOrm } from "@pa/testing";
import { AuditEntry } from "./audit.entity";
import { bulkInsert, bulkInsertAudited, bulkUpdate, newRow } from "./bulk-insert";
import { newId } from "../ids";
import { FenColumn } from "../money";
import type { Orm } from "./orm";

@Entity({ tableName: "bulk_probe" })
class BulkProbe {
  [OptionalProps]?: "version" | "status" | "createdAt" | "flagged" | "rank" | "updatedAt";

  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "string" })
  status: string = "PENDING";

  @Property({ type: "integer", version: true })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "boolean" })
  flagged: boolean = false;

  @Property({ type: "date", nullable: true })
  dueOn?: string | null;

  @Property({ type: "json", nullable: true })
  extra?: Record<string, unknown> | null;

  @Property({ type: "integer" })
  rank: number = 0;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @FenColumn({ nullable: true })
  amountFen?: number | null;

  @Property({ type: "double", nullable: true })
  ratio?: number | null;
}

describe.each(testDialects())("bulkInsert() on %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "bulk_insert", [BulkProbe]);
    orm = scratch.orm;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("issue 10: rows written outside the unit of work keep their ids, defaults and version 1, in chunks", async () => {
    const rows = Array.from({ length: 7_000 }, (_, i) => newRow(BulkProbe, { name: `p${i}` }));
    await orm.em.fork().transactional((em) => bulkInsert(em, rows));
    const stored = await orm.em.fork().find(BulkProbe, {}, { orderBy: { id: "ASC" } });
    expect(stored).toHaveLength(7_000);
    expect(stored.map((r) => r.id)).toEqual(rows.map((r) => r.id).sort());
    expect(stored[0]).toMatchObject({ status: "PENDING", version: 1 });
    expect(rows[0]!.version).toBe(1);
  });

  test("issue 10: each created row gets one audit entry, no before, the row as built after, its own request", async () => {
    const rows = [newRow(BulkProbe, { name: "甲" }), newRow(BulkProbe, { name: "乙" })];
    await orm.em.fork().transactional((em) =>
      bulkInsertAudited(em, rows, {
        action: "addProbe",
        ctx: (_, i) => ({ identity: null, requestId: `evt-${i}` }),
      }),
    );
    const entries = await orm.em
      .fork()
      .find(AuditEntry, { entityId: { $in: rows.map((r) => r.id) } }, { orderBy: { requestId: "ASC" } });
    expect(entries.map((e) => [e.action, e.entityName, e.entityId, e.requestId, e.actor, e.before])).toEqual([
      ["addProbe", "BulkProbe", rows[0]!.id, "evt-0", "system", null],
      ["addProbe", "BulkProbe", rows[1]!.id, "evt-1", "system", null],
    ]);
    expect(entries[0]!.after).toMatchObject({ id: rows[0]!.id, name: "甲", status: "PENDING" });
  });

  test("a failed insert rolls the whole transaction back", async () => {
    const dup = newRow(BulkProbe, { name: "dup" });
    await expect(
      orm.em
        .fork()
        .transactional((em) => bulkInsert(em, [dup, newRow(BulkProbe, { name: "x", id: dup.id })])),
    ).rejects.toThrow();
    expect(await orm.em.fork().count(BulkProbe, { name: { $in: ["dup", "x"] } })).toBe(0);
  });
  test("issue 10: a new row is plain data with the entity's defaults, not an entity instance", () => {
    const row = newRow(BulkProbe, { name: "甲" });
    expect(row).not.toBeInstanceOf(BulkProbe);
    expect(row.constructor).toBe(BulkProbe);
    expect(Object.getOwnPropertyDescriptor(row, "name")).toMatchObject({ value: "甲", writable: true });
    expect(row).toMatchObject({ name: "甲", status: "PENDING", flagged: false, rank: 0 });
    expect(row.id).toHaveLength(26);
    expect(newRow(BulkProbe, { name: "乙" }).id).not.toBe(row.id);
  });

  test("issue 10: bound parameters keep every type as a flush writes it (dates, booleans, JSON, text that looks like SQL)", async () => {
    const at = new Date("2024-02-29T23:59:58.123Z");
    const row = newRow(BulkProbe, {
      name: "O'Brien ? $1 --",
      createdAt: at,
      flagged: true,
      dueOn: "2024-03-01",
      extra: { zh: "测试", n: 1, list: [1, "two"] },
      rank: 7,
    });
    await orm.em.fork().transactional((em) => bulkInsert(em, [row]));
    const stored = await orm.em.fork().findOneOrFail(BulkProbe, row.id);
    expect(stored).toMatchObject({
      name: "O'Brien ? $1 --",
      flagged: true,
      dueOn: "2024-03-01",
      extra: { zh: "测试", n: 1, list: [1, "two"] },
      rank: 7,
      version: 1,
    });
    expect(stored.createdAt.getTime()).toBe(at.getTime());
    // The same row written by a flush reads back the same.
    const flushed = orm.em.fork();
    const twin = flushed.create(BulkProbe, { ...row, id: newId() });
    await flushed.flush();
    const read = await orm.em.fork().findOneOrFail(BulkProbe, twin.id);
    expect({ ...read, id: row.id, updatedAt: null }).toEqual({ ...stored, updatedAt: null });
  });

  test("issue 10: every value reads back as from a flush however the rows travel (one JSON document on PostgreSQL, parsed once as jsonb)", async () => {
    const at = new Date("2026-12-03T06:00:00.001Z");
    const values: Partial<BulkProbe>[] = [
      { name: 'quote " back\\slash \n newline \u2028 ?', extra: { a: [1, { b: null }], s: "x" } },
      { name: "json text", extra: "just a string" as never, amountFen: 9_007_199_254_740_991 },
      { name: "json array", extra: [1, "two", null] as never, amountFen: 0, ratio: 0.1 },
      { name: "json null", extra: null, amountFen: null, ratio: -2.5e-7, dueOn: "2020-02-29" },
      { name: "defaults only" },
    ];
    const rows = values.map((v) => newRow(BulkProbe, { ...v, createdAt: at, updatedAt: at }));
    const sql = await sqlStatements(orm, () => orm.em.fork().transactional((em) => bulkInsert(em, rows)));
    const inserts = sql.filter((q) => /^insert\b/i.test(q));
    expect(inserts).toHaveLength(1);
    if (dialect === "postgresql") expect(inserts[0]).toMatch(/jsonb_array_elements/);
    const flushed = orm.em.fork();
    const twins = rows.map((r) => flushed.create(BulkProbe, { ...r, id: newId() }));
    await flushed.flush();
    const read = (id: string) => orm.em.fork().findOneOrFail(BulkProbe, id);
    for (const [i, row] of rows.entries()) {
      const [stored, twin] = [await read(row.id), await read(twins[i]!.id)];
      expect({ ...stored, id: null }).toEqual({ ...twin, id: null, version: 1 });
      expect(stored).toMatchObject({ ...values[i], version: 1 });
    }
  });

  test.runIf(dialect === "postgresql")(
    "issue 10: a text longer than its column is refused, not cut to fit, as a bound parameter would be",
    async () => {
      const row = newRow(BulkProbe, { name: "长".repeat(256) });
      await expect(orm.em.fork().transactional((em) => bulkInsert(em, [row]))).rejects.toThrow(/too long/);
      expect(await orm.em.fork().count(BulkProbe, { id: row.id })).toBe(0);
    },
  );

  test("issue 10: a duplicate key is MikroORM's unique violation, as from a flush", async () => {
    const row = newRow(BulkProbe, { name: "once" });
    await orm.em.fork().transactional((em) => bulkInsert(em, [row]));
    await expect(
      orm.em.fork().transactional((em) => bulkInsert(em, [newRow(BulkProbe, { name: "twice", id: row.id })])),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  test("issue 10: bulkUpdate sets each row's own values by key in one statement, stamps updatedAt, and never lowers a version", async () => {
    const rows = ["a", "b", "c"].map((name) => newRow(BulkProbe, { name, rank: 5 }));
    const old = new Date("2020-01-01T00:00:00Z");
    for (const r of rows) r.updatedAt = old;
    await orm.em.fork().transactional((em) => bulkInsert(em, rows));
    const [a, b, c] = rows as [BulkProbe, BulkProbe, BulkProbe];
    let changed = 0;
    const sql = await sqlStatements(orm, () =>
      orm.em.fork().transactional(async (em) => {
        changed = await bulkUpdate(
          em,
          BulkProbe,
          "id",
          [
            { id: a.id, name: "a2", rank: 6, dueOn: "2025-01-31", flagged: true },
            { id: b.id, name: "b2", rank: 4, dueOn: null, flagged: false },
            { id: c.id, name: "c2", rank: 9, dueOn: "2025-02-01", flagged: true },
          ],
          { newerThan: "rank" },
        );
      }),
    );
    expect(sql.filter((q) => /^update\b/i.test(q))).toHaveLength(1);
    expect(changed).toBe(2);
    const stored = await orm.em.fork().find(BulkProbe, { id: { $in: [a.id, b.id, c.id] } });
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ name: "a2", rank: 6, dueOn: "2025-01-31", flagged: true });
    // b's rank 4 is not newer than the stored 5: the row is left as it was.
    expect(byId.get(b.id)).toMatchObject({ name: "b", rank: 5, dueOn: null, flagged: false });
    expect(byId.get(c.id)).toMatchObject({ name: "c2", rank: 9, dueOn: "2025-02-01" });
    expect(byId.get(a.id)!.updatedAt.getTime()).toBeGreaterThan(old.getTime());
    expect(byId.get(b.id)!.updatedAt.getTime()).toBe(old.getTime());
  });
});
