import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { GraphQLError } from "graphql";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { Role, Unit, type Identity } from "../auth/identity";
import { badInput } from "../errors";
import { loadForWrite } from "./load-for-write";
import type { Orm } from "./orm";

@Entity({ tableName: "write_probe" })
class WriteProbe {
  [OptionalProps]?: "version";

  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  townshipCode!: string;

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "integer", version: true })
  version: number = 1;
}

const clerkOf = (...townships: string[]): Identity => ({
  sub: "c",
  name: "clerk",
  unit: Unit.TownshipCentre,
  roles: [Role.Clerk],
  townships,
});
const what = { zh: "探针", en: "probe" };

/** The code and extensions a refusal carries, or "ok". */
async function outcome(p: Promise<unknown>): Promise<string | Record<string, unknown>> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return e.extensions;
  }
}

describe.each(testDialects())("loadForWrite() on %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  const load = (identity: Identity, id: string, version?: number) =>
    loadForWrite(orm.em.fork(), identity, WriteProbe, id, { what, version });
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "loadforwrite", [WriteProbe]);
    orm = scratch.orm;
    const em = orm.em.fork();
    em.create(WriteProbe, { id: "p1", townshipCode: "T1", name: "甲" });
    em.create(WriteProbe, { id: "p2", townshipCode: "T2", name: "乙" });
    await em.flush();
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("in scope with the current version: the row", async () => {
    expect((await load(clerkOf("T1"), "p1", 1)).name).toBe("甲");
    expect((await load(clerkOf(), "p2", 1)).name).toBe("乙"); // an unscoped user reaches every township
  });

  test("out of scope is NOT_FOUND, exactly as a record that does not exist (nothing leaks)", async () => {
    const outside = await outcome(load(clerkOf("T1"), "p2", 1));
    const missing = await outcome(load(clerkOf("T1"), "nope", 1));
    expect(outside).toMatchObject({ code: "NOT_FOUND", entity: "WriteProbe", id: "p2" });
    expect(missing).toMatchObject({ code: "NOT_FOUND", entity: "WriteProbe", id: "nope" });
    expect(Object.keys(outside as object).sort()).toEqual(Object.keys(missing as object).sort());
  });

  test("a stale version is CONFLICT with the current one; no version given skips the check", async () => {
    expect(await outcome(load(clerkOf("T1"), "p1", 0))).toMatchObject({
      code: "CONFLICT",
      currentVersion: 1,
    });
    expect(await outcome(load(clerkOf("T1"), "p1"))).toBe("ok");
  });

  test("a missing record may be reported as a field problem; a filter key and an unscoped entity work too", async () => {
    const em = orm.em.fork();
    const asField = loadForWrite(em, clerkOf("T1"), WriteProbe, "p2", {
      what,
      missing: () => badInput("input.probeId", { zh: "探针不存在", en: "no such probe" }),
    });
    expect(await outcome(asField)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.probeId" });
    const byName = await loadForWrite(
      em,
      clerkOf("T1"),
      WriteProbe,
      { name: "乙" },
      { what, township: null },
    );
    expect(byName.id).toBe("p2");
  });
});
