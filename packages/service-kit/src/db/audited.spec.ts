import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { AuditEntry, type AuditEntry as Entry } from "./audit.entity";
import { audited } from "./audited";
import type { Orm } from "./orm";
import { Role, Unit, type Identity } from "../auth/identity";

@Entity({ tableName: "audited_probe" })
class Probe {
  [OptionalProps]?: "version";

  @PrimaryKey({ type: "string" })
  code!: string;

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "integer", version: true })
  version: number = 1;
}

const clerk: Identity = {
  sub: "clerk-1",
  name: "王芳",
  unit: Unit.HrCentre,
  roles: [Role.Clerk],
  townships: [],
};
const ctx = { identity: clerk, requestId: "req-1" };

describe.each(testDialects())("audited() on %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  const entries = () =>
    orm.em.fork().find(AuditEntry, {}, { orderBy: { at: "ASC", id: "ASC" } }) as Promise<Entry[]>;
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "audited", [Probe]);
    orm = scratch.orm;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("a create has no before; an update has the row as read and as flushed (with its new version)", async () => {
    await orm.em.fork().transactional(async (em) => {
      const row = await audited(em, ctx, "addProbe", () => em.create(Probe, { code: "A", name: "甲" }));
      expect(row.code).toBe("A");
    });
    await orm.em.fork().transactional(async (em) => {
      const row = await em.findOneOrFail(Probe, { code: "A" });
      await audited(em, ctx, "renameProbe", row, (r) => {
        r.name = "乙";
      });
    });
    const [created, renamed] = await entries();
    expect(created).toMatchObject({
      action: "addProbe",
      entityName: "Probe",
      entityId: "A",
      actor: "clerk-1",
      actorUnit: Unit.HrCentre,
      requestId: "req-1",
      before: null,
      after: { code: "A", name: "甲", version: 1 },
    });
    expect(renamed).toMatchObject({
      action: "renameProbe",
      entityId: "A",
      before: { name: "甲", version: 1 },
      after: { name: "乙", version: 2 },
    });
  });

  test("an upsert is a create when nothing was there and an update when something was", async () => {
    const save = (code: string, name: string) =>
      orm.em
        .fork()
        .transactional(async (em) =>
          audited(em, ctx, "saveProbe", await em.findOne(Probe, { code }), (row) =>
            row ? Object.assign(row, { name }) : em.create(Probe, { code, name }),
          ),
        );
    await save("U", "一");
    await save("U", "二");
    const saved = (await entries()).filter((e) => e.action === "saveProbe");
    expect(saved.map((e) => [e.before, e.after])).toMatchObject([
      [null, { name: "一" }],
      [{ name: "一" }, { name: "二" }],
    ]);
  });

  test("a view chooses what is recorded; a change that throws records nothing and rolls back", async () => {
    await orm.em
      .fork()
      .transactional(async (em) =>
        audited(em, ctx, { action: "addView", view: (p) => ({ name: p.name }), entityId: "x" }, () =>
          em.create(Probe, { code: "V", name: "丙" }),
        ),
      );
    const refused = orm.em.fork().transactional(async (em) => {
      const row = await em.findOneOrFail(Probe, { code: "V" });
      await audited(em, ctx, "refused", row, (r) => {
        r.name = "丁";
        throw new Error("a check failed");
      });
    });
    await expect(refused).rejects.toThrow("a check failed");
    const all = await entries();
    expect(all.find((e) => e.action === "addView")).toMatchObject({ entityId: "x", after: { name: "丙" } });
    expect(all.find((e) => e.action === "addView")?.after).not.toHaveProperty("code");
    expect(all.some((e) => e.action === "refused")).toBe(false);
    expect((await orm.em.fork().findOneOrFail(Probe, { code: "V" })).name).toBe("丙");
  });

  test("a bulk writer collects the entries instead (no flush, nothing persisted by audited)", async () => {
    const into: Entry[] = [];
    const em = orm.em.fork();
    await audited(em, ctx, { action: "bulk", flush: false, into }, () =>
      em.create(Probe, { code: "B", name: "戊" }),
    );
    expect(into).toHaveLength(1);
    expect(into[0]).toMatchObject({ action: "bulk", entityId: "B", before: null });
    expect(await orm.em.fork().count(Probe, { code: "B" })).toBe(0);
    await em.flush();
    expect((await entries()).some((e) => e.action === "bulk")).toBe(false);
  });
});
