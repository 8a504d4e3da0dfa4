import type { EntityManager, EntityName, FilterQuery, FindOptions, Loaded } from "@mikro-orm/core";
import ExcelJS from "exceljs";
import { isIsoDate } from "../dates";
import { badInput, type BadUserInputError } from "../errors";
import { groupThousands, yuanNumber } from "../money";

/**
 * 台账 Ledgers are spreadsheet downloads (ARCHITECTURE.md, "The graph"). One writer for every
 * service, so every ledger reads the same way: Chinese headers in a frozen bold first row, numbers
 * as numbers, dates as dates, money in yuan with a number format.
 */

/** Rows a ledger holds unless its definition says otherwise. */
export const DEFAULT_LEDGER_MAX_ROWS = 100_000;

/** The number format of money cells (yuan, two decimals, thousands separators). */
export const YUAN_NUMBER_FORMAT = "¥#,##0.00";
/** The number format of date cells. */
export const DATE_NUMBER_FORMAT = "yyyy-mm-dd";
/** The number format of integer cells. */
export const INTEGER_NUMBER_FORMAT = "0";

interface ColumnBase<T, V> {
  /** 中文表头 The header clerks read. */
  header: string;
  /** Width in characters; by default wide enough for the header. */
  width?: number;
  /** The cell of one row; `index` counts from 0 (for 序号). null/undefined leaves the cell empty. */
  value: (row: T, index: number) => V | null | undefined;
}

/**
 * One column of a ledger, typed by what its cells hold:
 * - `text`: a string cell (codes and ids stay text, so Excel keeps leading zeros);
 * - `integer`: a number cell, format `0`;
 * - `date`: a business date `YYYY-MM-DD`, written as a real Excel date, format `yyyy-mm-dd`;
 * - `money`: integer fen, written as a yuan number, format `¥#,##0.00`;
 * - `boolean`: 是 / 否.
 */
export type LedgerColumn<T> =
  | (ColumnBase<T, string> & { type: "text" })
  | (ColumnBase<T, number> & { type: "integer" })
  | (ColumnBase<T, string | Date> & { type: "date" })
  | (ColumnBase<T, number> & { type: "money" })
  | (ColumnBase<T, boolean> & { type: "boolean" });

/** What a ledger is: its sheet, its columns and the most rows one export may hold. */
export interface LedgerDefinition<T> {
  /** Sheet name (Excel allows at most 31 characters). */
  sheetName: string;
  columns: readonly LedgerColumn<T>[];
  /** An export over this many rows is refused (default `DEFAULT_LEDGER_MAX_ROWS`). */
  maxRows?: number;
  /** The workbook's author property, e.g. the service name. */
  creator?: string;
}

/** A defined ledger: checks the row count and writes the workbook. */
export interface Ledger<T> {
  readonly sheetName: string;
  readonly maxRows: number;
  /**
   * Refuses an export of `rows` rows over the limit with `BAD_USER_INPUT` on `field` (the
   * argument that narrows it, default `filter`) instead of cutting the ledger short.
   */
  assertRowCount(rows: number, field?: string): void;
  /** The .xlsx file (a Buffer, so an HTTP download can stream it). */
  write(rows: readonly T[]): Promise<Buffer>;
  /** The .xlsx file in Base64, for GraphQL fields (GraphQL carries no bytes). */
  writeBase64(rows: readonly T[]): Promise<string>;
}

/** The refusal of an export over its row limit (bilingual, `BAD_USER_INPUT`). */
export function ledgerTooLarge(rows: number, maxRows: number, field = "filter"): BadUserInputError {
  const n = groupThousands(maxRows);
  return badInput(field, {
    zh: `导出行数（${groupThousands(rows)}行）超过上限 ${n} 行，请缩小筛选范围`,
    en: `the export would have ${groupThousands(rows)} rows, more than the limit of ${n}; narrow the filters`,
  });
}

const FORMATS: Record<LedgerColumn<unknown>["type"], string | undefined> = {
  text: "@",
  integer: INTEGER_NUMBER_FORMAT,
  date: DATE_NUMBER_FORMAT,
  money: YUAN_NUMBER_FORMAT,
  boolean: undefined,
};

function excelDate(value: string | Date, header: string): Date {
  if (value instanceof Date) return value;
  if (!isIsoDate(value)) throw new RangeError(`ledger column ${header}: not a date YYYY-MM-DD: ${value}`);
  // exceljs turns a Date into a serial day from its UTC time: UTC midnight is the calendar day.
  return new Date(`${value}T00:00:00.000Z`);
}

