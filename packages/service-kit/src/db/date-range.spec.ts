import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { GraphQLError } from "graphql";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { countBy } from "./count-by";
import { dateRange } from "./date-range";
import type { Orm } from "./orm";

@Entity({ tableName: "range_probe" })
class RangeProbe {
  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  townshipCode!: string;

  @Property({ type: "date" })
  heldOn!: string;
}

describe("dateRange(): the condition", () => {
  test("both, one or no bound; inclusive", () => {
    const f = { heldFrom: "2020-01-01", heldTo: "2020-03-31" };
    expect(dateRange(f, "heldFrom", "heldTo", "heldOn")).toEqual({
      heldOn: { $gte: "2020-01-01", $lte: "2020-03-31" },
    });
    expect(dateRange({ heldFrom: "2020-01-01" }, "heldFrom", "heldTo", "heldOn")).toEqual({
      heldOn: { $gte: "2020-01-01" },
    });
    expect(dateRange({ heldTo: null }, "heldFrom", "heldTo", "heldOn")).toEqual({});
  });

  test("from after to is BAD_USER_INPUT on the from field, Chinese first", () => {
    let err: unknown;
    try {
      dateRange({ heldFrom: "2020-04-01", heldTo: "2020-03-31" }, "heldFrom", "heldTo", "heldOn");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GraphQLError);
    const e = err as GraphQLError;
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.heldFrom" });
    expect(e.message).toMatch(/^起始日期 2020-04-01 不能晚于截止日期 2020-03-31 \/ heldFrom/);
  });
});

describe.each(testDialects())("dateRange() and countBy() against %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  const ids = async (from: string | null, to: string | null) =>
    (
      await orm.em
        .fork()
        .find(RangeProbe, dateRange({ from, to }, "from", "to", "heldOn"), { orderBy: { id: "ASC" } })
    ).map((r) => r.id);
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "daterange", [RangeProbe]);
    orm = scratch.orm;
    const em = orm.em.fork();
    for (const [id, townshipCode, heldOn] of [
      ["a", "T1", "2019-12-31"],
      ["b", "T1", "2020-01-01"],
      ["c", "T2", "2020-03-31"],
      ["d", "T2", "2020-04-01"],
      ["e", "T2", "2020-02-15"],
    ] as const)
      em.create(RangeProbe, { id, townshipCode, heldOn });
    await em.flush();
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("both bounds are inclusive business dates; a single day is from = to", async () => {
    expect(await ids("2020-01-01", "2020-03-31")).toEqual(["b", "c", "e"]);
    expect(await ids("2020-04-01", "2020-04-01")).toEqual(["d"]);
    expect(await ids(null, "2019-12-31")).toEqual(["a"]);
    expect(await ids("2020-03-31", null)).toEqual(["c", "d"]);
    expect(await ids(null, null)).toEqual(["a", "b", "c", "d", "e"]);
  });

  test("countBy counts per value in one GROUP BY, with any filter (values without rows absent)", async () => {
    const em = orm.em.fork();
    expect(Object.fromEntries(await countBy(em, RangeProbe, "townshipCode", {}))).toEqual({ T1: 2, T2: 3 });
    const q1 = await countBy(em, RangeProbe, "townshipCode", {
      ...dateRange({ from: "2020-01-01", to: "2020-03-31" }, "from", "to", "heldOn"),
    });
    expect(Object.fromEntries(q1)).toEqual({ T1: 1, T2: 2 });
    expect((await countBy(em, RangeProbe, "townshipCode", { heldOn: "1999-01-01" })).size).toBe(0);
  });
});
