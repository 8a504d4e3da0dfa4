import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { errorCode, testDialects } from "@pa/testing";
import { ENROL, personFacts, startSkills, type SkillsHarness } from "../skills.fixtures";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { TrainingNeed } from "../training-need/training-need.entity";
import { PersonFacts } from "./person-facts.entity";
import { personFactsProjection } from "./person-facts.projection";
import { personWithdrawal } from "./person-withdrawal";

describe.each(testDialects())(
  "skills: a withdrawn registration (pa.registry.person.withdrawn.v1) on %s",
  (dialect) => {
    let h: SkillsHarness;
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

    beforeAll(async () => {
      h = await startSkills(dialect, "skills-withdrawal");
    });
    afterAll(async () => h?.close());

    test("IMPORT_UNDONE: the need the system opened goes with the person's facts; a late update brings nothing back", async () => {
      const [gone, other] = [await h.person(), await h.person()];
      expect(await withdraw(gone)).toMatchObject({ removed: [gone], kept: [] });
      expect(await em().findOne(PersonFacts, { personId: gone })).toBeNull();
      expect(await em().count(TrainingNeed, { personId: gone })).toBe(0);
      expect(await em().count(TrainingNeed, { personId: other })).toBe(1);
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
      expect(await em().count(TrainingNeed, { personId: gone })).toBe(0);
    });

    test("IMPORT_UNDONE after an enrolment: the person stays, marked, with the enrolment; no new enrolment is accepted", async () => {
      const id = await h.person();
      const project = await h.project();
      await h.enrol(project.id, id);
      expect(await withdraw(id)).toMatchObject({ kept: [id], removed: [] });
      expect(await em().findOneOrFail(PersonFacts, { personId: id })).toMatchObject({
        withdrawnOn: "2020-06-01",
      });
      expect(await em().count(TrainingEnrolment, { personId: id })).toBe(1);
      const other = await h.project();
      const again = await h.gql(ENROL, {
        input: { projectId: other.id, personId: id, enrolledOn: "2020-03-20" },
      });
      expect(errorCode(again)).toBe("BAD_USER_INPUT");
      expect(again.errors?.[0]?.extensions?.field).toBe("input.personId");
      expect(await em().count(TrainingEnrolment, { personId: id })).toBe(1);
    });
  },
);
