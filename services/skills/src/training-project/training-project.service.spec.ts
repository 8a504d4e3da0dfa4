import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callers, errorCode, T1, T2, testDialects, UNKNOWN_TOWNSHIP, type GqlResult } from "@pa/testing";
import { TrainingInstitution } from "../institution/institution.entity";
import {
  institutionInput,
  projectInput,
  RECORD_INSTITUTION,
  RECORD_PROJECT,
  startSkills,
  type SkillsHarness,
} from "../skills.fixtures";
import { TrainingProject } from "./training-project.entity";

const PROJECTS = /* GraphQL */ `
  query P($f: TrainingProjectsFilter) {
    trainingProjects(filter: $f, first: 100) {
      totalCount
      nodes {
        id
        townshipCode
        institution {
          name
        }
      }
    }
  }
`;
type Projects = { trainingProjects: { totalCount: number; nodes: { id: string; townshipCode: string }[] } };

/** The refusal is BAD_USER_INPUT naming the field, with both languages. */
function expectBadInput(r: GqlResult<unknown>, field: string): void {
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  expect(r.errors?.[0]?.extensions?.field).toBe(field);
  expect(r.errors?.[0]?.extensions?.messageZh).toBeTruthy();
  expect(r.errors?.[0]?.extensions?.messageEn).toBeTruthy();
}

describe.each(testDialects())("R-SKL-1 institutions and purchased projects on %s", (dialect) => {
  let h: SkillsHarness;
  let institutionId: string;
  const counts = async () => {
    const em = h.app.orm.em.fork();
    return {
      institutions: await em.count(TrainingInstitution, {}),
      projects: await em.count(TrainingProject, {}),
    };
  };

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-projects");
    institutionId = await h.institution();
  });
  afterAll(async () => h?.close());

  test("GB 32100: a credit code with a wrong check character is BAD_USER_INPUT on input.creditCode and records nothing", async () => {
    const before = await counts();
    const r = await h.gql(RECORD_INSTITUTION, {
      input: institutionInput({ creditCode: "91350100M000100Y44" }),
    });
    expectBadInput(r, "input.creditCode");
    expect(r.errors?.[0]?.extensions?.messageEn).toContain("check character");
    expect(await counts()).toEqual(before);
    const ok = await h.ok<{ recordTrainingInstitution: { creditCode: string } }>(RECORD_INSTITUTION, {
      input: institutionInput({ creditCode: "91350100m000100y43" }),
    });
    expect(ok.recordTrainingInstitution.creditCode).toBe("91350100M000100Y43");
    expectBadInput(
      await h.gql(RECORD_INSTITUTION, { input: institutionInput({ creditCode: "91350100M000100Y43" }) }),
      "input.creditCode",
    );
  });

  test("a negative price, an end before the start, no places, a price above the policy's cap: each BAD_USER_INPUT with its field, nothing recorded", async () => {
    const before = await counts();
    expectBadInput(
      await h.gql(RECORD_PROJECT, { input: projectInput(institutionId, { pricePerTraineeFen: -1 }) }),
      "input.pricePerTraineeFen",
    );
    expectBadInput(
      await h.gql(RECORD_PROJECT, {
        input: projectInput(institutionId, { startOn: "2020-05-01", endOn: "2020-04-30" }),
      }),
      "input.endOn",
    );
    expectBadInput(
      await h.gql(RECORD_PROJECT, { input: projectInput(institutionId, { places: 0 }) }),
      "input.places",
    );
    const cap = await h.gql(RECORD_PROJECT, {
      input: projectInput(institutionId, { pricePerTraineeFen: 300_001 }),
    });
    expectBadInput(cap, "input.pricePerTraineeFen");
    expect(cap.errors?.[0]?.extensions?.messageEn).toContain("cap of 300000 fen");
    expectBadInput(
      await h.gql(RECORD_PROJECT, { input: projectInput(institutionId, { townshipCode: UNKNOWN_TOWNSHIP }) }),
      "input.townshipCode",
    );
    // Found by the mutation fuzz: a blank code is "required", not "township '   ' unknown".
    const blank = await h.gql(RECORD_PROJECT, { input: projectInput(institutionId, { townshipCode: "  " }) });
    expectBadInput(blank, "input.townshipCode");
    expect(blank.errors?.[0]?.extensions?.messageZh).toBe("镇街代码不能为空");
    expectBadInput(
      await h.gql(RECORD_PROJECT, { input: projectInput("01NOSUCHINSTITUTION0000000") }),
      "input.institutionId",
    );
    expect(await counts()).toEqual(before);
  });

  test("R-PRIN-2: the project keeps the TRAINING_SUBSIDY version it was bought under", async () => {
    const r = await h.ok<{ recordTrainingProject: { policyVersionId: string } }>(RECORD_PROJECT, {
      input: projectInput(institutionId),
    });
    expect(r.recordTrainingProject.policyVersionId).toMatch(/^[0-9A-Z]{26}$/);
  });

  test("only hr-centre writes: a township clerk or a bureau manager is FORBIDDEN and nothing is recorded", async () => {
    const before = await counts();
    for (const as of [
      callers.townshipCentre.clerkIn(T1),
      callers.bureau.manager(),
      callers.hrCentre.viewer(),
    ]) {
      const r = await h.gql(RECORD_PROJECT, { input: projectInput(institutionId) }, { as });
      expect(errorCode(r)).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
  });

  test("a township clerk reads only the projects of their townships; running this month filters by overlap", async () => {
    const t2 = await h.project({
      institutionId,
      townshipCode: T2,
      startOn: "2020-06-20",
      endOn: "2020-07-10",
    });
    const t1 = await h.project({
      institutionId,
      townshipCode: T1,
      startOn: "2020-07-15",
      endOn: "2020-08-15",
    });
    const scoped = await h.ok<Projects>(PROJECTS, {}, { as: callers.townshipCentre.viewerIn(T2) });
    expect(scoped.trainingProjects.nodes.every((p) => p.townshipCode === T2)).toBe(true);
    expect(scoped.trainingProjects.nodes.map((p) => p.id)).toContain(t2.id);
    const july = await h.ok<Projects>(PROJECTS, {
      f: { runningFrom: "2020-07-01", runningTo: "2020-07-31" },
    });
    expect(july.trainingProjects.nodes.map((p) => p.id).sort()).toEqual([t1.id, t2.id].sort());
  });
});
