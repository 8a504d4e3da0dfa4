/** Parsing one cell of a register import row into its typed value, with the reason when it cannot. */
import { isIsoDate } from "@pa/service-kit/dates";
import { validateIdNumber, validatePhone, type Sex } from "../person/id-number.rules";
import {
  BOOLEAN_KEYS,
  EDUCATION_LEVELS,
  EDUCATION_ZH,
  LABOR_CAPACITIES,
  LABOR_CAPACITY_ZH,
  REGISTER_COLUMNS,
  type Education,
  type HouseholdFlagKey,
  type ImportRow,
  type LaborCapacity,
  type RegisterColumnKey,
} from "./import.columns";
import { isoFromUtcDate, type Cell } from "./import.grid";

const TRUE_WORDS = new Set(["是", "true", "1", "y", "yes"]);
const FALSE_WORDS = new Set(["否", "false", "0", "n", "no"]);

export type CellResult<T> = { ok: true; value: T } | { ok: false; reasonZh: string; reasonEn: string };
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

/** A row as far as its cells parsed. */
export type RowDraft = { -readonly [K in keyof ImportRow]?: ImportRow[K] };

export function parseCell(
  key: RegisterColumnKey,
  cell: Cell,
  today: string,
  into: RowDraft,
): CellResult<unknown> {
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
    case "townshipName": {
      const r = parseText(cell, 50, { zh: "镇街名称", en: "township name" });
      if (r.ok) into.townshipName = r.value;
      return r;
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

export const DEFAULTS: Pick<
  ImportRow,
  | "phone"
  | "townshipCode"
  | "townshipName"
  | "graduationDate"
  | "willingToWork"
  | "willingToTrain"
  | "entrepreneurshipCapacity"
  | "entrepreneurshipIntention"
  | "disabilityCertificate"
  | HouseholdFlagKey
> = {
  phone: null,
  townshipCode: null,
  townshipName: null,
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

export function isComplete(p: RowDraft): p is ImportRow {
  return (
    REGISTER_COLUMNS.every((c) => p[c.key] !== undefined) && p.birthDate !== undefined && p.sex !== undefined
  );
}
