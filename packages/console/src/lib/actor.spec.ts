import { describe, expect, test } from "vitest";
import type { ActivityActorFragment } from "../gql/graphql";
import { actorFor, actorOf } from "./actor";

/**
 * 经办 in the dossier (issue 11): who did something reads as the timeline says it — unit, role and
 * name from the service's audit trail — not the user id a record keeps.
 */
const entry = (over: Partial<ActivityActorFragment>): ActivityActorFragment => ({
  id: "a1",
  action: "recordJobOffer",
  entityName: "JobOffer",
  entityId: "o1",
  actorId: "hr-centre-user-7",
  actorName: "推荐员张三",
  actorUnit: "hr-centre",
  actorRoles: ["clerk"],
  ...over,
});

describe("actorFor: who recorded a row, from the audit trail", () => {
  test("ARCHITECTURE audit: the entry of the row's own action names unit, role and name", () => {
    const trail = [
      entry({ id: "a2", action: "recordOfferOutcome", actorName: "另一人", actorRoles: ["manager"] }),
      entry({}),
    ];
    expect(actorFor(trail, { entityName: "JobOffer", entityId: "o1", action: "recordJobOffer" }, "x")).toBe(
      "人力资源服务中心 · 经办 · 推荐员张三",
    );
  });

  test("ARCHITECTURE audit: without an entry (no trail, another row) the record's own value is shown", () => {
    const row = { entityName: "JobOffer", entityId: "o2", action: "recordJobOffer" };
    expect(actorFor([entry({})], row, "hr-centre-user-7")).toBe("hr-centre-user-7");
    expect(actorFor(null, row, "hr-centre-user-7")).toBe("hr-centre-user-7");
  });

  test("ARCHITECTURE audit: the system reads 系统自动处理; an entry without a name falls back to the id", () => {
    expect(actorOf(entry({ actorUnit: "system", actorRoles: [] }))).toBe("系统自动处理");
    expect(actorOf(entry({ actorName: null }))).toBe("人力资源服务中心 · 经办 · hr-centre-user-7");
  });
});
