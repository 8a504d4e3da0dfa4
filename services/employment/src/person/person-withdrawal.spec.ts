import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { WithdrawnRegistration } from "@pa/events";
import { errorCode, T1, testDialects } from "@pa/testing";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { JobReadiness } from "../assistance-case/job-readiness.entity";
import { markJobReady } from "../assistance-case/assistance-case.reactions";
import {
  offerInput,
  personFacts,
  RECORD_OFFER,
  startEmployment,
  type EmploymentHarness,
} from "../employment.fixtures";
import { JobOffer } from "../job-offer/job-offer.entity";
import { PersonFacts } from "./person-facts.entity";
import { personFactsProjection } from "./person-facts.projection";
import { personWithdrawal } from "./person-withdrawal";

describe.each(testDialects())(
  "employment: a withdrawn registration (pa.registry.person.withdrawn.v1) on %s",
  (dialect) => {
    let h: EmploymentHarness;
    const em = () => h.app.orm.em.fork();
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
            source: personFactsProjection.sourceOutsideEvent({ businessDate: "2020-06-01" }),
          },
        ]),
      );
    const register = (personId: string, version: number) =>
      em().transactional((tx) =>
        personWithdrawal.apply(tx, [
          {
            facts: personFacts(personId, { version }),
            source: personFactsProjection.sourceOutsideEvent({ businessDate: "2020-07-01" }),
            registration: true,
          },
        ]),
      );

    beforeAll(async () => {
      h = await startEmployment(dialect, "employment-withdrawal");
      await h.township(T1);
    });
    afterAll(async () => h?.close());

    test("IMPORT_UNDONE / R-EMP-3: the system's case and job-readiness go with the person's facts; nobody else's", async () => {
      const [gone, other] = [await h.person(), await h.person()];
      await em().transactional((tx) =>
        markJobReady(tx, { personId: gone, completedOn: "2020-04-01" }, { eventId: newId() }),
      );
      expect(await em().count(AssistanceCase, { personId: gone })).toBe(1);

      expect(await withdraw(gone)).toMatchObject({ removed: [gone], kept: [] });
      expect(await em().findOne(PersonFacts, { personId: gone })).toBeNull();
      expect(await em().count(AssistanceCase, { personId: gone })).toBe(0);
      expect(await em().count(JobReadiness, { personId: gone })).toBe(0);
      expect(await em().count(AssistanceCase, { personId: other })).toBe(1);

      // The same withdrawal again, or a late `person.updated` of the withdrawn registration: nothing comes back.
      expect(await withdraw(gone)).toMatchObject({ ignored: [gone] });
      const late = await em().transactional((tx) =>
        personWithdrawal.apply(tx, [
          {
            facts: personFacts(gone, { version: 3 }),
            source: personFactsProjection.sourceOutsideEvent(),
            registration: false,
          },
        ]),
      );
      expect(late.changes).toEqual([]);
      expect(await em().count(AssistanceCase, { personId: gone })).toBe(0);
    });

    test("IMPORT_UNDONE after a clerk recorded an offer: the person stays, marked withdrawn, with the case and the offer; no new offer can be recorded", async () => {
      const id = await h.person();
      await h.ok(RECORD_OFFER, { input: offerInput(id) });
      expect(await withdraw(id)).toMatchObject({ kept: [id], removed: [] });
      expect(await em().findOneOrFail(PersonFacts, { personId: id })).toMatchObject({
        withdrawnOn: "2020-06-01",
      });
      expect(await em().count(AssistanceCase, { personId: id })).toBe(1);
      expect(await em().count(JobOffer, { personId: id })).toBe(1);
      expect(await em().findOneOrFail(WithdrawnRegistration, { subject: id })).toMatchObject({ kept: true });

      const again = await h.gql(RECORD_OFFER, { input: offerInput(id, { offeredOn: "2020-06-02" }) });
      expect(errorCode(again)).toBe("BAD_USER_INPUT");
      expect(again.errors?.[0]?.extensions?.field).toBe("input.personId");
      expect(again.errors?.[0]?.extensions?.messageZh).toContain("撤销");
      expect(await em().count(JobOffer, { personId: id })).toBe(1);
    });

    test("IMPORT_UNDONE then re-imported: a registration with a higher version re-creates the person and the case opens again", async () => {
      const id = await h.person();
      await withdraw(id);
      expect((await register(id, 1)).changes).toEqual([]); // the withdrawn registration's, redelivered
      expect((await register(id, 3)).changes).toHaveLength(1);
      expect(await em().findOneOrFail(PersonFacts, { personId: id })).toMatchObject({
        version: 3,
        withdrawnOn: null,
      });
      expect(await em().find(AssistanceCase, { personId: id })).toMatchObject([
        { status: "OPEN", openedBy: "system" },
      ]);
    });
  },
);
