/** Reading an import file (CSV or .xlsx) into a grid of normalised cells. */
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";

/** One cell, normalised to text, remembering what Excel had stored. */
export interface Cell {
  text: string;
  /** The cell was a number in Excel (IDs lose precision; dates may be serials). */
  numeric: boolean;
  /** The cell was an Excel date: `text` is already YYYY-MM-DD. */
  date: boolean;
  /** The cell holds an Excel error value such as #N/A. */
  excelError: string | null;
}

export interface Grid {
  header: Map<number, Cell>;
  rows: { row: number; cells: Map<number, Cell> }[];
}

export const textCell = (text: string): Cell => ({
  text: text.trim(),
  numeric: false,
  date: false,
  excelError: null,
});

export class FileLevelError extends Error {
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

export function readCsv(content: Buffer): Grid {
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

export function isoFromUtcDate(d: Date): string {
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

export async function readXlsx(content: Buffer): Promise<Grid> {
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

export function fileKind(fileName: string, content: Buffer): "csv" | "xlsx" | "xls" | "unknown" {
  const ext = /\.([^.]+)$/.exec(fileName.trim().toLowerCase())?.[1] ?? "";
  if (ext === "csv" || ext === "txt") return "csv";
  if (ext === "xlsx") return "xlsx";
  if (ext === "xls") return "xls";
  // No useful extension: an .xlsx is a zip ("PK"), anything else is treated as text.
  if (content.subarray(0, 2).toString("latin1") === "PK") return "xlsx";
  return ext === "" ? "csv" : "unknown";
}
