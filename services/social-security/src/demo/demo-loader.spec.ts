import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AuditEntry, PolicyStatus, PolicyVersion } from "@pa/service-kit";
import { callers, startServiceHarness, type ServiceHarness } from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { PolicyKind } from "../policy/policy.enums";

// The demo goes through the policy operations, so it is checked and audited like a clerk's data.
describe("social-security demo: loaded through the policy operations (sqlite)", () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness((deps) => createSocialSecurityApp({ ...deps, demoActivity: false }), {
      dialect: "sqlite",
      label: "ss-demo",
      loadDemo: true,
      user: callers.medicalCentre.clerk(),
    });
  }, 120_000);
  afterAll(() => h?.close());

  test("three adopted versions of each kind, from 2018-01-01, 2020-01-01 and 2021-01-01 (the plan ended: no premium subsidy)", async () => {
    const rows = await h.app.orm.em
      .fork()
      .find(PolicyVersion, {}, { orderBy: { kind: "ASC", validFrom: "ASC" } });
    expect(rows.map((r) => [r.kind, r.validFrom, r.status])).toEqual([
      [PolicyKind.MEDICAL, "2018-01-01", PolicyStatus.ADOPTED],
      [PolicyKind.MEDICAL, "2020-01-01", PolicyStatus.ADOPTED],
      [PolicyKind.MEDICAL, "2021-01-01", PolicyStatus.ADOPTED],
      [PolicyKind.PENSION, "2018-01-01", PolicyStatus.ADOPTED],
      [PolicyKind.PENSION, "2020-01-01", PolicyStatus.ADOPTED],
      [PolicyKind.PENSION, "2021-01-01", PolicyStatus.ADOPTED],
    ]);
    // R-PRIN-2: the 2018–2020 plan subsidises premiums; the versions after it do not.
    expect(rows.map((r) => (r.parameters as { premiumSubsidy: unknown }).premiumSubsidy !== null)).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  test("each version's saving and adoption is audited, by the demo loader of the owning centre", async () => {
    const entries = await h.app.orm.em.fork().find(AuditEntry, { actor: "demo-loader" });
    expect(entries.filter((e) => e.action === "savePolicyVersion")).toHaveLength(6);
    expect(entries.filter((e) => e.action === "adoptPolicyVersion")).toHaveLength(6);
    expect(new Set(entries.map((e) => e.actorUnit))).toEqual(new Set(["medical-centre", "pension-centre"]));
  });
});
