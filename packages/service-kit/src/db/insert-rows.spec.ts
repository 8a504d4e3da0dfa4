import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, sqlStatements, testDialects, type ScratchOrm } from "@pa/testing";
import { AuditEntry } from "./audit.entity";
import { auditRow, bulkInsert, insertRows } from "./bulk-insert";
import { findIn, findPlainIn } from "./loaders";
import { newId } from "../ids";
import type { Orm } from "./orm";

@Entity({ tableName: "bound_probe" })
class BoundProbe {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "boolean" })
  flag: boolean = false;

  @Property({ type: "date", nullable: true })
  day?: string | null;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "json", nullable: true })
  extra?: Record<string, unknown> | null;
}

describe.each(testDialects())("insertRows() / findPlainIn() on %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "bound_insert", [BoundProbe]);
    orm = scratch.orm;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("issue 10: plain rows written with bound parameters read back through the ORM as the same values", async () => {
    const at = new Date("2026-12-02T01:02:03.456Z");
    // More rows than one statement's parameters allow, with text that inlined SQL would have to escape.
    const rows = Array.from({ length: 5_000 }, (_, i) => ({
      id: newId(),
      name: `张三's "row" ? ${i} \\ ;`,
      flag: i % 2 === 0,
      day: i % 3 === 0 ? null : "2026-02-28",
      version: 1,
      createdAt: at,
      extra: i % 5 === 0 ? null : { n: i, zh: "村", nested: { ok: true } },
    }));
    await orm.em.fork().transactional((em) => insertRows(em, BoundProbe, rows));

    const stored = await orm.em.fork().find(BoundProbe, {}, { orderBy: { id: "ASC" } });
    expect(stored).toHaveLength(5_000);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const s of stored) {
      const r = byId.get(s.id)!;
      expect({ ...s, createdAt: s.createdAt.getTime() }).toEqual({ ...r, createdAt: at.getTime() });
    }

    // The same rows as plain objects, mapped like the entities (booleans, dates, JSON).
    const plain = await findPlainIn(
      orm.em.fork(),
      BoundProbe,
      "id",
      rows.slice(0, 1500).map((r) => r.id),
    );
    expect(plain).toHaveLength(1500);
    for (const p of plain) {
      expect(p).not.toBeInstanceOf(BoundProbe);
      const r = byId.get(p.id)!;
      expect({ ...p, createdAt: new Date(p.createdAt).getTime() }).toEqual({ ...r, createdAt: at.getTime() });
    }
  });

  test("issue 10: findIn finds exactly the rows whose key is among the values, whatever characters they hold", async () => {
    const names = ['a"b', "c\\d", "e,f", "{g}", "h i", "", "NULL", "张三", "j'k"];
    const rows = names.map((name) => ({
      id: newId(),
      name,
      flag: false,
      day: null,
      version: 1,
      createdAt: new Date(),
      extra: null,
    }));
    await orm.em.fork().transactional((em) => insertRows(em, BoundProbe, rows));
    const found = await findIn(orm.em.fork(), BoundProbe, "name", [...names, "absent", names[0]!], {
      version: 1,
    });
    expect(found.map((r) => r.name).sort()).toEqual([...names].sort());
    const some = await findIn(
      orm.em.fork(),
      BoundProbe,
      "name",
      ["e,f", "{g}"],
      {},
      { fields: ["id", "name"] },
    );
    expect(some.map((r) => r.id).sort()).toEqual([rows[2]!.id, rows[3]!.id].sort());
    expect(await findIn(orm.em.fork(), BoundProbe, "name", [])).toEqual([]);
    // One array parameter on PostgreSQL, not a placeholder per value.
    const sql = await sqlStatements(orm, () => findIn(orm.em.fork(), BoundProbe, "name", names));
    if (dialect === "postgresql") expect(sql.join("\n")).toMatch(/= any\(/);
  });

  test("issue 10: an audit entry as a plain row is stored like one built as an entity", async () => {
    const entry = auditRow(
      { identity: null, requestId: "req-1" },
      { action: "importRegister", entityName: "Person", entityId: "p-1", after: { name: "甲" } },
    );
    await orm.em.fork().transactional((em) => bulkInsert(em, [entry]));
    const stored = await orm.em.fork().findOneOrFail(AuditEntry, { id: entry.id });
    expect(stored).toMatchObject({
      actor: "system",
      requestId: "req-1",
      before: null,
      after: { name: "甲" },
    });
    expect(await orm.em.fork().count(AuditEntry, { entityId: "p-1" })).toBe(1);
  });
});
