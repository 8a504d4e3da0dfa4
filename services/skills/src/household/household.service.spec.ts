import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { testDialects } from "@pa/testing";
import { startSkills, type SkillsHarness } from "../skills.fixtures";
import { HouseholdFacts } from "./household-facts.entity";
import { applyHouseholds } from "./household.service";

describe.each(testDialects())(
  "skills: household flags (pa.registry.household.updated.v1) on %s",
  (dialect) => {
    let h: SkillsHarness;
    const em = () => h.app.orm.em.fork();
    const event = (householdId: string, version: number, rural: boolean) => ({
      householdId,
      version,
      flags: { ruralZeroTransferEmployment: rural, minimumLivingGuarantee: !rural },
      changedFields: [],
    });

    beforeAll(async () => {
      h = await startSkills(dialect, "skills-households");
    });
    afterAll(async () => h?.close());

    test("a batch of events: the newest per household wins, in any order; an older one changes nothing", async () => {
      const [a, b] = [newId(), newId()];
      await em().transactional((tx) =>
        applyHouseholds(tx, [event(a, 2, true), event(a, 1, false), event(b, 1, false)] as never),
      );
      await em().transactional((tx) =>
        applyHouseholds(tx, [event(a, 1, false), event(b, 3, true), event(b, 2, false)] as never),
      );
      const rows = new Map(
        (await em().find(HouseholdFacts, { householdId: { $in: [a, b] } })).map((r) => [r.householdId, r]),
      );
      expect(rows.get(a)).toMatchObject({
        version: 2,
        ruralZeroTransferEmployment: true,
        minimumLivingGuarantee: false,
      });
      expect(rows.get(b)).toMatchObject({
        version: 3,
        ruralZeroTransferEmployment: true,
        minimumLivingGuarantee: false,
      });
    });
  },
);
