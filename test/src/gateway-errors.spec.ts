import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { callers, type GqlResult } from "@pa/testing";
import { startFederation, type Federation, type SubgraphUnderTest } from "./testkit";

const T1 = "990101001";
const SUBGRAPHS: SubgraphUnderTest[] = [
  { name: "registry", createApp: createRegistryApp, sdl: async () => (await buildRegistrySchema()).sdl },
  {
    name: "employment",
    createApp: createEmploymentApp,
    sdl: async () => (await buildEmploymentSchema()).sdl,
  },
];
// What a clerk meets is the gateway's doing, not the database's: one dialect is enough here.
const DIALECT = "sqlite";

const FAIRS_INLINE = (d: string) => `{ jobFairs(filter: { heldFrom: ${JSON.stringify(d)} }) { totalCount } }`;
const FAIRS_VAR = `query($d: LocalDate) { jobFairs(filter: { heldFrom: $d }) { totalCount } }`;
const OPEN_POST = `mutation($i: OpenPostInput!) { openPost(input: $i) { id } }`;
const POST = {
  title: "保洁员",
  typeCode: "CLEANING",
  townshipCode: T1,
  village: "一村",
  monthlyAllowanceFen: 80_000,
  openedOn: "2019-01-01",
};
const SAVE_POLICY = `mutation($i: SaveEmploymentPolicyVersionInput!) { saveEmploymentPolicyVersion(input: $i) { id } }`;

/** The one refusal a clerk must see: the subgraph's own code, field and message. */
function expectRefusal(r: GqlResult<unknown>, field: string, message: RegExp): void {
  expect(r.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
  const err = r.errors?.find((e) => e.extensions?.field === field);
  expect(err, JSON.stringify(r.errors)).toBeDefined();
  expect(err?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(err?.message).toMatch(message);
  expect(err?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/); // Chinese first, then English
}

describe("a subgraph's refusal of bad input reaches the clerk through the gateway (issue 9, item 1)", () => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(SUBGRAPHS, { dialect: DIALECT, user: callers.povertyOffice.clerk() });
  });
  afterAll(async () => fed?.close());

  test.each(["2019-02-30", "20190101", ""])("an invalid date %j inline names filter.heldFrom", async (d) => {
    expectRefusal(await fed.gql(FAIRS_INLINE(d)), "filter.heldFrom", /日期.*YYYY-MM-DD/);
  });

  test.each(["2019-02-30", "20190101", ""])(
    "an invalid date %j as a variable names filter.heldFrom",
    async (d) => {
      expectRefusal(await fed.gql(FAIRS_VAR, { d }), "filter.heldFrom", /日期.*YYYY-MM-DD/);
    },
  );

  test.each([1.5, 2 ** 60])(
    "an amount of %d fen as a variable names input.monthlyAllowanceFen",
    async (fen) => {
      const r = await fed.gql(OPEN_POST, { i: { ...POST, monthlyAllowanceFen: fen } });
      expectRefusal(r, "input.monthlyAllowanceFen", /金额/);
    },
  );

  test.each(["1.5", "100000000000000000000"])(
    "an amount of %s fen inline names input.monthlyAllowanceFen, and a bad date beside it its own field",
    async (fen) => {
      const r = await fed.gql(
        `mutation { openPost(input: { title: "t", typeCode: "C", townshipCode: "${T1}", village: "v", monthlyAllowanceFen: ${fen}, openedOn: "" }) { id } }`,
      );
      expectRefusal(r, "input.monthlyAllowanceFen", /金额/);
      expectRefusal(r, "input.openedOn", /日期/);
    },
  );

  test("a malformed JSON scalar, inline or as a variable, names input.parameters", async () => {
    const inline = await fed.gql(
      `mutation { saveEmploymentPolicyVersion(input: { kind: OFFERS, name: "x", validFrom: "2019-01-01", parameters: 3 }) { id } }`,
    );
    expectRefusal(inline, "input.parameters", /JSONObject/);
    const asVariable = await fed.gql(SAVE_POLICY, {
      i: { kind: "OFFERS", name: "x", validFrom: "2019-01-01", parameters: "not an object" },
    });
    expectRefusal(asVariable, "input.parameters", /JSONObject/);
  });

  // Found by the mutation fuzz: the gateway validates the document and variables itself, and its
  // refusals (a string for an Int, an unknown enum value or field, a required field left out)
  // named no field.
  test.each([
    [
      `mutation { openPost(input: { title: 42, typeCode: "C", townshipCode: "${T1}", village: "v", monthlyAllowanceFen: 1, openedOn: "2019-01-01" }) { id } }`,
      {},
      "input.title",
    ],
    [
      `mutation { openPost(input: { typeCode: "C", townshipCode: "${T1}", village: "v", monthlyAllowanceFen: 1, openedOn: "2019-01-01" }) { id } }`,
      {},
      "input.title",
    ],
    [
      `mutation { saveEmploymentPolicyVersion(input: { kind: NOT_A_KIND, name: "x", validFrom: "2019-01-01", parameters: {} }) { id } }`,
      {},
      "input.kind",
    ],
    [OPEN_POST, { i: { ...POST, nope: 1 } }, "input.nope"],
    [OPEN_POST, { i: { ...POST, title: null } }, "input.title"],
    [OPEN_POST, {}, "input"],
  ])("the gateway's own refusal of %s names its field", async (query, variables, field) => {
    const r = await fed.gql(query, variables);
    expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ["BAD_USER_INPUT", field],
    ]);
    expect(r.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
  });

  test("a bad literal beside a good variable names its own field", async () => {
    const r = await fed.gql(
      `query($d: LocalDate) { jobFairs(filter: { heldFrom: $d, heldTo: "2019-13-01" }) { totalCount } }`,
      {
        d: "2019-01-01",
      },
    );
    expectRefusal(r, "filter.heldTo", /日期/);
  });
});

