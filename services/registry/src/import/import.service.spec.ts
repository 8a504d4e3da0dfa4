import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  callers,
  errorCode,
  startServiceHarness,
  T1,
  T2,
  testDialects,
  UNKNOWN_TOWNSHIP,
  type ServiceHarness,
} from "@pa/testing";
import { createRegistryApp } from "../app";
import { SAVE_TOWNSHIP, syntheticId } from "../registry.fixtures";
import { REGISTER_COLUMNS } from "./import.columns";
import { generateDemoCity, demoCityToCsv } from "../demo/demo-generator";

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportRegisterInput!) {
    importRegister(input: $input) {
      accepted
      dryRun
      rowCount
      created
      updated
      unchanged
      householdsCreated
      errors {
        row
        column
        messageZh
        messageEn
      }
    }
  }
`;
const COUNT = `query { people(first: 1) { totalCount } households(first: 1) { totalCount } }`;

interface Report {
  accepted: boolean;
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  householdsCreated: number;
  errors: { row: number; column: string; messageZh: string; messageEn: string }[];
}

const HEADER = REGISTER_COLUMNS.map((c) => c.zh);

function row(values: Partial<Record<string, string>>): string[] {
  const defaults: Record<string, string> = {
    name: "赵导入",
    phone: "",
    townshipCode: T1,
    village: "北岭村",
    householdKey: "HH-1",
    isHead: "是",
    laborCapacity: "全部",
    willingToWork: "是",
    willingToTrain: "否",
    entrepreneurshipCapacity: "否",
    entrepreneurshipIntention: "否",
    disabilityCertificate: "否",
    education: "初中",
    graduationDate: "",
    registeredOn: "2016-04-01",
    urbanZeroEmployment: "否",
    ruralZeroTransferEmployment: "否",
    minimumLivingGuarantee: "否",
  };
  const merged = { ...defaults, ...values };
  return REGISTER_COLUMNS.map((c) => merged[c.key] ?? "");
}

function csv(rows: string[][]): string {
  return [HEADER, ...rows].map((r) => r.join(",")).join("\n") + "\n";
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");

describe.each(testDialects())("R-REQ-2 register import on %s", (dialect) => {
  let h: ServiceHarness;
  const counts = async () => {
    const r = await h.ok<{ people: { totalCount: number }; households: { totalCount: number } }>(COUNT);
    return { people: r.people.totalCount, households: r.households.totalCount };
  };
  const importFile = async (
    fileName: string,
    content: string | Buffer,
    as = callers.povertyOffice.clerk(),
    dryRun = false,
  ) =>
    (
      await h.ok<{ importRegister: Report }>(
        IMPORT,
        { input: { fileName, contentBase64: b64(content), dryRun } },
        { as },
      )
    ).importRegister;

  beforeAll(async () => {
    h = await startServiceHarness(createRegistryApp, {
      dialect,
      label: "registry-import",
      user: callers.povertyOffice.clerk(),
    });
    await h.ok(SAVE_TOWNSHIP, { input: { code: T1, name: "东山镇", concentrated: true } });
    await h.ok(SAVE_TOWNSHIP, { input: { code: T2, name: "西湖街道", concentrated: false } });
  });
  afterAll(async () => h?.close());

  const good = csv([
    row({ name: "赵一", idNumber: syntheticId("1970-01-01", 11), householdKey: "HH-A", isHead: "是" }),
    row({
      name: "赵二",
      idNumber: syntheticId("1972-02-02", 12, "FEMALE"),
      householdKey: "HH-A",
      isHead: "否",
    }),
    row({
      name: "钱三",
      idNumber: syntheticId("1988-03-03", 13),
      householdKey: "HH-B",
      isHead: "是",
      minimumLivingGuarantee: "是",
    }),
  ]);

  test("a good CSV registers every row and its households", async () => {
    const before = await counts();
    const r = await importFile("register.csv", good);
    expect(r).toMatchObject({
      accepted: true,
      rowCount: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      householdsCreated: 2,
      errors: [],
    });
    expect(await counts()).toEqual({ people: before.people + 3, households: before.households + 2 });
  });

  test("re-importing the same file changes nothing", async () => {
    const before = await counts();
    const r = await importFile("register.csv", good);
    expect(r).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 3, householdsCreated: 0 });
    expect(await counts()).toEqual(before);
  });

  test("a changed row updates only that person", async () => {
    const changed = csv([
      row({
        name: "赵一",
        idNumber: syntheticId("1970-01-01", 11),
        householdKey: "HH-A",
        isHead: "是",
        willingToTrain: "是",
      }),
      row({
        name: "赵二",
        idNumber: syntheticId("1972-02-02", 12, "FEMALE"),
        householdKey: "HH-A",
        isHead: "否",
      }),
    ]);
    expect(await importFile("register.csv", changed)).toMatchObject({
      accepted: true,
      created: 0,
      updated: 1,
      unchanged: 1,
    });
  });

  test("one bad row rejects the whole file with its row, column and reason, and writes nothing", async () => {
    const before = await counts();
    const bad = syntheticId("1991-09-09", 14);
    const r = await importFile(
      "bad.csv",
      csv([
        row({ name: "孙好", idNumber: syntheticId("1990-01-01", 15), householdKey: "HH-C" }),
        row({
          name: "孙坏",
          idNumber: bad.slice(0, 17) + (bad[17] === "1" ? "2" : "1"),
          householdKey: "HH-D",
        }),
      ]),
    );
    expect(r.accepted).toBe(false);
    expect(r.created).toBe(0);
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, column: "身份证号" })]);
    expect(r.errors[0]!.messageEn).toMatch(/check digit/i);
    expect(await counts()).toEqual(before);
  });

  test("a file with 3 bad rows among good ones writes nothing and reports exactly those 3 rows", async () => {
    const before = await counts();
    const wrong = syntheticId("1992-02-02", 21);
    const r = await importFile(
      "three-bad.csv",
      csv([
        row({ name: "好一", idNumber: syntheticId("1990-03-01", 22), householdKey: "HH-3A" }),
        row({
          name: "坏一",
          idNumber: wrong.slice(0, 17) + (wrong[17] === "1" ? "2" : "1"),
          householdKey: "HH-3B",
        }),
        row({ name: "好二", idNumber: syntheticId("1990-03-02", 23), householdKey: "HH-3C" }),
        row({
          name: "坏二",
          idNumber: syntheticId("1990-03-03", 24),
          householdKey: "HH-3D",
          laborCapacity: "很强",
        }),
        row({
          name: "坏三",
          idNumber: syntheticId("1990-03-04", 25),
          householdKey: "HH-3E",
          registeredOn: "2016-13-40",
        }),
        row({ name: "好三", idNumber: syntheticId("1990-03-05", 26), householdKey: "HH-3F" }),
      ]),
    );
    expect(r.accepted).toBe(false);
    expect(r.created).toBe(0);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "身份证号"],
      [5, "劳动能力"],
      [6, "建档立卡日期"],
    ]);
    expect(r.errors.every((e) => e.messageZh.length > 0 && e.messageEn.length > 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  test("an unknown township and a township outside the clerk's scope are row errors", async () => {
    const before = await counts();
    const r = await importFile(
      "scope.csv",
      csv([
        row({
          idNumber: syntheticId("1980-01-01", 16),
          householdKey: "HH-E",
          townshipCode: UNKNOWN_TOWNSHIP,
        }),
        row({ idNumber: syntheticId("1980-01-02", 17), householdKey: "HH-F", townshipCode: T2 }),
      ]),
      callers.townshipCentre.clerkIn(T1),
    );
    expect(r.accepted).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "镇街代码"],
      [3, "镇街代码"],
    ]);
    expect(await counts()).toEqual(before);
  });

  test("a dry run reports what would happen and writes nothing", async () => {
    const before = await counts();
    const r = await importFile(
      "dry.csv",
      csv([row({ idNumber: syntheticId("1979-07-07", 18), householdKey: "HH-G" })]),
      callers.povertyOffice.clerk(),
      true,
    );
    expect(r).toMatchObject({ accepted: true, created: 1, householdsCreated: 1 });
    expect(await counts()).toEqual(before);
  });

  test("an Excel (.xlsx) file imports like a CSV", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("花名册");
    ws.addRow(HEADER);
    ws.addRow(row({ name: "周表格", idNumber: syntheticId("1983-08-08", 19), householdKey: "HH-X" }));
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await importFile("register.xlsx", buf)).toMatchObject({ accepted: true, created: 1 });
  });

  test("only the poverty office and township centres may import", async () => {
    const r = await h.gql(
      IMPORT,
      { input: { fileName: "x.csv", contentBase64: b64(good) } },
      { as: callers.hrCentre.clerk() },
    );
    expect(errorCode(r)).toBe("FORBIDDEN");
  });

  test("the demo city (3,000 people) loads through the import path", async () => {
    const city = generateDemoCity({ people: 3000 });
    for (const t of city.townships)
      await h.ok(SAVE_TOWNSHIP, { input: { code: t.code, name: t.name, concentrated: t.concentrated } });
    const r = await importFile("demo.csv", demoCityToCsv(city.people, city.households));
    expect(r).toMatchObject({ accepted: true, created: 3000, householdsCreated: city.households.length });
  });
});
