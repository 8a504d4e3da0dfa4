import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { adoptPlanPolicies, buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { businessDate, quarterOf } from "@pa/service-kit";
import { callers, T1, T2, testDialects, waitFor } from "@pa/testing";
import { startFederation, type Federation } from "./testkit";

const REGISTER = `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id version } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name povertyStatus employment { case { status openedOn } offerCount offersRequired } } }`;

type PersonView = {
  person: {
    id: string;
    name: string;
    povertyStatus: string;
    employment: { case: { status: string } | null; offerCount: number; offersRequired: number } | null;
  };
};

/** ARCHITECTURE.md flow 1 and R-EMP-3 / R-EMP-4 / R-PRIN-1, through the real bus and the gateway. */
describe.each(testDialects())("registry → employment through NATS and the gateway on %s", (dialect) => {
  let fed: Federation;
  const office = callers.povertyOffice.clerk();
  const hr = callers.hrCentre.clerk();
  let n = 0;
  const register = async (over: Record<string, unknown>) => {
    n += 1;
    const r = await fed.ok<{ registerPerson: { id: string; version: number } }>(
      REGISTER,
      {
        i: {
          name: `流程${n}`,
          idNumber: syntheticId("1978-08-0" + ((n % 9) + 1), 60 + n),
          townshipCode: T1,
          village: "一村",
          laborCapacity: "FULL",
          registeredOn: "2016-01-01",
          ...over,
        },
      },
      { as: office },
    );
    return r.registerPerson;
  };
  const view = (id: string) => fed.ok<PersonView>(PERSON, { id }, { as: hr });

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
    // The 2018–2020 plan's numbers (3 offers each) are policy data the hr-centre adopts.
    await adoptPlanPolicies({
      em: fed.subgraphs.employment!.app.orm.em.fork(),
      identity: hr,
      requestId: "e2e-plan",
    });
    for (const [code, name, concentrated] of [
      [T1, "东山镇", true],
      [T2, "西湖街道", false],
    ] as const) {
      await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
        i: { code, name, concentrated },
      });
    }
  });
  afterAll(async () => fed?.close());

  test("R-EMP-3 a newly registered person with capacity and willingness gets a case within seconds; one without willingness does not", async () => {
    const willing = await register({ willingToWork: true });
    const unwilling = await register({ willingToWork: false });
    await waitFor(
      "the assistance case",
      async () => (await view(willing.id)).person.employment?.case?.status === "OPEN",
      10_000,
    );
    const r = await view(willing.id);
    expect(r.person).toMatchObject({
      name: expect.stringMatching(/^流程/),
      employment: { case: { status: "OPEN" }, offerCount: 0, offersRequired: 3 },
    });
    // The unwilling person's registration was published before the willing one's second event; by
    // now it has been handled too — and opened nothing.
    expect((await view(unwilling.id)).person.employment?.case ?? null).toBeNull();
  });

  test("R-EMP-3 a later update making a person willing opens the case", async () => {
    const p = await register({ willingToWork: false });
    await fed.ok(
      `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }`,
      { i: { id: p.id, version: p.version, willingToWork: true } },
      { as: office },
    );
    await waitFor(
      "the case after the update",
      async () => (await view(p.id)).person.employment?.case?.status === "OPEN",
      10_000,
    );
  });

  test("R-PRIN-1 an exit from poverty leaves the case open", async () => {
    const p = await register({ willingToWork: true });
    await waitFor(
      "the case",
      async () => (await view(p.id)).person.employment?.case?.status === "OPEN",
      10_000,
    );
    await fed.ok(
      `mutation($i: RecordExitInput!) { recordExit(input: $i) { id } }`,
      { i: { personId: p.id, version: p.version, exitedOn: "2020-01-01" } },
      { as: office },
    );
    // A marker registered after the exit: once its case exists, the exit before it was handled.
    const marker = await register({ willingToWork: true });
    await waitFor(
      "the marker's case",
      async () => (await view(marker.id)).person.employment?.case?.status === "OPEN",
      10_000,
    );
    const r = await view(p.id);
    expect(r.person.povertyStatus).toBe("EXITED");
    expect(r.person.employment?.case?.status).toBe("OPEN");
  });

  test("R-EMP-4 the registry's concentrated township reaches employment's fair gap list", async () => {
    const { year, quarter } = quarterOf(businessDate());
    await waitFor(
      "the fair gap of the concentrated township",
      async () => {
        const r = await fed.ok<{ fairGaps: { townshipCode: string }[] }>(
          `query($q: QuarterInput!) { fairGaps(quarter: $q) { townshipCode } }`,
          { q: { year, quarter } },
          { as: hr },
        );
        return r.fairGaps.map((g) => g.townshipCode).join() === T1;
      },
      10_000,
    );
  });

  test("one query through the gateway returns people with registry fields and employment together", async () => {
    const r = await fed.ok<{
      people: { nodes: { name: string; employment: { offerCount: number } | null }[] };
    }>(
      `{ people(first: 50, filter: { townshipCodes: ["${T1}"] }) { nodes { name employment { offerCount case { status } } } } }`,
      {},
      { as: hr },
    );
    expect(r.people.nodes.length).toBeGreaterThanOrEqual(4);
    expect(r.people.nodes.every((p) => p.name.startsWith("流程") && p.employment !== undefined)).toBe(true);
  });
});
