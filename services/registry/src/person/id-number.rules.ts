/**
 * 身份证号、手机号与年龄规则 — resident ID numbers (GB 11643-1999), phone numbers, ages.
 *
 * Pure functions: no I/O. The one clock read is `businessDate()`'s default argument, and every
 * function that needs "today" accepts it as a parameter so callers and tests can pin it.
 */

import { businessDate, isIsoDate } from "@pa/service-kit/dates";

export type Sex = "MALE" | "FEMALE";

/** Why a value was refused, in both languages (the clerk reads Chinese, logs and tests read English). */
export interface RuleFailure<Code extends string = string> {
  ok: false;
  code: Code;
  reasonZh: string;
  reasonEn: string;
}

export type IdNumberFailureCode =
  | "LENGTH"
  | "NON_DIGIT"
  | "IMPOSSIBLE_BIRTH_DATE"
  | "BIRTH_DATE_TOO_EARLY"
  | "FUTURE_BIRTH_DATE"
  | "CHECK_DIGIT";

export interface IdNumberOk {
  ok: true;
  /** Normalised: trimmed, trailing x uppercased. */
  value: string;
  /** YYYY-MM-DD, from characters 7–14. */
  birthDate: string;
  /** From the 17th digit: odd = male. */
  sex: Sex;
  /** The first six digits (administrative division code at issue). */
  regionCode: string;
}

export type IdNumberResult = IdNumberOk | RuleFailure<IdNumberFailureCode>;

export type PhoneKind = "MOBILE" | "LANDLINE";
export type PhoneFailureCode = "EMPTY" | "FORMAT";
export type PhoneResult = { ok: true; value: string; kind: PhoneKind } | RuleFailure<PhoneFailureCode>;

export const ID_NUMBER_LENGTH = 18;
/** ISO 7064 MOD 11-2 weights for positions 1–17 (GB 11643-1999 §7). */
export const ID_CHECK_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character indexed by (weighted sum mod 11). */
export const ID_CHECK_CHARS = "10X98765432";
/** Earliest birth date accepted on an ID number. */
export const EARLIEST_BIRTH_DATE = "1900-01-01";

function fail<Code extends string>(code: Code, reasonZh: string, reasonEn: string): RuleFailure<Code> {
  return { ok: false, code, reasonZh, reasonEn };
}

/**
 * The GB 11643 check character for the first 17 digits (ISO 7064 MOD 11-2).
 * @throws RangeError unless `first17` is exactly 17 ASCII digits.
 */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17))
    throw new RangeError(`idCheckDigit needs exactly 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_CHECK_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS.charAt(sum % 11);
}

/**
 * Validate a resident ID number (公民身份号码, GB 11643-1999, 18 characters).
 *
 * Checks, in order, each with its own reason: length, characters (17 digits then a digit or X),
 * birth date is a real date, not before 1900-01-01, not after today in Asia/Shanghai, check digit.
 */
export function validateIdNumber(raw: string, options: { today?: string } = {}): IdNumberResult {
  const value = raw.trim().replace(/x$/, "X");
  if (value.length !== ID_NUMBER_LENGTH) {
    return fail(
      "LENGTH",
      `身份证号应为18位，实际为${value.length}位`,
      `ID number must be 18 characters, got ${value.length}`,
    );
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail(
      "NON_DIGIT",
      "身份证号前17位须为数字，第18位须为数字或X",
      "ID number must be 17 digits followed by a digit or X",
    );
  }

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) {
    return fail(
      "IMPOSSIBLE_BIRTH_DATE",
      `身份证号中的出生日期${value.slice(6, 14)}不是有效日期`,
      `birth date ${value.slice(6, 14)} in the ID number is not a real calendar date`,
    );
  }
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return fail(
      "BIRTH_DATE_TOO_EARLY",
      `身份证号中的出生日期${birthDate}早于1900年1月1日`,
      `birth date ${birthDate} in the ID number is before 1900-01-01`,
    );
  }
  const today = options.today ?? businessDate();
  if (birthDate > today) {
    return fail(
      "FUTURE_BIRTH_DATE",
      `身份证号中的出生日期${birthDate}晚于今天(${today})`,
      `birth date ${birthDate} in the ID number is after today (${today})`,
    );
  }

  const expected = idCheckDigit(value.slice(0, 17));
  const actual = value.charAt(17);
  if (actual !== expected) {
    return fail(
      "CHECK_DIGIT",
      `身份证号校验码错误：第18位应为${expected}，实际为${actual}`,
      `ID number check digit is wrong: expected ${expected}, got ${actual}`,
    );
  }

  return {
    ok: true,
    value,
    birthDate,
    sex: Number(value.charAt(16)) % 2 === 1 ? "MALE" : "FEMALE",
    regionCode: value.slice(0, 6),
  };
}

/**
 * Mask an ID number for display: first 6 and last 4 shown, the 8 between as `*`
 * (110105********123X). Anything that is not 18 characters keeps only its last 4.
 */
export function maskIdNumber(id: string): string {
  const value = id.trim();
  if (value.length === ID_NUMBER_LENGTH) return `${value.slice(0, 6)}********${value.slice(14)}`;
  return maskAllButLast4(value);
}

/** Mask a phone number: 11-digit mobiles keep the first 3 and last 4 (138****8000); others keep the last 4. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  return maskAllButLast4(value);
}

function maskAllButLast4(value: string): string {
  if (value.length <= 4) return "*".repeat(value.length);
  return "*".repeat(value.length - 4) + value.slice(-4);
}

/**
 * Validate a phone number: a mainland mobile (11 digits, 1[3-9]…; spaces, hyphens and a leading
 * +86 are removed) or a landline with area code and hyphen (0531-12345678, 010-12345678).
 */
export function validatePhone(raw: string): PhoneResult {
  const trimmed = raw.trim();
  if (trimmed === "") return fail("EMPTY", "手机号为空", "phone number is empty");

  const landline = /^(0\d{2,3})[-－](\d{7,8})$/.exec(trimmed);
  if (landline) return { ok: true, value: `${landline[1]}-${landline[2]}`, kind: "LANDLINE" };

  const compact = trimmed.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  if (/^1[3-9]\d{9}$/.test(compact)) return { ok: true, value: compact, kind: "MOBILE" };

  return fail(
    "FORMAT",
    `电话号码“${trimmed}”格式不正确：手机号应为1开头的11位数字（第二位3-9），固定电话应如0531-12345678`,
    `phone number "${trimmed}" is not valid: a mobile is 11 digits starting 1[3-9], a landline looks like 0531-12345678`,
  );
}
