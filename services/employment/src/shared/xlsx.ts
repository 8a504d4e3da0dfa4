import ExcelJS from "exceljs";

export interface XlsxColumn<T> {
  /** 中文表头 The column header clerks read (Chinese). */
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** One sheet with Chinese headers, frozen header row, returned as Base64 (GraphQL carries no bytes). */
export async function xlsxBase64<T>(sheetName: string, columns: XlsxColumn<T>[], rows: T[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "employment";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width ?? Math.max(10, c.header.length * 2 + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row) ?? null])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

/** Fen as yuan with two decimals for a spreadsheet cell (display only; stored values stay fen). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
