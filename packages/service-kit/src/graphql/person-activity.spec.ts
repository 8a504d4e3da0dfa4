import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { openScratchOrm, sqlStatements, testDialects, type ScratchOrm } from "@pa/testing";
import { audited } from "../db/audited";
import { LoaderCache } from "../context";
import { Role, Unit, type Identity } from "../auth/identity";
import { activityLoader } from "./person-activity";

@Entity({ tableName: "activity_offer_probe" })
class OfferProbe {
  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  personId!: string;
}

@Entity({ tableName: "activity_person_probe" })
class Person {
  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  name!: string;
}

const clerk: Identity = {
  sub: "clerk-1",
  name: "王芳",
  unit: Unit.HrCentre,
  roles: [Role.Clerk, Role.Manager],
  townships: [],
};
const ACTIONS = {
  recordOffer: "记录岗位推荐",
  registerPerson: "登记为贫困人口",
  "probe.": "探针状态变更",
  // A text made from what the entry recorded.
  markOffer: (after: Record<string, unknown> | null) => `标记推荐 ${String(after?.["id"])}`,
};

// 一人一档: "a timeline of what happened to them and who did it" (issue 11) — the audit trail per
// person, whoever's service wrote it.
describe.each(testDialects())("person activity from the audit trail on %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "activity", [OfferProbe, Person]);
    const em = scratch.orm.em.fork();
    const ctx = { identity: clerk, requestId: "r1" };
    await em.transactional(async (tx) => {
      await audited(tx, ctx, "registerPerson", () => tx.create(Person, { id: "P1", name: "张三" }));
      await audited(tx, ctx, "recordOffer", () => tx.create(OfferProbe, { id: "O1", personId: "P1" }));
      await audited(tx, ctx, "recordOffer", () => tx.create(OfferProbe, { id: "O2", personId: "P2" }));
      await audited(tx, ctx, "markOffer", () => tx.create(OfferProbe, { id: "O6", personId: "P2" }));
      await audited(tx, ctx, "probe.CLAIMED", () => tx.create(OfferProbe, { id: "O3", personId: "P1" }));
      // Bookkeeping the timeline does not list, and a change about no one.
      await audited(tx, { identity: null, requestId: "ev" }, "applyFacts", () =>
        tx.create(OfferProbe, { id: "O4", personId: "P1" }),
      );
      await audited(tx, ctx, { action: "recordOffer", subjectId: null }, () =>
        tx.create(OfferProbe, { id: "O5", personId: "P3" }),
      );
    });
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("each person's listed actions with who did them (unit, roles, name), newest first, in one statement for many people", async () => {
    const orm = scratch!.orm;
    const ctx = { em: orm.em.fork(), loaders: new LoaderCache() };
    let lists: Awaited<ReturnType<ReturnType<typeof activityLoader>["loadMany"]>> = [];
    const sql = await sqlStatements(orm, async () => {
      lists = await activityLoader(ctx, ACTIONS).loadMany(["P1", "P2", "P3"]);
    });
    expect(sql).toHaveLength(1);
    const [p1, p2, p3] = lists as { action: string; description: string; entityId: string }[][];
    expect(p1!.map((e) => e.description).sort()).toEqual(["探针状态变更", "登记为贫困人口", "记录岗位推荐"]);
    expect(p1![0]).toMatchObject({ actorId: "clerk-1", actorName: "王芳", actorUnit: "hr-centre" });
    expect((p1![0] as unknown as { actorRoles: string[] }).actorRoles).toEqual(["clerk", "manager"]);
    expect((p1![0] as unknown as { at: unknown }).at).toBeInstanceOf(Date);
    expect(p2!.map((e) => [e.entityId, e.description]).sort()).toEqual([
      ["O2", "记录岗位推荐"],
      ["O6", "标记推荐 O6"],
    ]);
    // `subjectId: null` says the change is about no one: it is on no one's timeline.
    expect(p3).toEqual([]);
  });
});
