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

  describe("issue 9 item 7: searching by ID number confirms nothing to a role shown masked numbers", () => {
    const SEARCH = `query($s: String!) { people(filter: { search: $s }, first: 5) { totalCount nodes { name } } }`;
    const whole = syntheticId("1975-03-01", 1);
    const masked = `${whole.slice(0, 6)}********${whole.slice(14)}`;

    test("a role shown whole numbers finds the person by the whole number and by the masked form", async () => {
      for (const as of [office, callers.townshipCentre.clerkIn(T1)]) {
        for (const s of [whole, masked]) {
          const r = await fed.ok<{ people: { nodes: { name: string }[] } }>(SEARCH, { s }, { as });
          expect(r.people.nodes).toEqual([{ name: "人员1" }]);
        }
      }
    });

    test("a role shown masked numbers is refused a whole number (bilingual BAD_USER_INPUT naming the field), for a registered and an unknown number alike", async () => {
      for (const as of [callers.hrCentre.clerk(), callers.bureau.viewer(), callers.povertyOffice.viewer()]) {
        for (const s of [whole, syntheticId("1990-01-01", 77)]) {
          const r = await fed.gql(SEARCH, { s }, { as });
          expect(errorCode(r)).toBe("BAD_USER_INPUT");
          expect(r.errors?.[0]?.extensions?.field).toBe("filter.search");
          expect(r.errors?.[0]?.message).toMatch(
            /^您的角色只能看到脱敏身份证号.* \/ your role is shown masked ID numbers/,
          );
        }
      }
    });

    test("a role shown masked numbers still finds by name and by the masked form it is shown", async () => {
      const as = callers.hrCentre.clerk();
      for (const s of ["人员1", masked]) {
        const r = await fed.ok<{ people: { nodes: { name: string }[] } }>(SEARCH, { s }, { as });
        expect(r.people.nodes).toEqual([{ name: "人员1" }]);
      }
    });
  });

  test("issue 9 item 11 (R-REQ-2): the latest needs survey sets the person's willingness; an older one typed in later does not", async () => {
    const clerk = callers.townshipCentre.clerkIn(T1);
    const p = (
      await fed.ok<{ registerPerson: { id: string; version: number } }>(
        `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id version } }`,
        {
          i: {
            name: "调查对象",
            idNumber: syntheticId("1976-04-04", 11),
            townshipCode: T1,
            village: "一村",
            laborCapacity: "FULL",
            willingToWork: true,
          },
        },
        { as: clerk },
      )
    ).registerPerson;
    const SURVEY = `mutation($i: RecordNeedsSurveyInput!) { recordNeedsSurvey(input: $i) { id } }`;
    const VIEW = `query($id: ID!) { person(id: $id) { version willingToWork willingToTrain entrepreneurshipIntention } }`;
    await fed.ok(
      SURVEY,
      {
        i: {
          personId: p.id,
          surveyedOn: "2020-05-01",
          needsWork: false,
          needsTraining: true,
          needsEntrepreneurship: false,
        },
      },
      { as: clerk },
    );
    const after = await fed.ok<{ person: Record<string, unknown> }>(VIEW, { id: p.id }, { as: clerk });
    expect(after.person).toEqual({
      version: p.version + 1,
      willingToWork: false,
      willingToTrain: true,
      entrepreneurshipIntention: false,
    });
    await fed.ok(
      SURVEY,
      {
        i: {
          personId: p.id,
          surveyedOn: "2019-05-01",
          needsWork: true,
          needsTraining: false,
          needsEntrepreneurship: true,
        },
      },
      { as: clerk },
    );
    expect((await fed.ok<{ person: unknown }>(VIEW, { id: p.id }, { as: clerk })).person).toEqual(
      after.person,
    );
  });

  test("issue 9 item 12: an import counts every row, reports every problem, reads 镇街名称 and in VALID_ROWS writes the good rows and returns the bad", async () => {
    const header = "姓名,身份证号,镇街代码,镇街名称,村,户编号,是否户主,劳动能力,文化程度,建档立卡日期";
    const id = (n: number) => syntheticId("1977-07-07", 20 + n);
    const file = [
      header,
      `导甲,${id(1)},${T1},,一村,GW-1,是,全部,初中,2016-04-01`,
      `导乙,${id(2)},,西湖街道,二村,GW-2,是,全部,初中,2016-04-01`,
      `导丙,${id(3)},,无此镇,三村,GW-3,是,很强,初中,2016-04-01`,
      `导丁,${id(4)},${T1},,四村,GW-4,是,全部,小学,2016-04-01`,
    ].join("\n");
    const r = await fed.ok<{
      importRegister: {
        accepted: boolean;
        rowCount: number;
        created: number;
        rejectedRowCount: number;
        rejectedRowsFile: string | null;
        errors: { row: number; column: string; messageZh: string; messageEn: string }[];
      };
    }>(
      `mutation($i: ImportRegisterInput!) { importRegister(input: $i) { accepted rowCount created rejectedRowCount rejectedRowsFile errors { row column messageZh messageEn } } }`,
      { i: { fileName: "g.csv", contentBase64: Buffer.from(file).toString("base64"), mode: "VALID_ROWS" } },
    );
    expect(r.importRegister).toMatchObject({ accepted: true, rowCount: 4, created: 3, rejectedRowCount: 1 });
    expect(r.importRegister.errors.map((e) => [e.row, e.column])).toEqual([
      [4, "劳动能力"],
      [4, "镇街名称"],
    ]);
    expect(r.importRegister.rejectedRowsFile).toMatch(/^UEsD/); // a zip: the .xlsx of the rejected row
    const placed = await fed.ok<{ people: { nodes: { name: string; townshipCode: string }[] } }>(
      `{ people(first: 5, filter: { search: "导乙" }) { nodes { name townshipCode } } }`,
    );
    expect(placed.people.nodes).toEqual([{ name: "导乙", townshipCode: T2 }]);
  });
});
