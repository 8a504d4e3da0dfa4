/**
 * 建档立卡人员导入文件解析 — parse a register import file (CSV or .xlsx) into typed rows.
 *
 * Pure apart from decoding the bytes it is given: no database, no clock unless `today` is omitted.
 * The contract: `rows` holds every data row whose own cells parsed; the file may be imported only
 * when `errors` is empty (cross-row errors — duplicate ID numbers, household heads, household
 * flags — do not remove rows from `rows`).
 */
import { businessDate } from "@pa/service-kit/dates";
import { DEFAULTS, isComplete, parseCell, type RowDraft } from "./import.cells";
import {
  COLUMN_BY_HEADER,
  HOUSEHOLD_FLAG_KEYS,
  REGISTER_COLUMNS,
  REPORT_HEADERS,
  TOWNSHIP_KEYS,
  normaliseHeader,
  type ImportRow,
  type RegisterColumn,
  type RegisterColumnKey,
} from "./import.columns";
import {
  FileLevelError,
  columnLetter,
  fileKind,
  readCsv,
  readXlsx,
  textCell,
  type Grid,
} from "./import.grid";

export interface ImportError {
  /** 1-based spreadsheet row; the header is row 1. */
  row: number;
  /** The column's header as written in the file (or the canonical Chinese name when it is missing). */
  column: string;
  reasonZh: string;
  reasonEn: string;
}

/** One data row as read: its values as far as they parsed, and its cells' text by file column. */
export interface ImportRecord {
  row: number;
  values: RowDraft;
  /** The text of each cell, in the order of {@link ParseResult.headers}. */
  cells: string[];
}

export interface ParseResult {
  /** The rows whose every cell parsed (cross-row problems may still be reported against them). */
  rows: ImportRow[];
  errors: ImportError[];
  /** Data rows read (blank rows skipped), good and bad alike. */
  rowCount: number;
  /** Every data row read, including those with problems, so later checks can report on all of them. */
  records: ImportRecord[];
  /** The file's header row, in column order (for handing rejected rows back in the same layout). */
  headers: string[];
  /** The header each mapped column has in this file (Chinese or English). */
  columnHeaders: Partial<Record<RegisterColumnKey, string>>;
}

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
    // 原行号 / 问题: the columns of a rejected-rows sheet, handed back to be corrected and re-imported.
    if (REPORT_HEADERS.has(normaliseHeader(header))) continue;
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
  if (!TOWNSHIP_KEYS.some((k) => seen.has(k))) {
    errors.push({
      row: 1,
      column: "镇街代码",
      reasonZh: "缺少列“镇街代码”或“镇街名称”（至少一列）",
      reasonEn: 'the file needs a "townshipCode" (镇街代码) or a "townshipName" (镇街名称) column',
    });
  }
  return mapped;
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
      return {
        ...EMPTY,
        errors: [{ row: 1, column: "", reasonZh: e.reasonZh, reasonEn: e.reasonEn }],
      };
    throw e;
  }

  if ([...grid.header.values()].every((c) => c.text === "")) {
    return {
      ...EMPTY,
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
  const missingRequired =
    REGISTER_COLUMNS.some((c) => c.required && !columns.some((m) => m.column.key === c.key)) ||
    !columns.some((m) => (TOWNSHIP_KEYS as readonly string[]).includes(m.column.key));
  const headerWidth = Math.max(0, ...grid.header.keys());
  const townshipColumns = columns.filter((m) => (TOWNSHIP_KEYS as readonly string[]).includes(m.column.key));
  const width = Math.max(headerWidth, ...grid.rows.map((r) => Math.max(0, ...r.cells.keys())));
  const headers = Array.from({ length: width }, (_, i) => grid.header.get(i + 1)?.text ?? "");

  const parsed: { row: number; values: RowDraft; clean: boolean; cells: string[] }[] = [];
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

    if (townshipColumns.length > 0 && townshipColumns.every((m) => (cells.get(m.index)?.text ?? "") === "")) {
      error(
        townshipColumns[0]!.header,
        "镇街代码和镇街名称至少填写一项",
        "give the township code or the township name",
      );
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

    parsed.push({
      row,
      values,
      clean,
      cells: headers.map((_, i) => cells.get(i + 1)?.text ?? ""),
    });
  }

  checkDuplicateIds(parsed, columns, errors);
  checkHouseholds(parsed, columns, errors);

  errors.sort((a, b) => a.row - b.row);
  const rows = parsed
    .filter((p) => p.clean)
    .map((p) => p.values)
    .filter(isComplete);
  return {
    rows,
    errors,
    rowCount: parsed.length,
    records: parsed.map(({ row, values, cells }) => ({ row, values, cells })),
    headers,
    columnHeaders: Object.fromEntries(columns.map((m) => [m.column.key, m.header])),
  };
}

const EMPTY: ParseResult = { rows: [], errors: [], rowCount: 0, records: [], headers: [], columnHeaders: {} };

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