const PEOPLE = `{ people(first: 10) { totalCount nodes { id name employment { offerCount } } } }`;
type People = { people: { totalCount: number; nodes: { id: string; name: string; employment: unknown }[] } };

describe("a subgraph that is down (issue 9, item 5)", () => {
  let fed: Federation;
  const office = callers.povertyOffice.clerk();
  beforeAll(async () => {
    fed = await startFederation(SUBGRAPHS, { dialect: DIALECT, user: office });
    await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
      i: { code: T1, name: "东山镇", concentrated: true },
    });
    for (const n of [1, 2, 3]) {
      await fed.ok(`mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`, {
        i: {
          name: `停机${n}`,
          idNumber: syntheticId(`1975-03-0${n}`, n),
          townshipCode: T1,
          village: "一村",
          laborCapacity: "FULL",
        },
      });
    }
  });
  afterAll(async () => fed?.close());

  test("while employment answers, every person has employment", async () => {
    const up = await fed.ok<People>(PEOPLE);
    expect(up.people.nodes.every((p) => p.employment !== null)).toBe(true);
    await fed.subgraphs["employment"]!.app.close();
  });

  test("the people still come back, and each missing employment path carries its own SERVICE_UNAVAILABLE", async () => {
    const r = await fed.gql<People>(PEOPLE);
    expect(r.data?.people.totalCount).toBe(3);
    expect(r.data?.people.nodes.map((p) => p.name).sort()).toEqual(["停机1", "停机2", "停机3"]);
    expect(r.data?.people.nodes.every((p) => p.employment === null)).toBe(true);
    expect(r.errors).toHaveLength(3);
    expect(r.errors?.map((e) => e.path).sort()).toEqual(
      [0, 1, 2].map((i) => ["people", "nodes", i, "employment"]),
    );
    for (const e of r.errors ?? []) {
      expect(e.message).toBe("employment 暂不可用 / employment is unavailable");
      expect(e.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(e.extensions?.service).toBe("employment");
    }
  });

  test("a root field of the missing subgraph carries SERVICE_UNAVAILABLE on its path; the other subgraph still answers", async () => {
    const r = await fed.gql(`{ jobFairs { totalCount } }`);
    expect(r.errors).toEqual([
      expect.objectContaining({
        message: "employment 暂不可用 / employment is unavailable",
        path: ["jobFairs"],
        extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", service: "employment" }),
      }),
    ]);
    expect(await fed.ok(`{ townships { code } }`)).toEqual({ townships: [{ code: T1 }] });
  });
});
