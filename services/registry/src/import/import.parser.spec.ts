import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { idCheckDigit } from "../person/id-number.rules";
import { REGISTER_COLUMNS, type RegisterColumnKey } from "./import.columns";
import { columnLetter } from "./import.grid";
import { parseRegisterFile, type ImportError } from "./import.parser";
import { writeRegisterTemplateXlsx } from "./import.template";

const TODAY = "2020-06-30";

function makeId(yyyymmdd: string, seq: string, region = "990101"): string {
  const first17 = `${region}${yyyymmdd}${seq}`;
  return first17 + idCheckDigit(first17);
}

const ID_HEAD = makeId("19700315", "011"); // male
const ID_WIFE = makeId("19720801", "022"); // female
const ID_SON = makeId("19980105", "031");
const ID_OTHER = makeId("19650520", "042");

type RowValues = Partial<Record<RegisterColumnKey, string>>;

const HEAD: RowValues = {
  name: "王建国",
  idNumber: ID_HEAD,
  phone: "17000000001",
  townshipCode: "990101001",
  village: "东庄村",
  householdKey: "H0001",
  isHead: "是",
  laborCapacity: "全部",
  willingToWork: "是",
  willingToTrain: "否",
  entrepreneurshipCapacity: "否",
  entrepreneurshipIntention: "否",
  disabilityCertificate: "否",
  education: "初中",
  graduationDate: "",
  registeredOn: "2016-03-05",
  urbanZeroEmployment: "否",
  ruralZeroTransferEmployment: "是",
  minimumLivingGuarantee: "否",
};
const WIFE: RowValues = {
  ...HEAD,
  name: "李秀英",
  idNumber: ID_WIFE,
  phone: "",
  isHead: "否",
  laborCapacity: "部分",
  education: "小学",
};
const SON: RowValues = {
  ...HEAD,
  name: "王磊",
  idNumber: ID_SON,
  phone: "13800138000",
  isHead: "N",
  education: "大专",
  graduationDate: "2019-07-01",
  willingToTrain: "1",
  entrepreneurshipIntention: "true",
};
const OTHER: RowValues = {
  ...HEAD,
  name: "赵桂兰",
  idNumber: ID_OTHER,
  householdKey: "H0002",
  ruralZeroTransferEmployment: "否",
  minimumLivingGuarantee: "是",
  phone: "0531-12345678",
};

const KEYS = REGISTER_COLUMNS.map((c) => c.key);
const ZH = REGISTER_COLUMNS.map((c) => c.zh);

function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",");
}

