import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import type ExcelJS from "exceljs";
import { GraphQLError } from "graphql";
import { openScratchOrm, type ScratchOrm } from "@pa/testing";
import type { Orm } from "../db/orm";
import {
  defineLedger,
  exportLedgerBase64,
  findLedgerRows,
  readWorkbook,
  YUAN_NUMBER_FORMAT,
  DATE_NUMBER_FORMAT,
  DEFAULT_LEDGER_MAX_ROWS,
} from "./ledger";

interface Row {
  personId: string;
  townshipCode: string;
  offers: number;
  offeredOn: string | null;
  wageFen: number;
  accepted: boolean;
}

const ledger = defineLedger<Row>({
  sheetName: "帮扶台账",
  creator: "kit-test",
  maxRows: 3,
  columns: [
    { header: "序号", type: "integer", width: 6, value: (_r, i) => i + 1 },
    { header: "人员编号", type: "text", width: 30, value: (r) => r.personId },
    { header: "镇街代码", type: "text", value: (r) => r.townshipCode },
    { header: "推荐次数", type: "integer", value: (r) => r.offers },
    { header: "推荐日期", type: "date", value: (r) => r.offeredOn },
    { header: "月工资（元）", type: "money", value: (r) => r.wageFen },
    { header: "是否接受", type: "boolean", value: (r) => r.accepted },
  ],
});

const ROWS: Row[] = [
  {
    personId: "P1",
    townshipCode: "010101001",
    offers: 3,
    offeredOn: "2020-03-31",
    wageFen: 320_000,
    accepted: true,
  },
  {
    personId: "P2",
    townshipCode: "010101002",
    offers: 0,
    offeredOn: null,
    wageFen: 2 ** 31 + 1, // ¥21,474,836.49, beyond a 32-bit Int
    accepted: false,
  },
];

describe("the ledger writer", () => {
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = await ledger.write(ROWS);
    expect(Buffer.isBuffer(file)).toBe(true);
    workbook = await readWorkbook(file);
    sheet = workbook.getWorksheet("帮扶台账")!;
  });

  test("one sheet with the given name, a frozen bold Chinese header row and column widths", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["帮扶台账"]);
    expect(workbook.creator).toBe("kit-test");
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "序号",
      "人员编号",
      "镇街代码",
      "推荐次数",
      "推荐日期",
      "月工资（元）",
      "是否接受",
    ]);
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(6);
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getColumn(6).width).toBeGreaterThanOrEqual(16); // six CJK characters wide
    expect(sheet.rowCount).toBe(1 + ROWS.length);
  });

  test("cells are typed: text stays text, integers and money are numbers, dates are dates", () => {
    const r = sheet.getRow(2);
    expect(r.getCell(1).value).toBe(1);
    expect(r.getCell(1).type).toBe(2); // ValueType.Number
    expect(r.getCell(2).value).toBe("P1");
    expect(r.getCell(3).value).toBe("010101001"); // leading zero kept
    expect(r.getCell(3).type).toBe(3); // ValueType.String
    expect(r.getCell(4).value).toBe(3);
    expect(r.getCell(5).type).toBe(4); // ValueType.Date
    expect(r.getCell(5).value).toEqual(new Date("2020-03-31T00:00:00.000Z"));
    expect(r.getCell(5).numFmt).toBe(DATE_NUMBER_FORMAT);
    expect(r.getCell(6).value).toBe(3200);
    expect(r.getCell(6).type).toBe(2);
    expect(r.getCell(6).numFmt).toBe(YUAN_NUMBER_FORMAT);
    expect(YUAN_NUMBER_FORMAT).toBe("¥#,##0.00");
    expect(r.getCell(7).value).toBe("是");
  });

  test("an empty value leaves the cell empty; money beyond 2^31 fen is exact in yuan; false is 否", () => {
    const r = sheet.getRow(3);
    expect(r.getCell(1).value).toBe(2);
    expect(r.getCell(4).value).toBe(0);
    expect(r.getCell(5).value).toBeNull();
    expect(r.getCell(6).value).toBe(21_474_836.49);
    expect(r.getCell(7).value).toBe("否");
  });

  test("Base64 for today's GraphQL fields reads back to the same workbook", async () => {
    const b64 = await ledger.writeBase64(ROWS);
    expect(typeof b64).toBe("string");
    const again = await readWorkbook(b64);
    expect(again.getWorksheet("帮扶台账")!.getRow(2).getCell(6).value).toBe(3200);
  });

  test("an export over its row limit is refused, bilingual BAD_USER_INPUT on the filter, nothing cut short", async () => {
    const four = [...ROWS, ...ROWS];
    const refusal = await ledger.write(four).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(GraphQLError);
    const e = refusal as GraphQLError;
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter" });
    expect(e.message).toBe(
      "导出行数（4行）超过上限 3 行，请缩小筛选范围 / the export would have 4 rows, more than the limit of 3; narrow the filters",
    );
    expect(() => ledger.assertRowCount(3)).not.toThrow();
    expect(() => ledger.assertRowCount(150_000, "townshipCodes")).toThrow(
      /the export would have 150,000 rows, more than the limit of 3/,
    );
    expect(defineLedger({ sheetName: "x", columns: [] }).maxRows).toBe(DEFAULT_LEDGER_MAX_ROWS);
  });

  test("a value of the wrong kind for its column is a programming error", async () => {
    const bad = defineLedger<{ d: string }>({
      sheetName: "x",
      columns: [{ header: "日期", type: "date", value: (r) => r.d }],
    });
    await expect(bad.write([{ d: "2020-02-30" }])).rejects.toThrow(RangeError);
  });
});

