import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PolicyVersion, Role, Unit, type Identity } from "@pa/service-kit";
import { callers, errorCode, testDialects } from "@pa/testing";
import { startEmployment, type EmploymentHarness } from "../employment.fixtures";

const SET = `mutation T($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { id metric value createdBy } }`;
const SAVE = `mutation S($input: SaveEmploymentPolicyVersionInput!) { saveEmploymentPolicyVersion(input: $input) { id version } }`;
const ADOPT = `mutation A($input: AdoptEmploymentPolicyVersionInput!) { adoptEmploymentPolicyVersion(input: $input) { id status } }`;

const UNITS = {
  [Unit.PovertyOffice]: callers.povertyOffice,
  [Unit.TownshipCentre]: callers.townshipCentre,
  [Unit.HrCentre]: callers.hrCentre,
  [Unit.MedicalCentre]: callers.medicalCentre,
  [Unit.PensionCentre]: callers.pensionCentre,
  [Unit.Bureau]: callers.bureau,
} as const;
const ROLES = [Role.Viewer, Role.Clerk, Role.Manager] as const;

/** Issue 9 item 18: the bureau manages targets (ARCHITECTURE.md); the hr-centre keeps entering them. */
const writesTargets = (unit: Unit, role: Role) =>
  (unit === Unit.HrCentre && role !== Role.Viewer) || (unit === Unit.Bureau && role === Role.Manager);
const writesOffers = (unit: Unit, role: Role) => unit === Unit.HrCentre && role !== Role.Viewer;

const matrix = Object.keys(UNITS).flatMap((unit) => ROLES.map((role) => [unit as Unit, role] as const));

describe.each(testDialects())("R-PRIN-2 who sets employment targets, unit × role, on %s", (dialect) => {
  let h: EmploymentHarness;
  let day = 0;
  /** A fresh valid-from per call, so no two writes collide on a date. */
  const nextDate = () => {
    day += 1;
    const d = new Date(Date.UTC(2021, 0, day));
    return d.toISOString().slice(0, 10);
  };
  const as = (unit: Unit, role: Role): Identity => UNITS[unit][role]();
  const versions = () => h.app.orm.em.fork().count(PolicyVersion, {});

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-targets");
  });
  afterAll(async () => h?.close());

  test.each(matrix)(
    "R-PRIN-2 setEmploymentTarget as %s %s: a bureau manager or an hr-centre writer only",
    async (unit, role) => {
      const before = await versions();
      const r = await h.gql<{ setEmploymentTarget: { value: number; createdBy: string } }>(
        SET,
        { input: { metric: "POSTS_HELD", value: 480, validFrom: nextDate() } },
        { as: as(unit, role) },
      );
      if (writesTargets(unit, role)) {
        expect(r.errors).toBeUndefined();
        expect(r.data?.setEmploymentTarget.value).toBe(480);
        expect(await versions()).toBe(before + 1);
      } else {
        expect(errorCode(r)).toBe("FORBIDDEN");
        expect(await versions()).toBe(before);
      }
    },
  );

  test.each(matrix)(
    "R-PRIN-2 targets as a policy version (save, adopt) as %s %s; OFFERS stay the hr-centre's",
    async (unit, role) => {
      const who = as(unit, role);
      const before = await versions();
      const targets = await h.gql<{ saveEmploymentPolicyVersion: { id: string; version: number } }>(
        SAVE,
        {
          input: {
            kind: "EMPLOYMENT_TARGETS",
            name: "2021年就业扶贫目标",
            validFrom: nextDate(),
            parameters: { postsHeld: 500, postOccupancyBp: 8500, deadline: "2021-12-31" },
          },
        },
        { as: who },
      );
      const offers = await h.gql(
        SAVE,
        {
          input: {
            kind: "OFFERS",
            name: "每人4次",
            validFrom: nextDate(),
            parameters: { offersRequired: 4 },
          },
        },
        { as: who },
      );
      if (writesTargets(unit, role)) {
        expect(targets.errors).toBeUndefined();
        const adopted = await h.gql<{ adoptEmploymentPolicyVersion: { status: string } }>(
          ADOPT,
          { input: targets.data!.saveEmploymentPolicyVersion },
          { as: who },
        );
        expect(adopted.data?.adoptEmploymentPolicyVersion.status).toBe("ADOPTED");
      } else expect(errorCode(targets)).toBe("FORBIDDEN");
      if (writesOffers(unit, role)) expect(offers.errors).toBeUndefined();
      else expect(errorCode(offers)).toBe("FORBIDDEN");
      expect(await versions()).toBe(
        before + (writesTargets(unit, role) ? 1 : 0) + (writesOffers(unit, role) ? 1 : 0),
      );
    },
  );

  test("R-PRIN-2 a bureau clerk with a bad value hears FORBIDDEN, not a remark on the value", async () => {
    const r = await h.gql(
      SET,
      { input: { metric: "POSTS_HELD", value: -1, validFrom: nextDate() } },
      { as: callers.bureau.clerk() },
    );
    expect(errorCode(r)).toBe("FORBIDDEN");
  });
});