function csv(
  header: readonly string[],
  rows: readonly RowValues[],
  keys: readonly RegisterColumnKey[] = KEYS,
): Buffer {
  const lines = [csvLine(header), ...rows.map((r) => csvLine(keys.map((k) => r[k] ?? "")))];
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

async function parseCsvRows(rows: readonly RowValues[], header: readonly string[] = ZH) {
  return parseRegisterFile("register.csv", csv(header, rows), { today: TODAY });
}

function only(errors: ImportError[]): ImportError {
  expect(errors).toHaveLength(1);
  return errors[0] as ImportError;
}

describe("register import: a good file", () => {
  it("import CSV: a well-formed file with Chinese headers yields typed rows and no errors", async () => {
    const { rows, errors } = await parseCsvRows([HEAD, WIFE, SON, OTHER]);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      row: 2,
      name: "王建国",
      idNumber: ID_HEAD,
      birthDate: "1970-03-15",
      sex: "MALE",
      phone: "17000000001",
      townshipCode: "990101001",
      townshipName: null,
      village: "东庄村",
      householdKey: "H0001",
      isHead: true,
      laborCapacity: "FULL",
      willingToWork: true,
      willingToTrain: false,
      entrepreneurshipCapacity: false,
      entrepreneurshipIntention: false,
      disabilityCertificate: false,
      education: "JUNIOR_SECONDARY",
      graduationDate: null,
      registeredOn: "2016-03-05",
      urbanZeroEmployment: false,
      ruralZeroTransferEmployment: true,
      minimumLivingGuarantee: false,
    });
    expect(rows[1]).toMatchObject({
      row: 3,
      sex: "FEMALE",
      phone: null,
      isHead: false,
      laborCapacity: "PARTIAL",
      education: "PRIMARY",
    });
    expect(rows[2]).toMatchObject({
      row: 4,
      education: "JUNIOR_COLLEGE",
      graduationDate: "2019-07-01",
      willingToTrain: true,
      entrepreneurshipIntention: true,
    });
    expect(rows[3]).toMatchObject({ row: 5, phone: "0531-12345678", minimumLivingGuarantee: true });
  });

  it("import headers: English names are accepted case-insensitively with surrounding spaces ignored", async () => {
    const header = REGISTER_COLUMNS.map((c, i) =>
      i % 2 === 0 ? ` ${c.en.toUpperCase()} ` : c.en.toLowerCase(),
    );
    const { rows, errors } = await parseCsvRows([HEAD, WIFE], header);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.idNumber)).toEqual([ID_HEAD, ID_WIFE]);
  });

  it("import enums: FULL/PARTIAL/NONE and the education enum names are accepted as well as the Chinese labels", async () => {
    const { rows, errors } = await parseCsvRows([
      { ...HEAD, laborCapacity: "full", education: "bachelor" },
      { ...WIFE, laborCapacity: "NONE", education: "无" },
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.laborCapacity, r.education])).toEqual([
      ["FULL", "BACHELOR"],
      ["NONE", "NONE"],
    ]);
  });

  it("import CSV: a UTF-8 byte-order mark before the header does not spoil the first column name", async () => {
    const body = csv(ZH, [HEAD]);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
    const { rows, errors } = await parseRegisterFile("register.csv", withBom, { today: TODAY });
    expect(errors).toEqual([]);
    expect(rows[0]?.name).toBe("王建国");
  });

  it("import CSV: a GB18030 file saved by Chinese Excel is decoded, not read as mojibake", async () => {
    // "姓名\r\n张三\r\n" in GB18030: the header is recognised, so only missing columns are reported.
    const gbk = Buffer.from("d0d5c3fb0d0ad5c5c8fd0d0a", "hex");
    const { errors } = await parseRegisterFile("register.csv", gbk, { today: TODAY });
    expect(errors.filter((e) => e.reasonEn.startsWith("unknown column"))).toEqual([]);
    expect(errors.some((e) => e.column === "身份证号" && e.row === 1)).toBe(true);
  });

  it("import CSV: a tab-separated file is read too", async () => {
    const text = [ZH.join("\t"), KEYS.map((k) => HEAD[k] ?? "").join("\t")].join("\n");
    const { rows, errors } = await parseRegisterFile("register.csv", Buffer.from(text), { today: TODAY });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it("import optional columns: when absent, phone and graduation date are null and the flags false", async () => {
    // The township column is one of two (code or name), so neither is marked required on its own.
    const required = REGISTER_COLUMNS.filter((c) => c.required || c.key === "townshipCode");
    const keys = required.map((c) => c.key);
    const { rows, errors } = await parseRegisterFile(
      "r.csv",
      csv(
        required.map((c) => c.zh),
        [HEAD],
        keys,
      ),
      { today: TODAY },
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      phone: null,
      graduationDate: null,
      willingToWork: false,
      disabilityCertificate: false,
      urbanZeroEmployment: false,
      ruralZeroTransferEmployment: false,
      minimumLivingGuarantee: false,
    });
  });

  it("import booleans: 是/否, true/false, 1/0 and Y/N (any case) are all understood", async () => {
    const words: [string, boolean][] = [
      ["是", true],
      ["否", false],
      ["TRUE", true],
      ["false", false],
      ["1", true],
      ["0", false],
      ["y", true],
      ["N", false],
    ];
    for (const [word, expected] of words) {
      const { rows, errors } = await parseCsvRows([{ ...HEAD, willingToWork: word }]);
      expect(errors, word).toEqual([]);
      expect(rows[0]?.willingToWork, word).toBe(expected);
    }
  });

  it("import dates: 2016/3/5, 2016-3-5, 2016年3月5日 and a midnight timestamp normalise to 2016-03-05", async () => {
    for (const written of ["2016/3/5", "2016-3-5", "2016.03.05", "2016年3月5日", "2016-03-05 00:00:00"]) {
      const { rows, errors } = await parseCsvRows([{ ...HEAD, registeredOn: written }]);
      expect(errors, written).toEqual([]);
      expect(rows[0]?.registeredOn, written).toBe("2016-03-05");
    }
  });

  it("import blank rows: empty trailing rows are ignored and blank rows in the middle keep later row numbers right", async () => {
    const text = [
      csvLine(ZH),
      csvLine(KEYS.map((k) => HEAD[k] ?? "")),
      "",
      csvLine(KEYS.map((k) => WIFE[k] ?? "")),
      ",,,,",
      "",
      " , ",
      "",
    ].join("\r\n");
    const { rows, errors } = await parseRegisterFile("register.csv", Buffer.from(text), { today: TODAY });
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe("register import: header errors (row 1)", () => {
  it("import headers: an unknown column is an error at row 1 naming the header as written", async () => {
    const header = [...ZH, " 备注 "];
    const { errors } = await parseRegisterFile("r.csv", csv(header, [{ ...HEAD }], [...KEYS, "name"]), {
      today: TODAY,
    });
    const e = only(errors);
    expect(e).toMatchObject({ row: 1, column: "备注" });
    expect(e.reasonZh).toContain("未知的列");
    expect(e.reasonEn).toContain("unknown column");
  });

  it("import headers: each missing required column is an error at row 1 and no rows are returned", async () => {
    const keep = REGISTER_COLUMNS.filter((c) => c.key !== "idNumber" && c.key !== "registeredOn");
    const { rows, errors } = await parseRegisterFile(
      "r.csv",
      csv(
        keep.map((c) => c.zh),
        [HEAD],
        keep.map((c) => c.key),
      ),
      { today: TODAY },
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: "身份证号",
        reasonEn: expect.stringContaining("required column"),
      }),
      expect.objectContaining({ row: 1, column: "建档立卡日期" }),
    ]);
  });

  it("import headers: the same column given twice (Chinese and English) is an error at row 1", async () => {
    const header = [...ZH, "Name"];
    const { errors } = await parseRegisterFile("r.csv", csv(header, [HEAD], [...KEYS, "name"]), {
      today: TODAY,
    });
    expect(only(errors)).toMatchObject({
      row: 1,
      column: "Name",
      reasonEn: expect.stringContaining("repeats"),
    });
  });

  it("import headers: data in a column with no header is an error naming the column letter", async () => {
    const { errors } = await parseRegisterFile("r.csv", csv([...ZH, ""], [{ ...HEAD }], [...KEYS, "name"]), {
      today: TODAY,
    });
    const letter = columnLetter(ZH.length + 1);
    expect(errors.some((e) => e.column === letter && e.reasonEn.includes("no header"))).toBe(true);
  });

  it("import headers: an empty file reports a missing header row", async () => {
    const { rows, errors } = await parseRegisterFile("r.csv", Buffer.from(""), { today: TODAY });
    expect(rows).toEqual([]);
    expect(only(errors)).toMatchObject({ row: 1 });
  });

  it("import file type: a legacy .xls file is refused with advice to save as .xlsx or .csv", async () => {
    const { errors } = await parseRegisterFile("老表格.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), {
      today: TODAY,
    });
    expect(only(errors).reasonZh).toContain(".xlsx");
  });

  it("import file type: bytes that are not a workbook under an .xlsx name give one readable error", async () => {
    const { errors } = await parseRegisterFile("r.xlsx", Buffer.from("not a zip"), { today: TODAY });
    expect(only(errors)).toMatchObject({
      row: 1,
      reasonEn: expect.stringContaining("cannot read the Excel file"),
    });
  });
});

