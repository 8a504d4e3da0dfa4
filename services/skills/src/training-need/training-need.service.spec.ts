import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { callers, T1, T2, testDialects } from "@pa/testing";
import { personFacts, startSkills, type SkillsHarness } from "../skills.fixtures";
import { applySurvey } from "../survey/training-survey.service";
import { TrainingNeed } from "./training-need.entity";

const GAPS = /* GraphQL */ `
  query G($t: [String!]) {
    trainingGaps(townshipCodes: $t, first: 500) {
      totalCount
      nodes {
        personId
        townshipCode
        openedOn
        waitingDays
      }
    }
  }
`;
type Gaps = {
  trainingGaps: { totalCount: number; nodes: { personId: string; townshipCode: string; openedOn: string }[] };
};

describe.each(testDialects())("R-TGT-3 training needs on %s", (dialect) => {
  let h: SkillsHarness;
  const needs = (personId: string) =>
    h.app.orm.em.fork().find(TrainingNeed, { personId }, { orderBy: { id: "ASC" } });
  const gapIds = async (as = callers.hrCentre.viewer(), t?: string[]) =>
    (await h.ok<Gaps>(GAPS, t ? { t } : {}, { as })).trainingGaps.nodes.map((n) => n.personId);

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-needs");
  });
  afterAll(async () => h?.close());

  test("a person with capacity (FULL or PARTIAL) and willingness to train gets an open need dated on registration; without either, none", async () => {
    const full = await h.person({ registeredOn: "2018-05-02" });
    const partial = await h.person({ laborCapacity: "PARTIAL" });
    const none = await h.person({ laborCapacity: "NONE" });
    const unwilling = await h.person({ willingToTrain: false });
    expect(await needs(full)).toMatchObject([{ status: "OPEN", openedOn: "2018-05-02", enrolledOn: null }]);
    expect(await needs(partial)).toMatchObject([{ status: "OPEN" }]);
    expect(await needs(none)).toEqual([]);
    expect(await needs(unwilling)).toEqual([]);
  });

  test("R-REQ-2: an update that makes a person willing opens a need on its date; unwilling again marks it NOT_NEEDED", async () => {
    const id = await h.person({ willingToTrain: false });
    await h.facts(personFacts(id, { version: 2, willingToTrain: true }), "2019-06-10");
    expect(await needs(id)).toMatchObject([{ status: "OPEN", openedOn: "2019-06-10" }]);
    await h.facts(personFacts(id, { version: 3, willingToTrain: false }), "2019-08-01");
    expect(await needs(id)).toMatchObject([{ status: "NOT_NEEDED", closedOn: "2019-08-01", openKey: null }]);
  });

  test("R-REQ-2: a need opened by a survey keyed in later is dated on the survey's day (not before registration), so the gap list counts the wait from it", async () => {
    /**
     * A person registered unwilling on `registeredOn`, made willing by the registry's update on
     * 2019-06-10 (the update comes first, on the day the survey was keyed in), then the survey of
     * 2019-03-05 arriving as recorded on `recordedOn`. Returns the person's needs.
     */
    const surveyedLater = async (registeredOn: string, recordedOn: string, needsTraining = true) => {
      const id = await h.person({ willingToTrain: false, registeredOn });
      await h.facts(personFacts(id, { version: 2, willingToTrain: true, registeredOn }), "2019-06-10");
      const survey = {
        surveyId: newId(),
        personId: id,
        townshipCode: T1,
        village: "东村",
        surveyedOn: "2019-03-05",
        needsWork: true,
        needsTraining,
        needsEntrepreneurship: false,
      };
      await h.app.orm.em.fork().transactional((tx) => applySurvey(tx, survey, recordedOn));
      return needs(id);
    };
    expect(await surveyedLater("2018-03-01", "2019-06-10")).toMatchObject([
      { status: "OPEN", openedOn: "2019-03-05" },
    ]);
    // Never before the registration.
    expect(await surveyedLater("2019-05-01", "2019-06-10")).toMatchObject([
      { status: "OPEN", openedOn: "2019-05-01" },
    ]);
    // A survey keyed in on another day than the need opened did not open it: the date stays.
    expect(await surveyedLater("2018-03-01", "2019-07-01")).toMatchObject([
      { status: "OPEN", openedOn: "2019-06-10" },
    ]);
    // A survey that says no training moves nothing.
    expect(await surveyedLater("2018-03-01", "2019-06-10", false)).toMatchObject([
      { status: "OPEN", openedOn: "2019-06-10" },
    ]);
  });

  test("R-PRIN-1: an exit from poverty changes nothing — the need stays open, on the gap list", async () => {
    const id = await h.person();
    const before = await needs(id);
    const r = await h.facts(
      personFacts(id, { version: 2, povertyStatus: "EXITED", exitedOn: "2019-12-01" }),
      "2019-12-01",
    );
    expect(r).toEqual({ applied: true, needsOpened: 0 });
    expect(await needs(id)).toEqual(before);
    expect(await gapIds()).toContain(id);
  });

  test("a redelivered or older event opens no second need", async () => {
    const id = await h.person();
    expect(await h.facts(personFacts(id), "2020-01-01")).toEqual({ applied: false, needsOpened: 0 });
    expect(await needs(id)).toHaveLength(1);
  });

  test("the gap list is by township, longest waiting first; a township clerk sees only their townships", async () => {
    const late = await h.person({ townshipCode: T2, registeredOn: "2019-01-01" });
    const early = await h.person({ townshipCode: T2, registeredOn: "2018-01-02" });
    const all = await gapIds();
    expect(all.indexOf(early)).toBeLessThan(all.indexOf(late));
    const nodes = (await h.ok<Gaps>(GAPS, {}, { as: callers.hrCentre.viewer() })).trainingGaps.nodes;
    const townships = nodes.map((n) => n.townshipCode);
    expect(townships).toEqual([...townships].sort());
    const t2 = await gapIds(callers.townshipCentre.viewerIn(T2));
    expect(t2).toEqual([early, late]);
    // Asking for another township does not widen a scoped reader's view.
    expect(await gapIds(callers.townshipCentre.viewerIn(T2), [T1])).toEqual([]);
  });
});