@Entity({ tableName: "ledger_probe" })
class LedgerProbe {
  @PrimaryKey({ type: "string" })
  id!: string;

  @Property({ type: "string" })
  townshipCode!: string;
}

describe("findLedgerRows: count first, refuse over the limit", () => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  beforeAll(async () => {
    scratch = await openScratchOrm("sqlite", "ledger", [LedgerProbe]);
    orm = scratch.orm;
    const em = orm.em.fork();
    for (let i = 0; i < 5; i++) em.create(LedgerProbe, { id: `r${i}`, townshipCode: i < 2 ? "A" : "B" });
    await em.flush();
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("within the limit: every row, in order", async () => {
    const rows = await findLedgerRows(
      orm.em.fork(),
      LedgerProbe,
      { townshipCode: "B" },
      { id: "DESC" },
      ledger,
    );
    expect(rows.map((r) => r.id)).toEqual(["r4", "r3", "r2"]);
  });

  test("over the limit: refused with the count, naming the argument to narrow", async () => {
    const err = await findLedgerRows(
      orm.em.fork(),
      LedgerProbe,
      {},
      { id: "ASC" },
      ledger,
      "townshipCodes",
    ).then(
      () => null,
      (e: unknown) => e as GraphQLError,
    );
    expect(err).toBeInstanceOf(GraphQLError);
    expect(err?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "townshipCodes" });
    expect(err?.message).toContain("the export would have 5 rows, more than the limit of 3");
  });

  test("exportLedgerBase64: the selected rows as a workbook in one call", async () => {
    const probes = defineLedger<LedgerProbe>({
      sheetName: "probes",
      columns: [{ header: "编号", type: "text", value: (r) => r.id }],
    });
    const b64 = await exportLedgerBase64(orm.em.fork(), probes, {
      entity: LedgerProbe,
      where: { townshipCode: "A" },
      orderBy: { id: "ASC" },
    });
    const sheet = (await readWorkbook(b64)).getWorksheet("probes")!;
    expect(sheet.getColumn(1).values.slice(1)).toEqual(["编号", "r0", "r1"]);
  });
});