describe("register import: one error per bad cell", () => {
  const cases: { rule: string; change: RowValues; column: string; en: string; zh: string }[] = [
    {
      rule: "ID number check digit",
      change: { idNumber: `${ID_HEAD.slice(0, 17)}${ID_HEAD.endsWith("0") ? "1" : "0"}` },
      column: "身份证号",
      en: `expected ${ID_HEAD.slice(17)}`,
      zh: "校验码",
    },
    {
      rule: "ID number length",
      change: { idNumber: "99010119700315" },
      column: "身份证号",
      en: "18 characters",
      zh: "18位",
    },
    {
      rule: "ID number future birth date",
      change: { idNumber: makeId("20210101", "011") },
      column: "身份证号",
      en: "after today",
      zh: "晚于今天",
    },
    { rule: "phone format", change: { phone: "12345" }, column: "手机号", en: "not valid", zh: "格式不正确" },
    {
      rule: "township code is 9 digits",
      change: { townshipCode: "99010100" },
      column: "镇街代码",
      en: "9 digits",
      zh: "9位",
    },
    {
      rule: "yes/no value",
      change: { willingToWork: "也许" },
      column: "就业意愿",
      en: "yes/no",
      zh: "是/否",
    },
    {
      rule: "labour capacity value",
      change: { laborCapacity: "强" },
      column: "劳动能力",
      en: "labour capacity",
      zh: "劳动能力",
    },
    {
      rule: "education value",
      change: { education: "博士" },
      column: "文化程度",
      en: "education",
      zh: "文化程度",
    },
    {
      rule: "graduation date is a real date",
      change: { graduationDate: "2019-02-30" },
      column: "毕业日期",
      en: "not a valid date",
      zh: "不是有效日期",
    },
    {
      rule: "registration date not in the future",
      change: { registeredOn: "2020-07-01" },
      column: "建档立卡日期",
      en: "after today",
      zh: "晚于今天",
    },
    {
      rule: "registration date not before birth",
      change: { registeredOn: "1969-01-01" },
      column: "建档立卡日期",
      en: "before the birth date",
      zh: "早于出生日期",
    },
    { rule: "required cell is filled", change: { village: "  " }, column: "村", en: "required", zh: "必填" },
    { rule: "name has no digits", change: { name: "王建国2" }, column: "姓名", en: "digits", zh: "数字" },
  ];

  for (const c of cases) {
    it(`import cell: ${c.rule} — a bad value gives one error at its row and column in both languages`, async () => {
      const { rows, errors } = await parseCsvRows([{ ...HEAD, ...c.change }]);
      const e = only(errors);
      expect(e.row).toBe(2);
      expect(e.column).toBe(c.column);
      expect(e.reasonEn).toContain(c.en);
      expect(e.reasonZh).toContain(c.zh);
      expect(rows).toEqual([]);
    });
  }

  it("import cell: a row with several bad cells gets one error per cell, and other rows still parse", async () => {
    const { rows, errors } = await parseCsvRows([
      HEAD,
      { ...WIFE, phone: "1", education: "x", isHead: "?" },
      OTHER,
    ]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, "手机号"],
      [3, "是否户主"],
      [3, "文化程度"],
    ]);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it("import ID: an ID written in scientific notation (Excel's number format leaked into the CSV) says to set the column to text", async () => {
    const { errors } = await parseCsvRows([{ ...HEAD, idNumber: "9.90101E+17" }]);
    expect(only(errors).reasonEn).toContain("set the column to text");
  });
});

