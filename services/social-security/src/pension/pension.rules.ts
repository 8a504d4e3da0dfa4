import { ageOn, isLeapYear } from "@pa/service-kit/dates";

/** 60周岁 The age from which the resident pension is paid (R-SS-3). */
export const PENSION_AGE = 60;

/**
 * The day a person turns 60, by the kit's `ageOn` rule: the birthday itself counts; someone born on
 * 29 February turns 60 on 1 March when the 60th year is a common year.
 */
export function turns60On(birthDate: string): string {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const year = y + PENSION_AGE;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-03-01`;
  return `${String(year).padStart(4, "0")}${birthDate.slice(4)}`;
}

export function isPensionAge(birthDate: string, on: string): boolean {
  return ageOn(birthDate, on) >= PENSION_AGE;
}

/**
 * 待遇开始日期 Benefits start on the first day of the month after the person turns 60 — or, for
 * someone already older when first found, the month after the run date: benefits are not paid
 * retroactively for months before the person was on the ledger.
 */
export function benefitStartsOn(turned60On: string, foundOn: string): string {
  const from = turned60On > foundOn ? turned60On : foundOn;
  const [y, m] = from.split("-").map(Number) as [number, number];
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return `${next.y}-${String(next.m).padStart(2, "0")}-01`;
}

/** Whole days from `a` to `b` (business dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` days before `date`. */
export function minusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
