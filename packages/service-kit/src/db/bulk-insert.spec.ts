import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { AuditEntry } from "./audit.entity";
import { bulkInsert, bulkInsertAudited, newRow } from "./bulk-insert";
import { newId } from "../ids";
import type { Orm } from "./orm";

@Entity({ tableName: "bulk_probe" })
class BulkProbe {
  [OptionalProps]?: "version" | "status" | "createdAt";

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
});
