import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { findLean } from "./lean";
import type { Orm } from "./orm";
import { FenColumn } from "../money";

@Entity({ tableName: "lean_probe" })
class LeanProbe {
  [OptionalProps]?: "amountFen" | "lines" | "poor" | "onDate" | "createdAt";

  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  personId!: string;

  @Property({ type: "string" })
  name!: string;

  @FenColumn()
  amountFen: number = 0;

  @Property({ type: "json", nullable: true })
  lines: { payer: string; paidFen: number }[] | null = null;

  @Property({ type: "boolean" })
  poor: boolean = false;

  @Property({ type: "date", nullable: true })
  onDate: string | null = null;

  @Property({ type: "datetime" })
  createdAt: Date = new Date("2026-01-02T03:04:05.000Z");

  /** A method on the entity: plain rows keep the entity's prototype. */
  label(): string {
    return `${this.name}:${this.amountFen}`;
  }
}

describe.each(testDialects())(
  "findLean() on %s (issue 10 item 4: lean reads on the hot graph)",
  (dialect) => {
    let scratch: ScratchOrm | undefined;
    let orm: Orm;
    beforeAll(async () => {
      scratch = await openScratchOrm(dialect, "leanread", [LeanProbe]);
      orm = scratch.orm;
      const em = orm.em.fork();
      em.create(LeanProbe, {
        id: "a",
        personId: "p1",
        name: "甲",
        amountFen: 9_007_199_254_740_991,
        lines: [{ payer: "BASIC", paidFen: 120 }],
        poor: true,
        onDate: "2026-03-01",
      });
      em.create(LeanProbe, { id: "b", personId: "p1", name: "乙" });
      em.create(LeanProbe, { id: "c", personId: "p2", name: "丙" });
      await em.flush();
    });
    afterAll(async () => {
      await scratch?.close();
    });

    test("returns the rows the filter and order select, with the fields asked for", async () => {
      const em = orm.em.fork();
      const rows = await findLean(em, LeanProbe, { personId: "p1" }, { orderBy: { id: "DESC" } });
      expect(rows.map((r) => [r.id, r.name])).toEqual([
        ["b", "乙"],
        ["a", "甲"],
      ]);
      const narrow = await findLean(em, LeanProbe, { id: "c" }, { fields: ["personId"] });
      expect(narrow.map((r) => [r.id, r.personId, r.name])).toEqual([["c", "p2", undefined]]);
    });

    test("plain rows hold what an entity holds: fen as numbers, JSON as values, booleans, dates, the entity's prototype", async () => {
      const em = orm.em.fork();
      const [lean] = await findLean(em, LeanProbe, { id: "a" });
      const entity = await orm.em.fork().findOneOrFail(LeanProbe, { id: "a" });
      expect(lean).toBeInstanceOf(LeanProbe);
      expect({ ...lean }).toEqual({ ...entity });
      expect(lean!.amountFen).toBe(9_007_199_254_740_991);
      expect(lean!.lines).toEqual([{ payer: "BASIC", paidFen: 120 }]);
      expect(lean!.poor).toBe(true);
      expect(lean!.onDate).toBe("2026-03-01");
      expect(lean!.createdAt).toEqual(new Date("2026-01-02T03:04:05.000Z"));
      expect(lean!.label()).toBe("甲:9007199254740991");
      const [b] = await findLean(em, LeanProbe, { id: "b" }, { fields: ["poor", "lines"] });
      expect([b!.id, b!.poor, b!.lines, b!.amountFen]).toEqual(["b", false, null, undefined]);
      const limited = await findLean(em, LeanProbe, { personId: "p1" }, { orderBy: { id: "ASC" }, limit: 1 });
      expect(limited.map((r) => r.id)).toEqual(["a"]);
    });

    test("a filter of equalities and $in lists is sent as the builder's statement: the same rows and values as the query builder's", async () => {
      const em = orm.em.fork();
      const cases: [Parameters<typeof findLean<LeanProbe>>[2], Parameters<typeof findLean<LeanProbe>>[3]][] =
        [
          [{ personId: { $in: ["p1", "p2"] } }, { orderBy: { id: "DESC" } }],
          [{ personId: "p1", name: { $in: ["甲", "丁"] } }, {}],
          [{ id: { $eq: "a" } }, { fields: ["amountFen", "lines", "createdAt"] }],
          [{ personId: { $in: ["p1"] } }, { orderBy: [{ name: "asc" }, { id: "desc" }], limit: 1 }],
          // The timeline's kind: alternatives of $in lists and $like patterns, ordered by dates.
          [
            { personId: { $in: ["p1", "p2"] }, $or: [{ name: { $in: ["甲"] } }, { name: { $like: "丙%" } }] },
            { orderBy: [{ createdAt: "DESC" }, { id: "DESC" }] },
          ],
          [
            { $or: [{ id: "b" }, { personId: "p2", name: { $in: [] } }, { onDate: "2026-03-01" } as never] },
            {},
          ],
          [
            { $or: [{ id: "b", personId: "p1" }, { id: { $in: ["c"] } }] },
            { orderBy: { onDate: "asc", id: "asc" } },
          ],
        ];
      for (const [where, options] of cases) {
        const plain = await findLean(em, LeanProbe, where, options);
        // `$and` around the same filter is not a plain one: the query builder compiles it.
        const built = await findLean(em, LeanProbe, { $and: [where] } as never, options);
        expect(plain.length).toBeGreaterThan(0);
        expect(plain.map((r) => ({ ...r }))).toEqual(built.map((r) => ({ ...r })));
        expect(plain.every((r) => r instanceof LeanProbe)).toBe(true);
      }
      // An empty $in list matches nothing, without a statement.
      expect(await findLean(em, LeanProbe, { personId: { $in: [] } })).toEqual([]);
      // Inside a transaction the plain statement runs on the transaction's connection: it sees
      // the transaction's own uncommitted row.
      await orm.em.fork().transactional(async (tx) => {
        tx.create(LeanProbe, { id: "t", personId: "p9", name: "未提交" });
        await tx.flush();
        expect((await findLean(tx, LeanProbe, { personId: { $in: ["p9"] } })).map((r) => r.id)).toEqual([
          "t",
        ]);
        // (SQLite has one connection, which the transaction holds: a read beside it would wait.)
        if (dialect === "postgresql")
          expect(await findLean(orm.em.fork(), LeanProbe, { personId: { $in: ["p9"] } })).toEqual([]);
        tx.remove(tx.getReference(LeanProbe, "t"));
      });
    });

    test("the rows stay out of the request's identity map: nothing tracks them, a flush writes nothing", async () => {
      const em = orm.em.fork();
      const rows = await findLean(em, LeanProbe, { personId: "p2" });
      expect(rows).toHaveLength(1);
      expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
      rows[0]!.name = "改";
      await em.flush();
      const fresh = await orm.em.fork().findOneOrFail(LeanProbe, { id: "c" });
      expect(fresh.name).toBe("丙");
    });
  },
);