describe("register import: errors across rows", () => {
  it("import duplicates: a repeated ID number is an error on the later row naming the earlier row", async () => {
    const { errors } = await parseCsvRows([HEAD, WIFE, { ...OTHER, idNumber: ID_HEAD.toLowerCase() }]);
    const e = only(errors);
    expect(e).toMatchObject({ row: 4, column: "身份证号" });
    expect(e.reasonEn).toContain("duplicates row 2");
    expect(e.reasonZh).toContain("第2行");
  });

  it("import households: a household with no head is an error on its first row", async () => {
    const { errors } = await parseCsvRows([{ ...HEAD, isHead: "否" }, WIFE, OTHER]);
    const e = only(errors);
    expect(e).toMatchObject({ row: 2, column: "是否户主" });
    expect(e.reasonEn).toContain('household "H0001" has no head');
  });

  it("import households: a second head is an error on that row naming the first head's row", async () => {
    const { errors } = await parseCsvRows([HEAD, WIFE, { ...SON, isHead: "是" }]);
    const e = only(errors);
    expect(e).toMatchObject({ row: 4, column: "是否户主" });
    expect(e.reasonEn).toContain("already has a head at row 2");
  });

  it("import households: a household flag that differs between members is an error on the differing row", async () => {
    const { errors } = await parseCsvRows([HEAD, { ...WIFE, minimumLivingGuarantee: "是" }, SON]);
    const e = only(errors);
    expect(e).toMatchObject({ row: 3, column: "低保" });
    expect(e.reasonEn).toContain("row 2 says false");
  });

  it("import households: an unreadable 是否户主 cell does not also produce a spurious 'no head' error", async () => {
    const { errors } = await parseCsvRows([{ ...HEAD, isHead: "?" }, WIFE]);
    expect(only(errors)).toMatchObject({
      row: 2,
      column: "是否户主",
      reasonEn: expect.stringContaining("yes/no"),
    });
  });
});

