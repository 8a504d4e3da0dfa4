import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { errorCode, testDialects, type GqlResult } from "@pa/testing";
import { T1 } from "@pa/testing";
import { offerInput, RECORD_OFFER, startEmployment, type EmploymentHarness } from "./employment.fixtures";

const START = `mutation S($input: StartEmploymentProjectInput!) { startEmploymentProject(input: $input) { id version } }`;
const ADD = `mutation A($input: AddProjectEmployeesInput!) { addProjectEmployees(input: $input) { id poorEmployed } }`;
const TARGET = `mutation T($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { id } }`;

function expectRefused(r: GqlResult<unknown>, field: string): void {
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  const err = r.errors?.[0];
  expect(err?.extensions?.field ?? err?.message).toContain(field);
}

describe.each(testDialects())("issue 9: one input policy for ids and lists (employment, %s)", (dialect) => {
  let h: EmploymentHarness;

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-input-policy");
    await h.township(T1);
  });
  afterAll(async () => h?.close());

  test('jobFairId: "" is BAD_USER_INPUT naming the field, not an internal error', async () => {
    const person = await h.person();
    expectRefused(
      await h.gql(RECORD_OFFER, { input: offerInput(person, { jobFairId: "" }) }),
      "input.jobFairId",
    );
  });

  test("the same person 5,000 times in one list is refused; so is a list beyond 1,000 ids", async () => {
    const person = await h.person();
    const project = await h.ok<{ startEmploymentProject: { id: string } }>(START, {
      input: {
        name: "扶贫车间",
        sponsorKind: "ENTERPRISE",
        sponsorName: "恒达服饰有限公司",
        townshipCode: T1,
        startedOn: "2019-02-01",
        jobs: 20,
      },
    });
    const projectId = project.startEmploymentProject.id;
    const repeated = await h.gql(ADD, { input: { projectId, personIds: Array(5000).fill(person) } });
    expectRefused(repeated, "input.personIds");
    const many = Array.from({ length: 1001 }, (_, i) => `P${i}`);
    expectRefused(await h.gql(ADD, { input: { projectId, personIds: many } }), "input.personIds");
    const twice = await h.gql(ADD, { input: { projectId, personIds: [person, person] } });
    expectRefused(twice, "input.personIds[1]");
    expect(errorCode(await h.gql(ADD, { input: { projectId, personIds: [person] } }))).toBeUndefined();
  });

  test("a target valid from 9999-12-31 is refused", async () => {
    const r = await h.gql(TARGET, { input: { metric: "POSTS_HELD", value: 460, validFrom: "9999-12-31" } });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });
});
