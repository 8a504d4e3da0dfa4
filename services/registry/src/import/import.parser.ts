/**
 * 建档立卡人员导入文件解析 — parse a register import file (CSV or .xlsx) into typed rows.
 *
 * Pure apart from decoding the bytes it is given: no database, no clock unless `today` is omitted.
 * The contract: `rows` holds every data row whose own cells parsed; the file may be imported only
 * when `errors` is empty (cross-row errors — duplicate ID numbers, household heads, household
 * flags — do not remove rows from `rows`).
 */
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { businessDate, isIsoDate } from "@pa/service-kit/dates";
import { validateIdNumber, validatePhone, type Sex } from "../person/id-number.rules";

export const LABOR_CAPACITIES = ["FULL", "PARTIAL", "NONE"] as const;
export type LaborCapacity = (typeof LABOR_CAPACITIES)[number];

export const EDUCATION_LEVELS = [
  "NONE",
  "PRIMARY",
  "JUNIOR_SECONDARY",
  "SENIOR_SECONDARY",
  "VOCATIONAL",
  "JUNIOR_COLLEGE",
  "BACHELOR",
  "POSTGRADUATE",
] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

/** Chinese label a clerk writes → enum value (and back, for writing files). */
export const LABOR_CAPACITY_ZH: Readonly<Record<LaborCapacity, string>> = {
  FULL: "全部",
  PARTIAL: "部分",
  NONE: "无",
};
export const EDUCATION_ZH: Readonly<Record<Education, string>> = {
  NONE: "无",
  PRIMARY: "小学",
  JUNIOR_SECONDARY: "初中",
  SENIOR_SECONDARY: "高中",
  VOCATIONAL: "中专",
  JUNIOR_COLLEGE: "大专",
  BACHELOR: "本科",
  POSTGRADUATE: "研究生",
};

export interface ImportRow {
  /** 1-based spreadsheet row (header = 1). */
  row: number;
  name: string;
  idNumber: string;
  /** Derived from the ID number. */
  birthDate: string;
  /** Derived from the ID number. */
  sex: Sex;
  phone: string | null;
  townshipCode: string;
  village: string;
  householdKey: string;
  isHead: boolean;
  laborCapacity: LaborCapacity;
  willingToWork: boolean;
  willingToTrain: boolean;
  entrepreneurshipCapacity: boolean;
  entrepreneurshipIntention: boolean;
  disabilityCertificate: boolean;
  education: Education;
  graduationDate: string | null;
  registeredOn: string;
  urbanZeroEmployment: boolean;
  ruralZeroTransferEmployment: boolean;
  minimumLivingGuarantee: boolean;
}

export interface ImportError {
  /** 1-based spreadsheet row; the header is row 1. */
  row: number;
  /** The column's header as written in the file (or the canonical Chinese name when it is missing). */
  column: string;
  reasonZh: string;
  reasonEn: string;
}

export interface ParseResult {
  rows: ImportRow[];
  errors: ImportError[];
}

export type RegisterColumnKey = Exclude<keyof ImportRow, "row" | "birthDate" | "sex">;

export interface RegisterColumn {
  key: RegisterColumnKey;
  zh: string;
  en: string;
  /** A required column must be present and every data row must fill it. */
  required: boolean;
  /** What to write, for the template's instructions sheet. */
  hintZh: string;
}

const BOOLEAN_HINT = "是/否（也可填 true/false、1/0、Y/N）";
const LABOR_HINT = "全部/部分/无（也可填 FULL/PARTIAL/NONE）";
const EDUCATION_HINT = "小学/初中/高中/中专/大专/本科/研究生/无";
const DATE_HINT = "日期，如 2016-03-05";

