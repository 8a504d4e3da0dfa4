import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { WithdrawnRegistration } from "@pa/events";
import { callers, startServiceHarness, testDialects, type ServiceHarness } from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { Enrolment, EnrolmentChange } from "../enrolment/enrolment.entity";
import { Scheme } from "../enrolment/enrolment.enums";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { medicalParams, pensionParams, seedPerson, seedPolicy } from "../social-security.fixtures";
import { PersonFacts } from "./person-facts.entity";
import { personFactsProjection } from "./person-facts.projection";
import { personWithdrawal } from "./person-withdrawal";

const PAY = /* GraphQL */ `
  mutation P($input: RecordSubsidyPaymentInput!) {
    recordSubsidyPayment(input: $input) {
      id
      paidFen
    }
  }
`;

describe.each(testDialects())(
  "social-security: a withdrawn registration (pa.registry.person.withdrawn.v1) on %s",
  (dialect) => {
    let h: ServiceHarness;
    const em = () => h.app.orm.em.fork();
    const held = async (personId: string) => ({
      facts: await em().count(PersonFacts, { personId }),
      enrolments: await em().count(Enrolment, { personId }),
      changes: await em().count(EnrolmentChange, { personId }),
      subsidies: await em().count(PremiumSubsidy, { personId }),
      pension: await em().count(PensionLedgerEntry, { personId }),
    });
    const nothing = { facts: 0, enrolments: 0, changes: 0, subsidies: 0, pension: 0 };
    const withdraw = (personId: string, version = 2) =>
      em().transactional((tx) =>
        personWithdrawal.withdraw(tx, [
          {
            key: personId,
            version,
            data: {
              personId,
              version,
              householdId: newId(),
              householdWithdrawn: true,
              reason: "IMPORT_UNDONE",
            },
            source: personFactsProjection.sourceOutsideEvent({ businessDate: "2019-06-01" }),
          },
        ]),
      );
    const facts = (personId: string, version: number, registration: boolean) =>
      em().transactional((tx) =>
        personWithdrawal.apply(tx, [
          {
            facts: {
              personId,
              version,
              townshipCode: "110101001",
              birthDate: "1950-05-17",
              povertyStatus: "REGISTERED",
              registeredOn: "2016-03-01",
              exitedOn: null,
            },
            source: personFactsProjection.sourceOutsideEvent({ businessDate: "2019-07-01" }),
            registration,
          },
        ]),
      );

    beforeAll(async () => {
      h = await startServiceHarness(createSocialSecurityApp, {
        dialect,
        label: "ss-withdrawal",
        user: callers.medicalCentre.clerk(),
      });
      await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
      await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
    });
    afterAll(async () => h?.close());

    test("IMPORT_UNDONE / R-SS-1, R-SS-2, R-SS-3: the obligations, subsidies and pension-ledger entry go with the person's facts; nobody else's", async () => {
      const gone = await seedPerson(h, { birthDate: "1950-05-17" }); // 60+: on the pension ledger
      const other = await seedPerson(h, { birthDate: "1950-05-17" });
      const before = await held(gone.personId);
      expect(before.subsidies).toBeGreaterThan(0);
      expect(before.pension).toBe(1);

      expect(await withdraw(gone.personId)).toMatchObject({ removed: [gone.personId], kept: [] });
      expect(await held(gone.personId)).toEqual(nothing);
      expect(await held(other.personId)).toEqual(before);

      // Redelivered, or a late update of the withdrawn registration: nothing comes back.
      expect(await withdraw(gone.personId)).toMatchObject({ ignored: [gone.personId] });
      expect((await facts(gone.personId, 3, false)).changes).toEqual([]);
      expect(await held(gone.personId)).toEqual(nothing);
    });

    test("IMPORT_UNDONE after a clerk recorded a subsidy payment: every row stays and the person is marked withdrawn", async () => {
      const p = await seedPerson(h);
      const s = await em().findOneOrFail(PremiumSubsidy, {
        personId: p.personId,
        scheme: Scheme.RESIDENT_MEDICAL,
        year: 2019,
      });
      await h.ok(PAY, {
        input: { subsidyId: s.id, paidFen: 1000, paidOn: "2019-03-01", version: s.version },
      });
      const before = await held(p.personId);
      expect(await withdraw(p.personId)).toMatchObject({ kept: [p.personId], removed: [] });
      expect(await held(p.personId)).toEqual(before);
      expect(await em().findOneOrFail(PersonFacts, { personId: p.personId })).toMatchObject({
        withdrawnOn: "2019-06-01",
      });
      expect(await em().findOneOrFail(PremiumSubsidy, { id: s.id })).toMatchObject({ paidFen: 1000 });
      expect(await em().findOneOrFail(WithdrawnRegistration, { subject: p.personId })).toMatchObject({
        kept: true,
      });
    });

    test("IMPORT_UNDONE then re-imported: a registration with a higher version re-creates the person with their obligations", async () => {
      const p = await seedPerson(h, { birthDate: "1950-05-17" });
      await withdraw(p.personId);
      expect((await facts(p.personId, 1, true)).changes).toEqual([]); // the withdrawn registration's, redelivered
      expect((await facts(p.personId, 3, true)).changes).toHaveLength(1);
      const again = await held(p.personId);
      expect(again).toMatchObject({ facts: 1, pension: 1 });
      expect(again.subsidies).toBeGreaterThan(0);
      expect(await em().findOneOrFail(PersonFacts, { personId: p.personId })).toMatchObject({
        version: 3,
        withdrawnOn: null,
      });
    });
  },
);
