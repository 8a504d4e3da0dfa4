import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { adoptPlanPolicies, buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { businessDate, quarterOf } from "@pa/service-kit";
import { callers, errorCode, T1, T2, testDialects, waitFor } from "@pa/testing";
import { startFederation, type Federation } from "./testkit";

const REGISTER = `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id version } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name povertyStatus employment { case { status openedOn closedOn closeReason } offerCount offersRequired } } }`;

type PersonView = {
  person: {
    id: string;
    name: string;
    povertyStatus: string;
    employment: {
      case: { status: string; openedOn: string; closedOn: string | null; closeReason: string | null } | null;
      offerCount: number;
      offersRequired: number;
    } | null;
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

  const UPDATE = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id version } }`;
  const caseOf = async (id: string) => (await view(id)).person.employment?.case ?? null;

  test("issue 9 item 13: the case is dated on the registration date; an offer dated before registration is refused through the gateway and not counted", async () => {
    const p = await register({ willingToWork: true, registeredOn: "2020-05-10" });
    await waitFor("the case", async () => (await caseOf(p.id))?.status === "OPEN", 10_000);
    expect((await caseOf(p.id))?.openedOn).toBe("2020-05-10");
    const OFFER = `mutation($i: RecordJobOfferInput!) { recordJobOffer(input: $i) { id } }`;
    const offer = (offeredOn: string) => ({
      i: {
        personId: p.id,
        employer: "恒达服饰有限公司",
        position: "缝纫工",
        monthlyWageFen: 300_000,
        channel: "VILLAGE_DELIVERY",
        offeredOn,
      },
    });
    const refused = await fed.gql(OFFER, offer("2020-05-09"), { as: hr });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      field: "input.offeredOn",
      messageZh: expect.stringContaining("建档立卡"),
      messageEn: expect.stringContaining("registered"),
    });
    expect((await view(p.id)).person.employment?.offerCount).toBe(0);
    await fed.ok(OFFER, offer("2020-05-10"), { as: hr });
    expect((await view(p.id)).person.employment?.offerCount).toBe(1);
  });

  test("issue 9 item 11 / R-REQ-2: willingness to work withdrawn in the registry marks the case NOT_NEEDED; regained, a new case opens", async () => {
    const p = await register({ willingToWork: true, registeredOn: "2019-03-01" });
    await waitFor("the case", async () => (await caseOf(p.id))?.status === "OPEN", 10_000);
    const unwilling = await fed.ok<{ updatePerson: { version: number } }>(
      UPDATE,
      { i: { id: p.id, version: p.version, willingToWork: false } },
      { as: office },
    );
    await waitFor(
      "the case marked not needed",
      async () => (await caseOf(p.id))?.status === "NOT_NEEDED",
      10_000,
    );
    expect(await caseOf(p.id)).toMatchObject({
      openedOn: "2019-03-01",
      closedOn: businessDate(),
      closeReason: expect.stringContaining("就业意愿"),
    });
    await fed.ok(
      UPDATE,
      { i: { id: p.id, version: unwilling.updatePerson.version, willingToWork: true } },
      { as: office },
    );
    await waitFor("a new case", async () => (await caseOf(p.id))?.status === "OPEN", 10_000);
    expect((await caseOf(p.id))?.openedOn).toBe(businessDate());
    const cases = await fed.ok<{ assistanceCases: { nodes: { status: string }[] } }>(
      `query($f: AssistanceCasesFilter) { assistanceCases(filter: $f) { nodes { status } } }`,
      { f: { personId: p.id } },
      { as: hr },
    );
    expect(cases.assistanceCases.nodes.map((c) => c.status)).toEqual(["NOT_NEEDED", "OPEN"]);
  });

  test("issue 9 item 10: projectFigures for a year default to its end, and say MET / NOT_DUE / MISSED through the gateway", async () => {
    const START = `mutation($i: StartEmploymentProjectInput!) { startEmploymentProject(input: $i) { id version } }`;
    const started = await fed.ok<{ startEmploymentProject: { id: string; version: number } }>(
      START,
      {
        i: {
          name: "扶贫车间",
          sponsorKind: "ENTERPRISE",
          sponsorName: "恒达服饰有限公司",
          townshipCode: T2,
          startedOn: "2019-03-01",
          jobs: 10,
        },
      },
      { as: hr },
    );
    await fed.ok(
      `mutation($i: EndEmploymentProjectInput!) { endEmploymentProject(input: $i) { id } }`,
      {
        i: {
          projectId: started.startEmploymentProject.id,
          version: started.startEmploymentProject.version,
          endedOn: "2020-06-01",
        },
      },
      { as: hr },
    );
    type F = {
      projectFigures: {
        asOf: string;
        startedInYear: { actual: number; status: string };
        held: { actual: number; status: string; dueOn: string };
      };
    };
    const Q = `query($y: Int) { projectFigures(year: $y, townshipCodes: ["${T2}"]) { asOf startedInYear { actual status } held { actual status dueOn } } }`;
    const y2019 = (await fed.ok<F>(Q, { y: 2019 }, { as: hr })).projectFigures;
    expect(y2019).toEqual({
      asOf: "2019-12-31",
      startedInYear: { actual: 1, status: "MISSED" },
      held: { actual: 1, status: "NOT_DUE", dueOn: "2020-12-31" },
    });
    const y2020 = (await fed.ok<F>(Q, { y: 2020 }, { as: hr })).projectFigures;
    expect(y2020.held).toMatchObject({ actual: 0, status: "MISSED" });
    const gaps = await fed.ok<{ fairGaps: { status: string }[] }>(
      `{ fairGaps(quarter: { year: 2020, quarter: 1 }) { townshipCode status } }`,
      {},
      { as: hr },
    );
    expect(gaps.fairGaps.map((g) => g.status)).toEqual(["MISSED"]);
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
