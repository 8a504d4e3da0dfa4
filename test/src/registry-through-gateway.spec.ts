import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { callers, errorCode, T1, T2, testDialects } from "@pa/testing";
import { startFederation, type Federation } from "./testkit";

describe.each(testDialects())("the registry through the gateway on %s", (dialect) => {
  let fed: Federation;
  const office = callers.povertyOffice.clerk();

  beforeAll(async () => {
    fed = await startFederation(
      [
        {
          name: "registry",
          createApp: createRegistryApp,
          sdl: async () => (await buildRegistrySchema()).sdl,
        },
      ],
      { dialect, user: office },
    );
    for (const [code, name] of [
      [T1, "东山镇"],
      [T2, "西湖街道"],
    ] as const) {
      await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
        i: { code, name, concentrated: code === T1 },
      });
    }
    let n = 0;
    for (const township of [T1, T1, T2]) {
      n += 1;
      await fed.ok(`mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`, {
        i: {
          name: `人员${n}`,
          idNumber: syntheticId("1975-03-0" + n, n),
          townshipCode: township,
          village: "一村",
          laborCapacity: "FULL",
          phone: "17000000001",
        },
      });
    }
  });
  afterAll(async () => fed?.close());

  test("no token is refused with 401 before any subgraph is asked", async () => {
    const r = await fed.gql(`{ people(first: 1) { totalCount } }`, {}, { as: null });
    expect(r.status).toBe(401);
    expect(errorCode(r)).toBe("UNAUTHENTICATED");
  });

  test("the subgraph verifies the forwarded token again: a township clerk sees only their township", async () => {
    const r = await fed.ok<{ people: { totalCount: number; nodes: { townshipCode: string }[] } }>(
      `{ people(first: 10) { totalCount nodes { townshipCode } } }`,
      {},
      { as: callers.townshipCentre.clerkIn(T2) },
    );
    expect(r.people.totalCount).toBe(1);
    expect(r.people.nodes).toEqual([{ townshipCode: T2 }]);
  });

  test("one query returns people with household and township details; personal data masked for hr-centre", async () => {
    const r = await fed.ok<{
      people: { nodes: { idNumber: string; phone: string; household: { village: string } }[] };
      townships: { code: string; concentrated: boolean }[];
    }>(
      `{ townships { code concentrated } people(first: 10, filter: { townshipCodes: ["${T1}"] }) { nodes { idNumber phone household { village } } } }`,
      {},
      { as: callers.hrCentre.clerk() },
    );
    expect(r.townships).toEqual([
      { code: T1, concentrated: true },
      { code: T2, concentrated: false },
    ]);
    expect(r.people.nodes).toHaveLength(2);
    for (const p of r.people.nodes) {
      expect(p.idNumber).toMatch(/^990101\*{8}\d{3}[\dX]$/);
      expect(p.phone).toBe("170****0001");
      expect(p.household.village).toBe("一村");
    }
  });

  test("errors from the subgraph keep their code and field through the gateway", async () => {
    const r = await fed.gql(`mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`, {
      i: {
        name: "错",
        idNumber: "990101197503010010",
        townshipCode: T1,
        village: "一村",
        laborCapacity: "FULL",
      },
    });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.field).toBe("input.idNumber");
  });
});