describe("register import: Excel workbooks", () => {
  async function workbookBuffer(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("人员");
    fill(sheet);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const values = (r: RowValues): string[] => KEYS.map((k) => r[k] ?? "");

  it("import XLSX: a good workbook with text, number, date, boolean, rich-text and formula cells parses to the same rows as CSV", async () => {
    const content = await workbookBuffer((sheet) => {
      sheet.addRow(REGISTER_COLUMNS.map((c) => c.en));
      sheet.addRow(values(HEAD));
      sheet.addRow(values(WIFE));
      const col = (key: RegisterColumnKey): number => KEYS.indexOf(key) + 1;
      // Row 2: the kinds of cell a clerk's workbook really contains.
      const r2 = sheet.getRow(2);
      r2.getCell(col("phone")).value = 17000000001; // a number
      r2.getCell(col("registeredOn")).value = new Date(Date.UTC(2016, 2, 5)); // a date cell
      r2.getCell(col("isHead")).value = true; // a boolean
      r2.getCell(col("name")).value = { richText: [{ text: "王" }, { text: "建国", font: { bold: true } }] };
      r2.getCell(col("townshipCode")).value = { formula: '"990101"&"001"', result: "990101001" };
      r2.getCell(col("householdKey")).value = { formula: '"H"&"0001"', result: "H0001" };
      // Row 3: a date given as an Excel serial number (42434 = 2016-03-05), and a shared-formula clone.
      const r3 = sheet.getRow(3);
      r3.getCell(col("registeredOn")).value = 42434;
      r3.getCell(col("householdKey")).value = {
        sharedFormula: `${columnLetter(col("householdKey"))}2`,
        result: "H0001",
      };
      // Trailing rows that hold only empty strings are ignored.
      sheet.getRow(5).getCell(1).value = "";
    });
    const fromXlsx = await parseRegisterFile("register.xlsx", content, { today: TODAY });
    const fromCsv = await parseCsvRows([HEAD, WIFE]);
    expect(fromXlsx.errors).toEqual([]);
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
  });

  it("import XLSX: an ID number stored as a number is reported clearly — set the column to text", async () => {
    const content = await workbookBuffer((sheet) => {
      sheet.addRow(ZH);
      sheet.addRow(values(OTHER));
      sheet.getRow(2).getCell(KEYS.indexOf("idNumber") + 1).value = Number(ID_OTHER.replace("X", "0"));
    });
    const { rows, errors } = await parseRegisterFile("register.xlsx", content, { today: TODAY });
    const e = only(errors);
    expect(e).toMatchObject({ row: 2, column: "身份证号" });
    expect(e.reasonEn).toContain("stored as a number");
    expect(e.reasonEn).toContain("set the column to text");
    expect(e.reasonZh).toContain("文本格式");
    expect(rows).toEqual([]);
  });

  it("import XLSX: a formula that evaluated to an Excel error (#N/A) is an error on that cell", async () => {
    const content = await workbookBuffer((sheet) => {
      sheet.addRow(ZH);
      sheet.addRow(values(OTHER));
      sheet.getRow(2).getCell(KEYS.indexOf("village") + 1).value = {
        formula: "VLOOKUP(A2,X:Y,2,0)",
        result: { error: "#N/A" },
      };
    });
    const { errors } = await parseRegisterFile("register.xlsx", content, { today: TODAY });
    expect(only(errors)).toMatchObject({ row: 2, column: "村", reasonEn: expect.stringContaining("#N/A") });
  });

  it("import XLSX: row numbers are the spreadsheet's own, skipping blank rows", async () => {
    const content = await workbookBuffer((sheet) => {
      sheet.addRow(ZH);
      sheet.getRow(4).values = values({ ...OTHER, phone: "bad" });
    });
    const { errors } = await parseRegisterFile("register.xlsx", content, { today: TODAY });
    expect(only(errors)).toMatchObject({ row: 4, column: "手机号" });
  });
});

describe("register import template", () => {
  it("template columns: every column has a distinct key, Chinese and English header", () => {
    for (const field of ["key", "zh", "en"] as const) {
      expect(new Set(REGISTER_COLUMNS.map((c) => c[field].toLowerCase())).size).toBe(REGISTER_COLUMNS.length);
    }
    expect(REGISTER_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual(
      expect.arrayContaining(["name", "idNumber", "village", "householdKey", "registeredOn"]),
    );
  });

  it("template: the workbook has the Chinese headers, text-formatted ID column, an instructions sheet, and parses back empty", async () => {
    const buffer = await writeRegisterTemplateXlsx();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ZH);
    expect(sheet.getColumn(KEYS.indexOf("idNumber") + 1).numFmt).toBe("@");
    expect(wb.worksheets[1]?.name).toBe("填写说明");
    expect(wb.worksheets[1]?.rowCount).toBe(REGISTER_COLUMNS.length + 1);
    expect(await parseRegisterFile("template.xlsx", buffer, { today: TODAY })).toMatchObject({
      rows: [],
      errors: [],
      rowCount: 0,
    });
  });
});