/**
 * The register import columns, in template order. isHead, laborCapacity and education are required
 * because no default is safe for them; the other person flags and the household flags default to false.
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: "name", zh: "姓名", en: "name", required: true, hintZh: "姓名" },
  {
    key: "idNumber",
    zh: "身份证号",
    en: "idNumber",
    required: true,
    hintZh: "18位身份证号，单元格须为文本格式",
  },
  {
    key: "phone",
    zh: "手机号",
    en: "phone",
    required: false,
    hintZh: "11位手机号或固定电话如0531-12345678，可空",
  },
  { key: "townshipCode", zh: "镇街代码", en: "townshipCode", required: true, hintZh: "9位镇街代码" },
  { key: "village", zh: "村", en: "village", required: true, hintZh: "村或社区名称" },
  {
    key: "householdKey",
    zh: "户编号",
    en: "householdKey",
    required: true,
    hintZh: "同户成员填写相同的户编号",
  },
  {
    key: "isHead",
    zh: "是否户主",
    en: "isHead",
    required: true,
    hintZh: `${BOOLEAN_HINT}；每户恰好一名户主`,
  },
  { key: "laborCapacity", zh: "劳动能力", en: "laborCapacity", required: true, hintZh: LABOR_HINT },
  { key: "willingToWork", zh: "就业意愿", en: "willingToWork", required: false, hintZh: BOOLEAN_HINT },
  { key: "willingToTrain", zh: "培训意愿", en: "willingToTrain", required: false, hintZh: BOOLEAN_HINT },
  {
    key: "entrepreneurshipCapacity",
    zh: "创业能力",
    en: "entrepreneurshipCapacity",
    required: false,
    hintZh: BOOLEAN_HINT,
  },
  {
    key: "entrepreneurshipIntention",
    zh: "创业意向",
    en: "entrepreneurshipIntention",
    required: false,
    hintZh: BOOLEAN_HINT,
  },
  {
    key: "disabilityCertificate",
    zh: "残疾人证",
    en: "disabilityCertificate",
    required: false,
    hintZh: BOOLEAN_HINT,
  },
  { key: "education", zh: "文化程度", en: "education", required: true, hintZh: EDUCATION_HINT },
  {
    key: "graduationDate",
    zh: "毕业日期",
    en: "graduationDate",
    required: false,
    hintZh: `${DATE_HINT}，可空`,
  },
  { key: "registeredOn", zh: "建档立卡日期", en: "registeredOn", required: true, hintZh: DATE_HINT },
  {
    key: "urbanZeroEmployment",
    zh: "城镇零就业家庭",
    en: "urbanZeroEmployment",
    required: false,
    hintZh: `${BOOLEAN_HINT}；同户一致`,
  },
  {
    key: "ruralZeroTransferEmployment",
    zh: "农村零转移就业贫困家庭",
    en: "ruralZeroTransferEmployment",
    required: false,
    hintZh: `${BOOLEAN_HINT}；同户一致`,
  },
  {
    key: "minimumLivingGuarantee",
    zh: "低保",
    en: "minimumLivingGuarantee",
    required: false,
    hintZh: `${BOOLEAN_HINT}；同户一致`,
  },
];

export const HOUSEHOLD_FLAG_KEYS = [
  "urbanZeroEmployment",
  "ruralZeroTransferEmployment",
  "minimumLivingGuarantee",
] as const;
type HouseholdFlagKey = (typeof HOUSEHOLD_FLAG_KEYS)[number];

const BOOLEAN_KEYS = new Set<RegisterColumnKey>([
  "isHead",
  "willingToWork",
  "willingToTrain",
  "entrepreneurshipCapacity",
  "entrepreneurshipIntention",
  "disabilityCertificate",
  ...HOUSEHOLD_FLAG_KEYS,
]);

const TRUE_WORDS = new Set(["是", "true", "1", "y", "yes"]);
const FALSE_WORDS = new Set(["否", "false", "0", "n", "no"]);

function normaliseHeader(text: string): string {
  return text.trim().toLowerCase();
}

const COLUMN_BY_HEADER: ReadonlyMap<string, RegisterColumn> = new Map(
  REGISTER_COLUMNS.flatMap((c) => [[normaliseHeader(c.zh), c] as const, [normaliseHeader(c.en), c] as const]),
);

// ---------------------------------------------------------------------------------------------
// Reading the file into a grid of normalised cells
// ---------------------------------------------------------------------------------------------

/** One cell, normalised to text, remembering what Excel had stored. */
interface Cell {
  text: string;
  /** The cell was a number in Excel (IDs lose precision; dates may be serials). */
  numeric: boolean;
  /** The cell was an Excel date: `text` is already YYYY-MM-DD. */
  date: boolean;
  /** The cell holds an Excel error value such as #N/A. */
  excelError: string | null;
}

