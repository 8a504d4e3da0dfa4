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
import { OutboxEvent, withOutbox } from "@pa/events";
import { AuditEntry, createLogger, systemContext, systemIdentity, Unit } from "@pa/service-kit";
import { readWorkbook } from "@pa/service-kit/ledger";
import { readPublished, waitFor } from "@pa/testing";
import { createRegistryApp } from "../app";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { ImportMode } from "./import.inputs";
import { ImportService } from "./import.service";
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
      rejectedRowCount
      rejectedRowsFile
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
  rejectedRowCount: number;
  rejectedRowsFile: string | null;
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
    mode: "ALL_OR_NOTHING" | "VALID_ROWS" = "ALL_OR_NOTHING",
  ) =>
    (
      await h.ok<{ importRegister: Report }>(
        IMPORT,
        { input: { fileName, contentBase64: b64(content), dryRun, mode } },
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

  describe("issue 9 item 12: every row counted, every problem reported, township by name, good rows only on request", () => {
    const wrongDigit = (id: string) => id.slice(0, 17) + (id[17] === "1" ? "2" : "1");

    test("rowCount counts every data row read, good and bad alike", async () => {
      const r = await importFile(
        "four.csv",
        csv([
          row({ name: "计一", idNumber: syntheticId("1961-01-01", 61), householdKey: "HH-R1" }),
          row({ name: "计二", idNumber: wrongDigit(syntheticId("1961-01-02", 62)), householdKey: "HH-R2" }),
          row({ name: "计三", idNumber: syntheticId("1961-01-03", 63), householdKey: "HH-R3" }),
          row({
            name: "计四",
            idNumber: syntheticId("1961-01-04", 64),
            householdKey: "HH-R4",
            education: "?",
          }),
        ]),
      );
      expect(r).toMatchObject({ accepted: false, rowCount: 4, rejectedRowCount: 4, created: 0 });
    });

    test("a row with a bad cell and an unknown township reports both problems", async () => {
      const before = await counts();
      const r = await importFile(
        "two-problems.csv",
        csv([
          row({
            idNumber: syntheticId("1962-02-02", 65),
            householdKey: "HH-R5",
            laborCapacity: "很强",
            townshipCode: UNKNOWN_TOWNSHIP,
          }),
        ]),
      );
      expect(r.errors.map((e) => [e.row, e.column])).toEqual([
        [2, "劳动能力"],
        [2, "镇街代码"],
      ]);
      expect(r.errors.every((e) => e.messageZh && e.messageEn)).toBe(true);
      expect(await counts()).toEqual(before);
    });

    test("镇街名称 names the township instead of the code; unknown, ambiguous or disagreeing names are row problems", async () => {
      await h.ok(SAVE_TOWNSHIP, { input: { code: "990101803", name: "名称测试镇", concentrated: false } });
      await h.ok(SAVE_TOWNSHIP, { input: { code: "990101801", name: "同名镇", concentrated: false } });
      await h.ok(SAVE_TOWNSHIP, { input: { code: "990101802", name: "同名镇", concentrated: false } });
      const lines = [
        { idNumber: syntheticId("1963-03-01", 66), name: "名一", townshipName: "名称测试镇" },
        { idNumber: syntheticId("1963-03-02", 67), name: "名二", townshipName: "无此镇" },
        { idNumber: syntheticId("1963-03-03", 68), name: "名三", townshipName: "同名镇" },
        { idNumber: syntheticId("1963-03-04", 69), name: "名四", townshipName: "西湖街道" },
        { idNumber: syntheticId("1963-03-05", 70), name: "名五", townshipName: "" },
      ].map((l, i) => row({ ...l, householdKey: `HH-N${i}`, townshipCode: i === 3 ? T1 : "" }));
      const file = csv(lines);
      const r = await importFile("names.csv", file);
      expect(r.rowCount).toBe(5);
      expect(r.errors.map((e) => [e.row, e.column])).toEqual([
        [3, "镇街名称"],
        [4, "镇街名称"],
        [5, "镇街名称"],
        [6, "镇街代码"],
      ]);
      expect(r.errors[1]!.messageEn).toMatch(/several townships/);
      const ok = await importFile("name-only.csv", csv([lines[0]!]));
      expect(ok).toMatchObject({ accepted: true, created: 1 });
      const who = await h.ok<{ people: { nodes: { townshipCode: string }[] } }>(
        `query { people(first: 1, filter: { search: "名一" }) { nodes { townshipCode } } }`,
      );
      expect(who.people.nodes).toEqual([{ townshipCode: "990101803" }]);
    });

    test("VALID_ROWS writes the good rows (whole households) and hands the bad ones back as a spreadsheet with the reasons, which imports once corrected", async () => {
      const before = await counts();
      const badId = wrongDigit(syntheticId("1964-04-02", 72));
      const r = await importFile(
        "partial.csv",
        csv([
          row({ name: "好甲", idNumber: syntheticId("1964-04-01", 71), householdKey: "HH-V1" }),
          row({ name: "坏乙", idNumber: badId, householdKey: "HH-V2", laborCapacity: "很强" }),
          row({ name: "好丙", idNumber: syntheticId("1964-04-03", 73), householdKey: "HH-V3", isHead: "是" }),
          row({
            name: "连丁",
            idNumber: syntheticId("1964-04-04", 74),
            householdKey: "HH-V3",
            isHead: "否",
            education: "博士后",
          }),
        ]),
        callers.povertyOffice.clerk(),
        false,
        "VALID_ROWS",
      );
      expect(r).toMatchObject({ accepted: true, rowCount: 4, created: 1, rejectedRowCount: 3 });
      expect(r.errors.map((e) => [e.row, e.column])).toEqual([
        [3, "身份证号"],
        [3, "劳动能力"],
        [4, "户编号"],
        [5, "文化程度"],
      ]);
      expect(await counts()).toEqual({ people: before.people + 1, households: before.households + 1 });

      const sheet = (await readWorkbook(r.rejectedRowsFile!)).worksheets[0]!;
      const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
      expect(values(1)).toEqual(["原行号", ...HEADER, "问题", "问题（英文）"]);
      expect(sheet.rowCount).toBe(4);
      expect(values(2)[0]).toBe(3);
      expect(String(values(2)[HEADER.length + 1])).toMatch(/身份证号.*；劳动能力/);
      expect(String(values(2)[HEADER.length + 2])).toMatch(/check digit/i);
      expect(String(values(3)[HEADER.length + 1])).toMatch(/整户未导入/);

      // The clerk corrects the cells in the returned sheet and imports it as it is.
      const fix = new Map<number, Partial<Record<string, string>>>([
        [2, { 身份证号: syntheticId("1964-04-02", 72), 劳动能力: "全部" }],
        [4, { 文化程度: "本科" }],
      ]);
      for (const [n, cells] of fix)
        for (const [col, value] of Object.entries(cells))
          sheet.getRow(n).getCell(1 + 1 + HEADER.indexOf(col)).value = value!;
      const corrected = await sheet.workbook.xlsx.writeBuffer();
      const again = await importFile("corrected.xlsx", Buffer.from(corrected));
      expect(again).toMatchObject({ accepted: true, rowCount: 3, created: 3, errors: [] });
    });
  });

  describe("issue 10 item 3: a pipelined import is all or nothing", () => {
    test("a failure in a later chunk leaves nothing of the file, and every event already published for it is compensated", async () => {
      const before = await counts();
      const audits = await h.app.orm.em.fork().count(AuditEntry, {});
      const ids = [81, 82, 83, 84, 85, 86].map((n) => syntheticId("1966-06-06", n));
      const file = csv(
        ids.map((idNumber, i) => row({ name: `块${"甲乙丙丁戊己"[i]}`, idNumber, householdKey: `HH-P${i}` })),
      );
      const identity = systemIdentity({ sub: "import-fault", name: "测试", unit: Unit.PovertyOffice });
      const ctx = withOutbox(
        systemContext(h.app.orm, identity, createLogger("registry-import-spec", "silent")),
      );
      const em = h.app.orm.em.fork();
      const service = new ImportService(ctx, {
        chunkSize: 2,
        beforeChunkCommit: async (chunk) => {
          if (chunk < 2) return;
          // On PostgreSQL the first chunk has committed: let the relay publish it before failing, so
          // the undo has to compensate published events and not only delete pending ones.
          if (dialect === "postgresql")
            await waitFor(
              "the relay to publish the first chunk",
              async () =>
                (await em
                  .fork()
                  .count(OutboxEvent, { type: "pa.registry.person.registered.v1", publishedAt: null })) === 0,
              10_000,
            );
          throw new Error("injected failure in chunk 3");
        },
      });
      await expect(
        service.importRegister({
          fileName: "pipelined.csv",
          contentBase64: b64(file),
          dryRun: false,
          mode: ImportMode.ALL_OR_NOTHING,
        }),
      ).rejects.toThrow(/injected failure/);

      const fresh = h.app.orm.em.fork();
      expect(await counts()).toEqual(before);
      expect(await fresh.count(Person, { idNumber: { $in: ids } })).toBe(0);
      expect(await fresh.count(Household, { number: { $like: "HH-P%" } })).toBe(0);
      expect(await fresh.count(AuditEntry, {})).toBe(audits);
      await waitFor(
        "the outbox to drain",
        async () => (await fresh.fork().count(OutboxEvent, { publishedAt: null })) === 0,
        10_000,
      );
      const events = (await readPublished("registry", h.natsNamespace)).filter(
        (e) => e.envelope.actor === identity.sub,
      );
      const registered = events.filter((e) => e.envelope.type === "pa.registry.person.registered.v1");
      const withdrawn = events.filter((e) => e.envelope.type === "pa.registry.person.withdrawn.v1");
      // Every registration that reached the bus is withdrawn; none of the undone rows is left unanswered.
      expect(withdrawn.map((e) => e.envelope.subject).sort()).toEqual(
        registered.map((e) => e.envelope.subject).sort(),
      );
      for (const e of withdrawn)
        expect(e.envelope.data).toMatchObject({ reason: "IMPORT_UNDONE", householdWithdrawn: true });
      if (dialect === "sqlite")
        expect(events).toEqual([]); // one transaction: rolled back, never published
      else expect(registered.length).toBeGreaterThanOrEqual(2); // chunk 1 had been published
    });
  });
});
