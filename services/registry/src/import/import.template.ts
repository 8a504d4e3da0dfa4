/** 导入模板 The empty register import template a clerk downloads and fills in. */
import ExcelJS from "exceljs";
import { REGISTER_COLUMNS, type RegisterColumnKey } from "./import.columns";

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