interface Grid {
  header: Map<number, Cell>;
  rows: { row: number; cells: Map<number, Cell> }[];
}

const textCell = (text: string): Cell => ({
  text: text.trim(),
  numeric: false,
  date: false,
  excelError: null,
});

class FileLevelError extends Error {
  constructor(
    readonly reasonZh: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

function decodeText(content: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    // Excel on Chinese Windows saves "CSV" in GB18030/GBK; accept it rather than show mojibake.
    return new TextDecoder("gb18030").decode(content);
  }
}

function readCsv(content: Buffer): Grid {
  const text = decodeText(content).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  let records: string[][];
  try {
    records = parseCsv(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new FileLevelError(
      `CSV文件格式错误，无法读取：${message}`,
      `the CSV file is malformed: ${message}`,
    );
  }
  const toCells = (record: string[]): Map<number, Cell> =>
    new Map(record.map((v, i) => [i + 1, textCell(v)]));
  const [header = [], ...data] = records;
  return { header: toCells(header), rows: data.map((record, i) => ({ row: i + 2, cells: toCells(record) })) };
}

function isoFromUtcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return textCell("");
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number")
    return { text: numberToText(value), numeric: true, date: false, excelError: null };
  if (typeof value === "boolean") return textCell(value ? "true" : "false");
  // exceljs reads date cells as the wall-clock date at UTC midnight.
  if (value instanceof Date)
    return { text: isoFromUtcDate(value), numeric: false, date: true, excelError: null };
  if ("error" in value) return { text: value.error, numeric: false, date: false, excelError: value.error };
  if ("richText" in value) return textCell(value.richText.map((r) => r.text).join(""));
  if ("formula" in value || "sharedFormula" in value) return excelCell(value.result ?? null);
  if ("hyperlink" in value) {
    const t: unknown = value.text;
    if (typeof t === "string") return textCell(t);
    if (t && typeof t === "object" && "richText" in t) return excelCell(t as ExcelJS.CellRichTextValue);
    return textCell("");
  }
  return textCell("");
}

function numberToText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n);
}

