import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import {
  callers,
  startServiceHarness,
  testDialects,
  type ServiceHarness,
  sqlStatements,
  T1,
  T2,
} from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { medicalParams, pensionParams, seedPolicy } from "../social-security.fixtures";
import { personFactsProjection } from "./person-facts.projection";

const SOCIAL_SECURITY = /* GraphQL */ `
  query R($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Person {
        id
        socialSecurity {
          personId
          registeredOn
          poorPersonAdjustments
          enrolments {
            scheme
            status
          }
          premiumSubsidies {
            year
            scheme
            standardFen
          }
          settlements {
            outOfPocketFen
          }
          burdenReports {
            id
          }
          pensionLedgerEntry {
            id
          }
        }
      }
    }
  }
`;

interface View {
  id: string;
  socialSecurity: { enrolments: { scheme: string }[]; premiumSubsidies: { standardFen: number }[] } | null;
}

describe.each(testDialects())("Person.socialSecurity (一人一档) on %s", (dialect) => {
  let h: ServiceHarness;
  const people: string[] = [];

  beforeAll(async () => {
    h = await startServiceHarness(createSocialSecurityApp, {
      dialect,
      label: "ss-person",
      user: callers.bureau.viewer(),
    });
    await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
    // 500 people as one batch of the registry's events (half in each township): each gets both
    // enrolments and both premium subsidies of 2018 and 2019 (registered in 2016).
    for (let i = 0; i < 500; i++) people.push(newId());
    const source = personFactsProjection.sourceOutsideEvent({ businessDate: "2019-02-01" });
    await h.app.orm.em.fork().transactional((em) =>
      personFactsProjection.apply(
        em,
        people.map((personId, i) => ({
          facts: {
            personId,
            version: 1,
            townshipCode: i % 2 === 0 ? T1 : T2,
            birthDate: "1970-05-17",
            povertyStatus: "REGISTERED" as const,
            registeredOn: "2016-03-01",
            exitedOn: null,
          },
          source,
        })),
      ),
    );
  });
  afterAll(async () => h?.close());

  const query = (ids: string[], as = callers.bureau.viewer()) =>
    h.ok<{ _entities: View[] }>(
      SOCIAL_SECURITY,
      { reps: ids.map((id) => ({ __typename: "Person", id })) },
      { as },
    );

  /** Statements the request sends (the event backbone's rounds are not its own). */
  const statements = async (run: () => Promise<unknown>) => (await sqlStatements(h.app.orm, run)).length;

  test("500 people cost the same constant number of SQL statements as 50", async () => {
    const n50 = await statements(() => query(people.slice(0, 50)));
    const n500 = await statements(async () => {
      const r = await query(people);
      expect(r._entities).toHaveLength(500);
      expect(r._entities.every((e) => e.socialSecurity?.enrolments.length === 2)).toBe(true);
      expect(r._entities.every((e) => e.socialSecurity?.premiumSubsidies.length === 4)).toBe(true);
    });
    expect(n500).toBe(n50);
    // facts, enrolments, subsidies, settlements, burden reports, pension ledger.
    expect(n500).toBeLessThanOrEqual(6);
  });

  test("a township-scoped reader gets null for people of other townships, still in constant statements", async () => {
    const clerk = callers.medicalCentre.clerkIn(T1);
    const n50 = await statements(() => query(people.slice(0, 50), clerk));
    let r: { _entities: View[] } | undefined;
    const n500 = await statements(async () => {
      r = await query(people, clerk);
    });
    expect(n500).toBe(n50);
    expect(r!._entities.filter((e) => e.socialSecurity !== null)).toHaveLength(250);
    expect(r!._entities[1]!.socialSecurity).toBeNull();
  });
});
