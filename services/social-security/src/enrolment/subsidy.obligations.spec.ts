import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PolicyVersion } from "@pa/service-kit";
import { callers, startServiceHarness, testDialects, type ServiceHarness } from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { medicalParams, pensionParams, seedPerson, seedPolicy } from "../social-security.fixtures";
import { PremiumSubsidy } from "./premium-subsidy.entity";

describe.each(testDialects())("social-security subsidy obligations on %s", (dialect) => {
  let h: ServiceHarness;
  let medicalId: string;
  let pensionId: string;

  beforeAll(async () => {
    h = await startServiceHarness(createSocialSecurityApp, {
      dialect,
      label: "ss-obligations",
      user: callers.medicalCentre.clerk(),
    });
    medicalId = await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    pensionId = await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
  });
  afterAll(async () => h?.close());

  const versionRows = async () =>
    (
      await h.app.orm.em
        .fork()
        .find(PolicyVersion, { id: { $in: [medicalId, pensionId] } }, { orderBy: { id: "ASC" } })
    ).map((v) => ({ id: v.id, version: v.version, updatedAt: v.updatedAt.getTime() }));

  describe("issue 9 item 14: results created from a policy version never touch its row", () => {
    test("after creating many subsidies the policy versions' optimistic-lock version is unchanged", async () => {
      const before = await versionRows();
      for (let i = 0; i < 5; i++) await seedPerson(h, {}, "2019-02-01");
      const count = await h.app.orm.em.fork().count(PremiumSubsidy, {
        policyVersionId: { $in: [medicalId, pensionId] },
      });
      expect(count).toBeGreaterThanOrEqual(10);
      expect(await versionRows()).toEqual(before);
    });
  });
});