async function readXlsx(content: Buffer): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new FileLevelError(
      `无法读取Excel文件（须为.xlsx格式）：${message}`,
      `cannot read the Excel file (must be .xlsx): ${message}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileLevelError("Excel文件中没有工作表", "the Excel file has no worksheet");
  const grid: Grid = { header: new Map(), rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, Cell>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells.set(col, excelCell(cell.value));
    });
    if (rowNumber === 1) grid.header = cells;
    else grid.rows.push({ row: rowNumber, cells });
  });
  return grid;
}

/** Excel column letters for a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Cell parsers
// ---------------------------------------------------------------------------------------------

type CellResult<T> = { ok: true; value: T } | { ok: false; reasonZh: string; reasonEn: string };
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (reasonZh: string, reasonEn: string): CellResult<never> => ({ ok: false, reasonZh, reasonEn });

function parseBoolean(cell: Cell): CellResult<boolean> {
  const word = cell.text.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return bad(
    `“${cell.text}”不是有效的是/否值，请填写是或否`,
    `"${cell.text}" is not a yes/no value; write 是/否, true/false, 1/0 or Y/N`,
  );
}

function parseLaborCapacity(cell: Cell): CellResult<LaborCapacity> {
  const upper = cell.text.toUpperCase();
  const found = LABOR_CAPACITIES.find((v) => v === upper || LABOR_CAPACITY_ZH[v] === cell.text);
  return found
    ? ok(found)
    : bad(
        `劳动能力“${cell.text}”无效，应为全部、部分或无`,
        `labour capacity "${cell.text}" is not one of 全部/部分/无 or FULL/PARTIAL/NONE`,
      );
}

function parseEducation(cell: Cell): CellResult<Education> {
  const upper = cell.text.toUpperCase();
  const found = EDUCATION_LEVELS.find((v) => v === upper || EDUCATION_ZH[v] === cell.text);
  return found
    ? ok(found)
    : bad(
        `文化程度“${cell.text}”无效，应为${Object.values(EDUCATION_ZH).join("、")}之一`,
        `education "${cell.text}" is not one of ${Object.values(EDUCATION_ZH).join("/")} or ${EDUCATION_LEVELS.join("/")}`,
      );
}

/**
 * An Excel date serial (1900 date system) as YYYY-MM-DD. Serial 1 is 1900-01-01; Excel counts a
 * non-existent 1900-02-29 (serial 60), so from serial 61 on the epoch is effectively 1899-12-30.
 */
function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60 || serial > 2958465) return null;
  const epoch = serial > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return isoFromUtcDate(new Date(epoch + serial * 86_400_000));
}

function parseDate(cell: Cell): CellResult<string> {
  if (cell.date) return ok(cell.text);
  if (cell.numeric) {
    const iso = excelSerialToIso(Number(cell.text));
    if (iso) return ok(iso);
  }
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(cell.text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(cell.text);
  if (m) {
    const iso = `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`;
    if (isIsoDate(iso)) return ok(iso);
  }
  return bad(
    `“${cell.text}”不是有效日期，请写成如2016-03-05`,
    `"${cell.text}" is not a valid date; write it like 2016-03-05`,
  );
}

function parseText(cell: Cell, max: number, what: { zh: string; en: string }): CellResult<string> {
  if (cell.text.length > max)
    return bad(`${what.zh}过长（最多${max}个字）`, `${what.en} is too long (at most ${max} characters)`);
  return ok(cell.text);
}

function parseIdCell(cell: Cell, today: string): CellResult<{ value: string; birthDate: string; sex: Sex }> {
  if (cell.numeric || /^\d+(\.\d+)?e\+?\d+$/i.test(cell.text)) {
    return bad(
      "身份证号被存成了数字，后几位已丢失；请将该列设置为文本格式后重新录入",
      "the ID number is stored as a number and has lost its last digits; set the column to text and re-enter it",
    );
  }
  const r = validateIdNumber(cell.text, { today });
  return r.ok ? ok({ value: r.value, birthDate: r.birthDate, sex: r.sex }) : bad(r.reasonZh, r.reasonEn);
}

// ---------------------------------------------------------------------------------------------
// The parse
// ---------------------------------------------------------------------------------------------

/** A row as far as its cells parsed. */
type RowDraft = { -readonly [K in keyof ImportRow]?: ImportRow[K] };

interface MappedColumn {
  index: number;
  header: string;
  column: RegisterColumn;
}

function mapHeader(grid: Grid, errors: ImportError[]): MappedColumn[] {
  const mapped: MappedColumn[] = [];
  const seen = new Map<RegisterColumnKey, MappedColumn>();
  const indices = [...grid.header.keys()].sort((a, b) => a - b);
  for (const index of indices) {
    const header = grid.header.get(index)?.text ?? "";
    if (header === "") {
      const hasData = grid.rows.some((r) => (r.cells.get(index)?.text ?? "") !== "");
      if (hasData) {
        errors.push({
          row: 1,
          column: columnLetter(index),
          reasonZh: `第${columnLetter(index)}列有数据但没有列名`,
          reasonEn: `column ${columnLetter(index)} has data but no header`,
        });
      }
      continue;
    }
    const column = COLUMN_BY_HEADER.get(normaliseHeader(header));
    if (!column) {
      errors.push({
        row: 1,
        column: header,
        reasonZh: `未知的列“${header}”；允许的列为：${REGISTER_COLUMNS.map((c) => c.zh).join("、")}`,
        reasonEn: `unknown column "${header}"; allowed columns are ${REGISTER_COLUMNS.map((c) => c.en).join(", ")} (or their Chinese names)`,
      });
      continue;
    }
    const earlier = seen.get(column.key);
    if (earlier) {
      errors.push({
        row: 1,
        column: header,
        reasonZh: `列“${header}”与第${columnLetter(earlier.index)}列“${earlier.header}”重复`,
        reasonEn: `column "${header}" repeats column ${columnLetter(earlier.index)} "${earlier.header}"`,
      });
      continue;
    }
    const m = { index, header, column };
    seen.set(column.key, m);
    mapped.push(m);
  }
  for (const column of REGISTER_COLUMNS) {
    if (column.required && !seen.has(column.key)) {
      errors.push({
        row: 1,
        column: column.zh,
        reasonZh: `缺少必填列“${column.zh}”`,
        reasonEn: `required column "${column.en}" (${column.zh}) is missing`,
      });
    }
  }
  return mapped;
}

function parseCell(key: RegisterColumnKey, cell: Cell, today: string, into: RowDraft): CellResult<unknown> {
  if (BOOLEAN_KEYS.has(key)) {
    const r = parseBoolean(cell);
    if (r.ok) (into as Record<string, unknown>)[key] = r.value;
    return r;
  }
  switch (key) {
    case "name": {
      if (/\d/.test(cell.text))
        return bad(`姓名“${cell.text}”含有数字`, `name "${cell.text}" contains digits`);
      const r = parseText(cell, 30, { zh: "姓名", en: "name" });
      if (r.ok) into.name = r.value;
      return r;
    }
    case "idNumber": {
      const r = parseIdCell(cell, today);
      if (r.ok) {
        into.idNumber = r.value.value;
        into.birthDate = r.value.birthDate;
        into.sex = r.value.sex;
      }
      return r;
    }
    case "phone": {
      const v = validatePhone(cell.text);
      if (!v.ok) return bad(v.reasonZh, v.reasonEn);
      into.phone = v.value;
      return ok(v.value);
    }
    case "townshipCode": {
      if (!/^\d{9}$/.test(cell.text)) {
        return bad(`镇街代码“${cell.text}”应为9位数字`, `township code "${cell.text}" must be 9 digits`);
      }
      into.townshipCode = cell.text;
      return ok(cell.text);
    }
    case "village": {
      const r = parseText(cell, 50, { zh: "村名", en: "village" });
      if (r.ok) into.village = r.value;
      return r;
    }
    case "householdKey": {
      const r = parseText(cell, 50, { zh: "户编号", en: "household key" });
      if (r.ok) into.householdKey = r.value;
      return r;
    }
    case "laborCapacity": {
      const r = parseLaborCapacity(cell);
      if (r.ok) into.laborCapacity = r.value;
      return r;
    }
    case "education": {
      const r = parseEducation(cell);
      if (r.ok) into.education = r.value;
      return r;
    }
    case "graduationDate": {
      const r = parseDate(cell);
      if (r.ok) into.graduationDate = r.value;
      return r;
    }
    case "registeredOn": {
      const r = parseDate(cell);
      if (!r.ok) return r;
      if (r.value > today) {
        return bad(
          `建档立卡日期${r.value}晚于今天(${today})`,
          `registration date ${r.value} is after today (${today})`,
        );
      }
      into.registeredOn = r.value;
      return r;
    }
    default:
      return ok(undefined);
  }
}

const DEFAULTS: Pick<
  ImportRow,
  | "phone"
  | "graduationDate"
  | "willingToWork"
  | "willingToTrain"
  | "entrepreneurshipCapacity"
  | "entrepreneurshipIntention"
  | "disabilityCertificate"
  | HouseholdFlagKey
> = {
  phone: null,
  graduationDate: null,
  willingToWork: false,
  willingToTrain: false,
  entrepreneurshipCapacity: false,
  entrepreneurshipIntention: false,
  disabilityCertificate: false,
  urbanZeroEmployment: false,
  ruralZeroTransferEmployment: false,
  minimumLivingGuarantee: false,
};

function isComplete(p: RowDraft): p is ImportRow {
  return (
    REGISTER_COLUMNS.every((c) => p[c.key] !== undefined) && p.birthDate !== undefined && p.sex !== undefined
  );
}

function fileKind(fileName: string, content: Buffer): "csv" | "xlsx" | "xls" | "unknown" {
  const ext = /\.([^.]+)$/.exec(fileName.trim().toLowerCase())?.[1] ?? "";
  if (ext === "csv" || ext === "txt") return "csv";
  if (ext === "xlsx") return "xlsx";
  if (ext === "xls") return "xls";
  // No useful extension: an .xlsx is a zip ("PK"), anything else is treated as text.
  if (content.subarray(0, 2).toString("latin1") === "PK") return "xlsx";
  return ext === "" ? "csv" : "unknown";
}

/**
 * Parse a register import file. `fileName` picks the format (.csv or .xlsx); `today` (YYYY-MM-DD,
 * default the Asia/Shanghai business date) bounds birth and registration dates.
 */
export async function parseRegisterFile(
  fileName: string,
  content: Buffer,
  options: { today?: string } = {},
): Promise<ParseResult> {
  const today = options.today ?? businessDate();
  const errors: ImportError[] = [];

  let grid: Grid;
  try {
    const kind = fileKind(fileName, content);
    if (kind === "xls" || kind === "unknown") {
      throw new FileLevelError(
        `不支持的文件类型“${fileName}”：请另存为.xlsx或.csv（UTF-8）后上传`,
        `unsupported file type "${fileName}": save it as .xlsx or .csv (UTF-8) and upload again`,
      );
    }
    grid = kind === "xlsx" ? await readXlsx(content) : readCsv(content);
  } catch (e) {
    if (e instanceof FileLevelError)
      return { rows: [], errors: [{ row: 1, column: "", reasonZh: e.reasonZh, reasonEn: e.reasonEn }] };
    throw e;
  }

  if ([...grid.header.values()].every((c) => c.text === "")) {
    return {
      rows: [],
      errors: [
        {
          row: 1,
          column: "",
          reasonZh: "第1行应为列名，但为空",
          reasonEn: "row 1 must hold the column headers but is empty",
        },
      ],
    };
  }

  const columns = mapHeader(grid, errors);
  const missingRequired = REGISTER_COLUMNS.some(
    (c) => c.required && !columns.some((m) => m.column.key === c.key),
  );
  const headerWidth = Math.max(0, ...grid.header.keys());

  const parsed: { row: number; values: RowDraft; clean: boolean }[] = [];
  for (const { row, cells } of grid.rows) {
    if ([...cells.values()].every((c) => c.text === "")) continue; // blank rows (trailing or not) are skipped

    const values: RowDraft = { row, ...DEFAULTS };
    let clean = !missingRequired;
    const error = (column: string, reasonZh: string, reasonEn: string): void => {
      errors.push({ row, column, reasonZh, reasonEn });
      clean = false;
    };

    for (const { index, header, column } of columns) {
      const cell = cells.get(index) ?? textCell("");
      if (cell.excelError) {
        error(
          header,
          `单元格为Excel错误值${cell.excelError}`,
          `the cell holds the Excel error ${cell.excelError}`,
        );
        continue;
      }
      if (cell.text === "") {
        if (column.required)
          error(header, `“${header}”为必填项，不能为空`, `"${header}" is required and is empty`);
        continue;
      }
      const r = parseCell(column.key, cell, today, values);
      if (!r.ok) error(header, r.reasonZh, r.reasonEn);
    }

    for (const [index, cell] of cells) {
      if (index > headerWidth && cell.text !== "") {
        const letter = columnLetter(index);
        error(letter, `第${letter}列有数据但没有列名`, `column ${letter} has data but no header`);
      }
    }

    const gradColumn = columns.find((c) => c.column.key === "graduationDate");
    if (
      values.birthDate &&
      values.graduationDate &&
      values.graduationDate <= values.birthDate &&
      gradColumn
    ) {
      error(
        gradColumn.header,
        `毕业日期${values.graduationDate}早于出生日期${values.birthDate}`,
        `graduation date ${values.graduationDate} is not after the birth date ${values.birthDate}`,
      );
    }
    const regColumn = columns.find((c) => c.column.key === "registeredOn");
    if (values.birthDate && values.registeredOn && values.registeredOn < values.birthDate && regColumn) {
      error(
        regColumn.header,
        `建档立卡日期${values.registeredOn}早于出生日期${values.birthDate}`,
        `registration date ${values.registeredOn} is before the birth date ${values.birthDate}`,
      );
    }

    parsed.push({ row, values, clean });
  }

  checkDuplicateIds(parsed, columns, errors);
  checkHouseholds(parsed, columns, errors);

  errors.sort((a, b) => a.row - b.row);
  const rows = parsed
    .filter((p) => p.clean)
    .map((p) => p.values)
    .filter(isComplete);
  return { rows, errors };
}

function headerOf(columns: MappedColumn[], key: RegisterColumnKey): string | undefined {
  return columns.find((c) => c.column.key === key)?.header;
}

function checkDuplicateIds(
  parsed: { row: number; values: RowDraft }[],
  columns: MappedColumn[],
  errors: ImportError[],
): void {
  const header = headerOf(columns, "idNumber");
  if (!header) return;
  const firstRow = new Map<string, number>();
  for (const { row, values } of parsed) {
    if (!values.idNumber) continue;
    const earlier = firstRow.get(values.idNumber);
    if (earlier === undefined) {
      firstRow.set(values.idNumber, row);
      continue;
    }
    errors.push({
      row,
      column: header,
      reasonZh: `身份证号与第${earlier}行重复`,
      reasonEn: `ID number duplicates row ${earlier}`,
    });
  }
}

function checkHouseholds(
  parsed: { row: number; values: RowDraft }[],
  columns: MappedColumn[],
  errors: ImportError[],
): void {
  const households = new Map<string, { row: number; values: RowDraft }[]>();
  for (const p of parsed) {
    if (p.values.householdKey === undefined) continue;
    const members = households.get(p.values.householdKey) ?? [];
    members.push(p);
    households.set(p.values.householdKey, members);
  }

  const headHeader = headerOf(columns, "isHead");
  for (const [key, members] of households) {
    const first = members[0];
    if (!first) continue;

    if (headHeader) {
      const heads = members.filter((m) => m.values.isHead === true);
      // Only call a household headless when every member's 是否户主 cell was readable.
      if (heads.length === 0 && members.every((m) => m.values.isHead !== undefined)) {
        errors.push({
          row: first.row,
          column: headHeader,
          reasonZh: `户“${key}”没有户主（第${members.map((m) => m.row).join("、")}行），每户须恰好一名户主`,
          reasonEn: `household "${key}" has no head (rows ${members.map((m) => m.row).join(", ")}); each household needs exactly one`,
        });
      }
      const [firstHead, ...extraHeads] = heads;
      for (const extra of extraHeads) {
        errors.push({
          row: extra.row,
          column: headHeader,
          reasonZh: `户“${key}”已有户主（第${firstHead?.row}行），每户只能有一名户主`,
          reasonEn: `household "${key}" already has a head at row ${firstHead?.row}; each household has exactly one`,
        });
      }
    }

    for (const flag of HOUSEHOLD_FLAG_KEYS) {
      const header = headerOf(columns, flag);
      if (!header) continue;
      const reference = members.find((m) => m.values[flag] !== undefined);
      if (!reference) continue;
      const expected = reference.values[flag];
      for (const m of members) {
        if (m === reference || m.values[flag] === undefined || m.values[flag] === expected) continue;
        errors.push({
          row: m.row,
          column: header,
          reasonZh: `同户（户编号“${key}”）的“${header}”须一致：本行为${m.values[flag] ? "是" : "否"}，第${reference.row}行为${expected ? "是" : "否"}`,
          reasonEn: `"${header}" is a household flag and must match across household "${key}": this row says ${m.values[flag]}, row ${reference.row} says ${expected}`,
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Template
// ---------------------------------------------------------------------------------------------

const TEXT_COLUMNS = new Set<RegisterColumnKey>(["idNumber", "phone", "townshipCode", "householdKey"]);
const DATE_COLUMNS = new Set<RegisterColumnKey>(["graduationDate", "registeredOn"]);

/**
 * An empty import template: sheet 1 holds the Chinese headers (ID, phone and code columns formatted
 * as text so Excel keeps every digit); sheet 2 explains each column.
 */
export async function writeRegisterTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "registry";
  const sheet = workbook.addWorksheet("建档立卡人员", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({
    header: c.zh,
    key: c.key,
    width: Math.max(10, c.zh.length * 2 + 4, c.key === "idNumber" ? 22 : 0),
    style: TEXT_COLUMNS.has(c.key)
      ? { numFmt: "@" }
      : DATE_COLUMNS.has(c.key)
        ? { numFmt: "yyyy-mm-dd" }
        : {},
  }));
  sheet.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet("填写说明");
  help.columns = [
    { header: "列名", key: "zh", width: 24 },
    { header: "英文列名", key: "en", width: 28 },
    { header: "必填", key: "required", width: 8 },
    { header: "填写说明", key: "hint", width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of REGISTER_COLUMNS)
    help.addRow({ zh: c.zh, en: c.en, required: c.required ? "是" : "否", hint: c.hintZh });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
