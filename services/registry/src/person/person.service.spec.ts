import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  callers,
  errorCode,
  startServiceHarness,
  T1,
  T2,
  testDialects,
  UNKNOWN_TOWNSHIP,
  sqlStatements,
  type ServiceHarness,
} from "@pa/testing";
import { createRegistryApp } from "../app";
import { personInput, REGISTER, SAVE_TOWNSHIP, syntheticId } from "../registry.fixtures";

const PEOPLE = /* GraphQL */ `
  query People($filter: PeopleFilter, $first: Int, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        townshipCode
        age
      }
    }
  }
`;
const PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    person(id: $id) {
      id
      name
      idNumber
      phone
    }
  }
`;

describe.each(testDialects())("registry people on %s", (dialect) => {
  let h: ServiceHarness;
  const office = callers.povertyOffice.clerk();
  let seq = 100;
  const register = async (over: Record<string, unknown> = {}, as = office) => {
    seq += 1;
    return h.gql<{ registerPerson: { id: string; version: number; idNumber: string } }>(
      REGISTER,
      { input: personInput({ idNumber: syntheticId("1985-01-02", seq), ...over }) },
      { as },
    );
  };
  const count = async () =>
    (await h.ok<{ people: { totalCount: number } }>(PEOPLE, { first: 1 })).people.totalCount;

  beforeAll(async () => {
    h = await startServiceHarness(createRegistryApp, { dialect, label: "registry-people", user: office });
    await h.ok(SAVE_TOWNSHIP, { input: { code: T1, name: "东山镇", concentrated: true } });
    await h.ok(SAVE_TOWNSHIP, { input: { code: T2, name: "西湖街道", concentrated: false } });
  });
  afterAll(async () => h?.close());

  describe("R-REQ-2 registering a person", () => {
    test("birth date, sex and age are derived from the ID-card number", async () => {
      const r = await h.ok<{ registerPerson: Record<string, unknown> }>(REGISTER, {
        input: personInput({ idNumber: syntheticId("1958-07-01", 2, "FEMALE") }),
      });
      expect(r.registerPerson).toMatchObject({
        birthDate: "1958-07-01",
        sex: "FEMALE",
        povertyStatus: "REGISTERED",
        version: 1,
      });
      expect(r.registerPerson.age).toBeGreaterThanOrEqual(68);
    });

    test("a wrong check digit is BAD_USER_INPUT on input.idNumber, names the expected digit, and writes nothing", async () => {
      const before = await count();
      const good = syntheticId("1990-02-03", 3);
      const bad = good.slice(0, 17) + (good[17] === "1" ? "2" : "1");
      const r = await register({ idNumber: bad });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.idNumber");
      expect(r.errors?.[0]?.message).toContain(good[17]!);
      expect(r.errors?.[0]?.message).toMatch(/身份证号/);
      expect(await count()).toBe(before);
    });

    test("every bad field is reported at once", async () => {
      const r = await register({ name: "  ", phone: "12345", registeredOn: "2999-01-01" });
      const fields = (r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
      expect(fields).toEqual(expect.arrayContaining(["input.name", "input.phone", "input.registeredOn"]));
    });

    test("an unknown township is BAD_USER_INPUT", async () => {
      const r = await register({ townshipCode: UNKNOWN_TOWNSHIP });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.townshipCode");
    });

    test("a duplicate ID-card number is CONFLICT naming the person already registered", async () => {
      const id = syntheticId("1970-10-10", 4);
      const first = await h.ok<{ registerPerson: { id: string } }>(REGISTER, {
        input: personInput({ idNumber: id, name: "李重复" }),
      });
      const again = await h.gql(REGISTER, { input: personInput({ idNumber: id, name: "王其他" }) });
      expect(errorCode(again)).toBe("CONFLICT");
      expect(again.errors?.[0]?.extensions?.existingPersonId).toBe(first.registerPerson.id);
      expect(again.errors?.[0]?.message).toContain("李重复");
    });
  });

  describe("who may write (R-PRIN-1 ownership)", () => {
    test("a township clerk registers in their own township but not in another, which stays unchanged", async () => {
      const clerk = callers.townshipCentre.clerkIn(T1);
      expect(errorCode(await register({ townshipCode: T1 }, clerk))).toBeUndefined();
      const before = await count();
      const r = await register({ townshipCode: T2 }, clerk);
      expect(errorCode(r)).toBe("FORBIDDEN");
      expect(await count()).toBe(before);
    });

    test("hr-centre and viewers may read but not register", async () => {
      expect(errorCode(await register({}, callers.hrCentre.clerk()))).toBe("FORBIDDEN");
      expect(errorCode(await register({}, callers.povertyOffice.viewer()))).toBe("FORBIDDEN");
      expect(errorCode(await h.gql(PEOPLE, { first: 1 }, { as: callers.hrCentre.clerk() }))).toBeUndefined();
    });

    test("no token is UNAUTHENTICATED with HTTP 401", async () => {
      const r = await h.gql(PEOPLE, {}, { as: null });
      expect(r.status).toBe(401);
      expect(errorCode(r)).toBe("UNAUTHENTICATED");
    });

    test("a forged token is UNAUTHENTICATED", async () => {
      const r = await h.gql(PEOPLE, {}, { token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl" });
      expect(errorCode(r)).toBe("UNAUTHENTICATED");
    });
  });

  describe("personal data is masked unless the role may see it", () => {
    test("the poverty office sees whole numbers; hr-centre sees the first 6 and last 4 of the ID and a masked phone", async () => {
      const id = syntheticId("1966-06-06", 5);
      const { registerPerson } = await h.ok<{ registerPerson: { id: string } }>(REGISTER, {
        input: personInput({ idNumber: id, phone: "17098765432" }),
      });
      const whole = await h.ok<{ person: { idNumber: string; phone: string } }>(PERSON, {
        id: registerPerson.id,
      });
      expect(whole.person).toMatchObject({ idNumber: id, phone: "17098765432" });
      const masked = await h.ok<{ person: { idNumber: string; phone: string } }>(
        PERSON,
        { id: registerPerson.id },
        { as: callers.hrCentre.clerk() },
      );
      expect(masked.person.idNumber).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
      expect(masked.person.phone).not.toContain("9876");
      expect(masked.person.phone).toMatch(/^170\*+5432$/);
    });
  });

  describe("township scope", () => {
    test("a township-scoped user never sees people of other townships, in lists or by id", async () => {
      const other = await register({ townshipCode: T2, name: "西湖人" });
      const otherId = other.data!.registerPerson.id;
      const clerk = callers.townshipCentre.clerkIn(T1);
      const list = await h.ok<{ people: { nodes: { townshipCode: string }[]; totalCount: number } }>(
        PEOPLE,
        { first: 500 },
        { as: clerk },
      );
      expect(list.people.nodes.length).toBeGreaterThan(0);
      expect(list.people.nodes.every((p) => p.townshipCode === T1)).toBe(true);
      // Asking for the other township explicitly does not widen the view.
      const widened = await h.ok<{ people: { totalCount: number } }>(
        PEOPLE,
        { filter: { townshipCodes: [T2] } },
        { as: clerk },
      );
      expect(widened.people.totalCount).toBe(0);
      expect((await h.ok<{ person: unknown }>(PERSON, { id: otherId }, { as: clerk })).person).toBeNull();
    });
  });

  describe("township scope on writes", () => {
    test("a clerk of township A can neither update, exit nor survey a person of township B, and nothing changes", async () => {
      const other = (await register({ townshipCode: T2, name: "乙镇人" })).data!.registerPerson;
      const clerk = callers.townshipCentre.clerkIn(T1);
      const update = await h.gql(
        `mutation U($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
        { input: { id: other.id, version: other.version, willingToTrain: true } },
        { as: clerk },
      );
      const exit = await h.gql(
        `mutation E($input: RecordExitInput!) { recordExit(input: $input) { id } }`,
        { input: { personId: other.id, version: other.version, exitedOn: "2020-01-01" } },
        { as: clerk },
      );
      const survey = await h.gql(
        `mutation S($input: RecordNeedsSurveyInput!) { recordNeedsSurvey(input: $input) { id } }`,
        {
          input: { personId: other.id, needsWork: true, needsTraining: false, needsEntrepreneurship: false },
        },
        { as: clerk },
      );
      // Out of scope is as if the person did not exist: nothing about them leaks to the clerk.
      for (const r of [update, survey]) expect(errorCode(r)).toBe("NOT_FOUND");
      // An exit is no township centre's to record at all (issue 9 item 18): refused before any lookup.
      expect(errorCode(exit)).toBe("FORBIDDEN");
      const now = await h.ok<{ person: { version: number; povertyStatus: string; needsSurveys: unknown[] } }>(
        `query { person(id: "${other.id}") { version povertyStatus needsSurveys { id } } }`,
      );
      expect(now.person).toEqual({ version: other.version, povertyStatus: "REGISTERED", needsSurveys: [] });
    });
  });

  describe("people list", () => {
    test("filters by age range, capacity and willingness, and name search", async () => {
      await register({
        idNumber: syntheticId("1950-01-01", 6),
        name: "老人甲",
        laborCapacity: "NONE",
        willingToWork: false,
      });
      await register({
        idNumber: syntheticId("2000-01-01", 7),
        name: "青年乙",
        laborCapacity: "FULL",
        willingToWork: true,
      });
      const on = "2020-06-30";
      const old = await h.ok<{ people: { nodes: { name: string }[] } }>(PEOPLE, {
        filter: { ageMin: 60, ageOn: on, search: "老人" },
      });
      expect(old.people.nodes.map((p) => p.name)).toEqual(["老人甲"]);
      const young = await h.ok<{ people: { nodes: { name: string }[] } }>(PEOPLE, {
        filter: { ageMax: 25, ageOn: on, laborCapacities: ["FULL"], willingToWork: true, search: "青年" },
      });
      expect(young.people.nodes.map((p) => p.name)).toEqual(["青年乙"]);
      const none = await h.ok<{ people: { totalCount: number } }>(PEOPLE, {
        filter: { ageMin: 60, ageOn: on, search: "青年" },
      });
      expect(none.people.totalCount).toBe(0);
    });

    test("cursor pagination walks every person once with a stable totalCount", async () => {
      const total = await count();
      const seen = new Set<string>();
      let after: string | null = null;
      for (;;) {
        const page: {
          people: {
            nodes: { id: string }[];
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await h.ok(PEOPLE, { first: 3, after });
        expect(page.people.totalCount).toBe(total);
        for (const n of page.people.nodes) seen.add(n.id);
        if (!page.people.pageInfo.hasNextPage) break;
        after = page.people.pageInfo.endCursor;
      }
      expect(seen.size).toBe(total);
    });

    test("issue 10 item 2: the list runs count(*) only when totalCount is asked for", async () => {
      const statements = (query: string) =>
        sqlStatements(h.app.orm, () => h.ok(query)).then((s) => s.filter((q) => /count\(/i.test(q)));
      expect(await statements(`{ people(first: 5) { nodes { id } pageInfo { hasNextPage } } }`)).toEqual([]);
      expect(await statements(`{ people(first: 5) { totalCount nodes { id } } }`)).toHaveLength(1);
      expect(
        await statements(`{ people(first: 5) { ...F } } fragment F on PersonConnection { totalCount }`),
      ).toHaveLength(1);
    });

    test("a page size above 500 or a forged cursor is BAD_USER_INPUT", async () => {
      expect(errorCode(await h.gql(PEOPLE, { first: 501 }))).toBe("BAD_USER_INPUT");
      expect(errorCode(await h.gql(PEOPLE, { first: 5, after: "bm9wZQ" }))).toBe("BAD_USER_INPUT");
    });
  });

  describe("updates and exits", () => {
    const UPDATE = `mutation U($input: UpdatePersonInput!) { updatePerson(input: $input) { id version willingToTrain } }`;
    const EXIT = `mutation E($input: RecordExitInput!) { recordExit(input: $input) { id version povertyStatus exitedOn } }`;

    test("a stale version is CONFLICT and changes nothing", async () => {
      const p = (await register()).data!.registerPerson;
      const ok = await h.ok<{ updatePerson: { version: number } }>(UPDATE, {
        input: { id: p.id, version: p.version, willingToTrain: true },
      });
      expect(ok.updatePerson.version).toBe(p.version + 1);
      const stale = await h.gql(UPDATE, { input: { id: p.id, version: p.version, willingToTrain: false } });
      expect(errorCode(stale)).toBe("CONFLICT");
      const now = await h.ok<{ person: { id: string } }>(
        `query { person(id: "${p.id}") { id willingToTrain } }`,
      );
      expect(now.person).toMatchObject({ willingToTrain: true });
    });

    // Issue 9 item 18: 脱贫 is the poverty office's decision (ARCHITECTURE.md, "Who may do what").
    const UNITS = [
      "povertyOffice",
      "townshipCentre",
      "hrCentre",
      "medicalCentre",
      "pensionCentre",
      "bureau",
    ] as const;
    const ROLES = ["viewer", "clerk", "manager"] as const;
    test.each(UNITS.flatMap((unit) => ROLES.map((role) => [unit, role] as const)))(
      "an exit from poverty is recorded only by the poverty office's clerks and managers: %s %s",
      async (unit, role) => {
        const p = (await register()).data!.registerPerson;
        const r = await h.gql<{ recordExit: { povertyStatus: string } }>(
          EXIT,
          { input: { personId: p.id, version: p.version, exitedOn: "2019-12-31" } },
          { as: callers[unit][role]() },
        );
        const now = await h.ok<{ person: { povertyStatus: string; version: number } }>(
          `query { person(id: "${p.id}") { povertyStatus version } }`,
        );
        if (unit === "povertyOffice" && role !== "viewer") {
          expect(r.data?.recordExit.povertyStatus).toBe("EXITED");
          expect(now.person.povertyStatus).toBe("EXITED");
          return;
        }
        expect(errorCode(r)).toBe("FORBIDDEN");
        expect(r.errors?.[0]?.extensions).toMatchObject({
          messageZh: expect.stringMatching(/扶贫办|poverty-office|只读/),
          messageEn: expect.stringMatching(/poverty office|poverty-office|viewer/),
        });
        expect(now.person).toEqual({ povertyStatus: "REGISTERED", version: p.version });
      },
    );

    test("R-PRIN-1 an exit records status and date only; a second exit or a future date is refused", async () => {
      const p = (await register()).data!.registerPerson;
      const future = await h.gql(EXIT, {
        input: { personId: p.id, version: p.version, exitedOn: "2999-01-01" },
      });
      expect(errorCode(future)).toBe("BAD_USER_INPUT");
      const r = await h.ok<{ recordExit: { povertyStatus: string; exitedOn: string; version: number } }>(
        EXIT,
        {
          input: { personId: p.id, version: p.version, exitedOn: "2019-12-31" },
        },
      );
      expect(r.recordExit).toMatchObject({ povertyStatus: "EXITED", exitedOn: "2019-12-31" });
      const twice = await h.gql(EXIT, {
        input: { personId: p.id, version: r.recordExit.version, exitedOn: "2020-01-01" },
      });
      expect(errorCode(twice)).toBe("BAD_USER_INPUT");
    });
  });

  describe("R-REQ-2 needs surveys and households", () => {
    test("a survey is recorded by the clerk and is the person's latest", async () => {
      const p = (await register()).data!.registerPerson;
      const clerk = callers.townshipCentre.clerkIn(T1);
      await h.ok(
        `mutation S($input: RecordNeedsSurveyInput!) { recordNeedsSurvey(input: $input) { id } }`,
        {
          input: {
            personId: p.id,
            surveyedOn: "2020-05-01",
            needsWork: true,
            needsTraining: false,
            needsEntrepreneurship: false,
          },
        },
        { as: clerk },
      );
      const r = await h.ok<{ person: { latestNeedsSurvey: Record<string, unknown> } }>(
        `query { person(id: "${p.id}") { latestNeedsSurvey { surveyedOn needsWork surveyedBy surveyorUnit } } }`,
      );
      expect(r.person.latestNeedsSurvey).toMatchObject({
        surveyedOn: "2020-05-01",
        needsWork: true,
        surveyedBy: clerk.name,
        surveyorUnit: "township-centre",
      });
    });

    test("a household's flags are updated with its version; members are listed", async () => {
      const p = (await register({ householdFlags: { minimumLivingGuarantee: true } })).data!.registerPerson;
      const q = await h.ok<{
        person: {
          household: {
            id: string;
            version: number;
            minimumLivingGuarantee: boolean;
            members: { id: string }[];
          };
        };
      }>(
        `query { person(id: "${p.id}") { household { id version minimumLivingGuarantee members { id } } } }`,
      );
      expect(q.person.household.minimumLivingGuarantee).toBe(true);
      expect(q.person.household.members.map((m) => m.id)).toEqual([p.id]);
      const u = await h.ok<{ updateHousehold: { ruralZeroTransferEmployment: boolean; version: number } }>(
        `mutation U($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { ruralZeroTransferEmployment version } }`,
        {
          input: {
            id: q.person.household.id,
            version: q.person.household.version,
            ruralZeroTransferEmployment: true,
          },
        },
      );
      expect(u.updateHousehold).toEqual({
        ruralZeroTransferEmployment: true,
        version: q.person.household.version + 1,
      });
    });
  });

  describe("federation", () => {
    test("Person references resolve in one batch and respect township scope", async () => {
      const a = (await register({ townshipCode: T1 })).data!.registerPerson.id;
      const b = (await register({ townshipCode: T2 })).data!.registerPerson.id;
      const q = `query R($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id } } }`;
      const reps = [
        { __typename: "Person", id: a },
        { __typename: "Person", id: b },
      ];
      const all = await h.ok<{ _entities: ({ id: string } | null)[] }>(q, { reps });
      expect(all._entities.map((e) => e?.id)).toEqual([a, b]);
      // Issue 9 item 6: a person outside the caller's townships comes back as a withheld stub (id
      // only, facts masked) with FORBIDDEN on that entity's path, so the rest of a list survives.
      const scoped = await h.gql<{ _entities: ({ id: string; name: string } | null)[] }>(
        // As the gateway sends it: the withheld-reference plugin reads `$representations`.
        `query R($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id name } } }`,
        { representations: reps },
        { as: callers.townshipCentre.clerkIn(T1) },
      );
      expect(scoped.data?._entities.map((e) => e?.id ?? null)).toEqual([a, b]);
      expect(scoped.data?._entities[1]?.name).toBe("（无权查看）");
      expect(scoped.data?._entities[0]?.name).not.toBe("（无权查看）");
      expect(scoped.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ["FORBIDDEN", ["_entities", 1]],
      ]);
    });
  });
});
