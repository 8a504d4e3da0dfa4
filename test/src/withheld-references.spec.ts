import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { callers, T1, T2, testDialects, waitFor } from "@pa/testing";
import { startFederation, type Federation } from "./testkit";

const REGISTER = `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`;
const PROJECTS = `{ employmentProjects { nodes { name townshipCode personIds people { id name idNumberMasked phone } } } }`;

type ProjectsView = {
  employmentProjects: {
    nodes: Array<{
      name: string;
      personIds: string[];
      people: Array<{ id: string; name: string; idNumberMasked: string; phone: string | null }>;
    }>;
  };
} | null;

/**
 * Issue 9 item 6: another subgraph's record pointing at a person outside the caller's townships
 * gives a masked stub with `FORBIDDEN` on that path; the rest of the caller's answer stays.
 */
describe.each(testDialects())("a reference to a person outside the caller's townships on %s", (dialect) => {
  let fed: Federation;
  const office = callers.povertyOffice.clerk();
  const hr = callers.hrCentre.clerk();
  const t1Clerk = callers.townshipCentre.clerkIn(T1);
  let inT1 = "";
  let inT2 = "";

  beforeAll(async () => {
    fed = await startFederation(
      [
        {
          name: "registry",
          createApp: createRegistryApp,
          sdl: async () => (await buildRegistrySchema()).sdl,
        },
        {
          name: "employment",
          createApp: createEmploymentApp,
          sdl: async () => (await buildEmploymentSchema()).sdl,
        },
      ],
      { dialect, user: office },
    );
    for (const [code, name] of [
      [T1, "东山镇"],
      [T2, "西湖街道"],
    ] as const) {
      await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
        i: { code, name, concentrated: false },
      });
    }
    const register = async (townshipCode: string, n: number) =>
      (
        await fed.ok<{ registerPerson: { id: string } }>(REGISTER, {
          i: {
            name: `范围${n}`,
            idNumber: syntheticId("1980-03-0" + n, 300 + n),
            townshipCode,
            village: "一村",
            laborCapacity: "FULL",
            registeredOn: "2016-01-01",
            phone: "13800138000",
          },
        })
      ).registerPerson.id;
    inT1 = await register(T1, 1);
    inT2 = await register(T2, 2);
    // The project's people are checked against employment's projection of the register.
    const started = async () =>
      (
        await fed.gql(
          `mutation($i: StartEmploymentProjectInput!) { startEmploymentProject(input: $i) { id } }`,
          {
            i: {
              name: "东山扶贫车间",
              sponsorKind: "ENTERPRISE",
              sponsorName: "东山制衣",
              townshipCode: T1,
              startedOn: "2019-03-01",
              jobs: 5,
              personIds: [inT1, inT2],
            },
          },
          { as: hr },
        )
      ).errors === undefined;
    await waitFor("the project with both people", started, 10_000);
  });
  afterAll(async () => fed?.close());

  test("a township-A clerk's project list keeps the project and the in-scope person; the other township's person is a masked stub with FORBIDDEN on its path only", async () => {
    const r = await fed.gql<NonNullable<ProjectsView>>(PROJECTS, {}, { as: t1Clerk });
    expect(r.data).not.toBeNull();
    const [project] = r.data!.employmentProjects.nodes;
    expect(project).toMatchObject({ name: "东山扶贫车间", personIds: [inT1, inT2] });
    const [seen, withheld] = project!.people;
    expect(seen).toMatchObject({ id: inT1, name: "范围1", phone: "13800138000" });
    expect(withheld).toEqual({ id: inT2, name: "（无权查看）", idNumberMasked: "（无权查看）", phone: null });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({
      path: ["employmentProjects", "nodes", 0, "people", 1],
      extensions: { code: "FORBIDDEN" },
    });
    expect(r.errors![0]!.message).toMatch(
      /^该人员不在您的镇街范围内.* \/ This person is outside your townships/,
    );
  });

  test("the same list for an unscoped caller has both people and no error", async () => {
    const r = await fed.gql<NonNullable<ProjectsView>>(PROJECTS, {}, { as: hr });
    expect(r.errors).toBeUndefined();
    expect(r.data!.employmentProjects.nodes[0]!.people.map((p) => p.name)).toEqual(["范围1", "范围2"]);
  });

  test("asking a withheld person for a fact it cannot show is FORBIDDEN, never an internal error", async () => {
    const r = await fed.gql(
      `{ employmentProjects { nodes { name people { id birthDate } } } }`,
      {},
      { as: t1Clerk },
    );
    const codes = (r.errors ?? []).map((e) => e.extensions?.["code"]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === "FORBIDDEN")).toBe(true);
  });
});
