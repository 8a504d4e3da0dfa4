import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { findLean } from "./lean";
import type { Orm } from "./orm";

@Entity({ tableName: "lean_probe" })
class LeanProbe {
  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  personId!: string;

  @Property({ type: "string" })
  name!: string;
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
      em.create(LeanProbe, { id: "a", personId: "p1", name: "甲" });
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