function cellValue<T>(column: LedgerColumn<T>, row: T, index: number): ExcelJS.CellValue {
  switch (column.type) {
    case "text":
      return column.value(row, index) ?? null;
    case "integer": {
      const v = column.value(row, index);
      if (v == null) return null;
      if (!Number.isSafeInteger(v))
        throw new RangeError(`ledger column ${column.header}: not an integer: ${v}`);
      return v;
    }
    case "date": {
      const v = column.value(row, index);
      return v == null || v === "" ? null : excelDate(v, column.header);
    }
    case "money": {
      const v = column.value(row, index);
      return v == null ? null : yuanNumber(v);
    }
    case "boolean": {
      const v = column.value(row, index);
      return v == null ? null : v ? "是" : "否";
    }
  }
}

/** Header width: CJK characters take two columns. */
function defaultWidth(header: string): number {
  let w = 0;
  for (const ch of header) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return Math.max(10, w + 4);
}

/** Defines a ledger once (usually in the aggregate's `*.export.ts`); write it per request. */
export function defineLedger<T>(def: LedgerDefinition<T>): Ledger<T> {
  const maxRows = def.maxRows ?? DEFAULT_LEDGER_MAX_ROWS;
  const ledger: Ledger<T> = {
    sheetName: def.sheetName,
    maxRows,
    assertRowCount(rows, field) {
      if (rows > maxRows) throw ledgerTooLarge(rows, maxRows, field);
    },
    async write(rows) {
      ledger.assertRowCount(rows.length);
      const workbook = new ExcelJS.Workbook();
      if (def.creator) workbook.creator = def.creator;
      const sheet = workbook.addWorksheet(def.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.columns = def.columns.map((c, i) => {
        const numFmt = FORMATS[c.type];
        return {
          header: c.header,
          key: `c${i}`,
          width: c.width ?? defaultWidth(c.header),
          ...(numFmt ? { style: { numFmt } } : {}),
        };
      });
      const header = sheet.getRow(1);
      header.font = { bold: true };
      // The header is text whatever its column holds.
      header.eachCell((cell) => {
        cell.numFmt = "@";
      });
      rows.forEach((row, index) => {
        sheet.addRow(def.columns.map((c) => cellValue(c, row, index)));
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
    async writeBase64(rows) {
      return toBase64(await ledger.write(rows));
    },
  };
  return ledger;
}

/** Base64 of a file, for today's GraphQL string fields. */
export function toBase64(file: Buffer): string {
  return file.toString("base64");
}

/**
 * The rows of an export from one entity: counts first and refuses an export over the ledger's
 * limit (never a silently shortened ledger), then reads at most limit + 1 rows, so rows written
 * between the count and the read cannot slip past the limit either.
 */
export async function findLedgerRows<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  orderBy: FindOptions<E>["orderBy"],
  ledger: Pick<Ledger<unknown>, "assertRowCount" | "maxRows">,
  field = "filter",
): Promise<Loaded<E>[]> {
  ledger.assertRowCount(await em.count(entity, where), field);
  const rows = (await em.find(entity, where, { orderBy, limit: ledger.maxRows + 1 })) as Loaded<E>[];
  ledger.assertRowCount(rows.length, field);
  return rows;
}

/**
 * Reads a workbook back (a Buffer, or Base64 as the GraphQL fields carry it): for specs that check
 * what a clerk will see, and for uploads.
 */
export async function readWorkbook(file: Buffer | string): Promise<ExcelJS.Workbook> {
  const bytes = typeof file === "string" ? Buffer.from(file, "base64") : file;
  const workbook = new ExcelJS.Workbook();
  // exceljs's typing wants an ArrayBuffer; it reads Node Buffers as well.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** What one entity-backed export reads: the rows `where` selects, in `orderBy` order. */
export interface LedgerQuery<E extends object> {
  entity: EntityName<E>;
  where: FilterQuery<E>;
  orderBy: FindOptions<E>["orderBy"];
  /** The argument that narrows the export, named in the refusal (default `filter`). */
  field?: string;
}

/** An entity-backed ledger in one call: `findLedgerRows`, then the workbook as Base64. */
export async function exportLedgerBase64<E extends object>(
  em: EntityManager,
  ledger: Ledger<E>,
  query: LedgerQuery<E>,
): Promise<string> {
  const rows = await findLedgerRows(em, query.entity, query.where, query.orderBy, ledger, query.field);
  return ledger.writeBase64(rows);
}
