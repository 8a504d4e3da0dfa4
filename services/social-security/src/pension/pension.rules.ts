import { ageOn, isLeapYear } from "@pa/service-kit/dates";
import { latestOnOrBefore } from "@pa/service-kit";
import { PensionStatus } from "./pension.enums";

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
 * 待遇开始日期 Benefits start on the first day of the month `monthsAfter` months after the month the
 * person turns 60 (the pension version's `benefitStartsMonthsAfter60`; 1 is the month after). The
 * date follows the facts: a person found late (an event that arrived after the birthday, a service
 * that was down) starts on the same day as one found on time.
 */
export function benefitStartsOn(turned60On: string, monthsAfter: number): string {
  const [y, m] = turned60On.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + monthsAfter;
  const month = String((index % 12) + 1).padStart(2, "0");
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${month}-01`;
}

/** The ledger's facts of a person (the local projection's). */
export interface PensionPerson {
  personId: string;
  townshipCode: string;
  birthDate: string;
  registeredOn: string;
}

/** A pension policy version as the ledger needs it. */
export interface PensionVersionFacts {
  id: string;
  validFrom: string;
  parameters: { backPaymentFen: number; monthlyBenefitFen: number; benefitStartsMonthsAfter60: number };
}

/** What the ledger records for one person (everything but the row's bookkeeping). */
export interface PensionEntryFacts {
  personId: string;
  townshipCode: string;
  birthDate: string;
  turned60On: string;
  foundOn: string;
  status: PensionStatus.PENDING | PensionStatus.DRAWING;
  backPaymentFen: number;
  monthlyBenefitFen: number;
  benefitStartsOn: string;
  policyVersionId: string;
}

/**
 * 入册 The ledger entry of a person aged 60 or over on `foundOn` (R-SS-3), or null when no pension
 * version applies. `versions` are the adopted pension versions, oldest first.
 *
 * The programme takes a person in on the later of their registration (建档立卡) and the first
 * pension version's `validFrom` (the plan's start):
 * - turned 60 on or after that day — newly reaching 60 within the programme: PENDING, owing the
 *   back-payment (一次性补缴) of the version in force on the 60th birthday, with that version's
 *   benefit, starting as its `benefitStartsMonthsAfter60` says;
 * - turned 60 before it — already of pension age, so already drawing the resident pension: DRAWING,
 *   nothing to back-pay or claim, the benefit of the version in force the day the programme took
 *   them in, and that day as the day the ledger's benefit begins.
 */
export function pensionEntryFor(
  p: PensionPerson,
  foundOn: string,
  versions: readonly PensionVersionFacts[],
): PensionEntryFacts | null {
  const planStart = versions[0]?.validFrom;
  if (!planStart || !isPensionAge(p.birthDate, foundOn)) return null;
  const takenIn = p.registeredOn > planStart ? p.registeredOn : planStart;
  const turned60On = turns60On(p.birthDate);
  const drawing = turned60On < takenIn;
  const version = latestOnOrBefore(versions, drawing ? takenIn : turned60On);
  if (!version) return null;
  const params = version.parameters;
  return {
    personId: p.personId,
    townshipCode: p.townshipCode,
    birthDate: p.birthDate,
    turned60On,
    foundOn,
    status: drawing ? PensionStatus.DRAWING : PensionStatus.PENDING,
    backPaymentFen: drawing ? 0 : params.backPaymentFen,
    monthlyBenefitFen: params.monthlyBenefitFen,
    benefitStartsOn: drawing ? takenIn : benefitStartsOn(turned60On, params.benefitStartsMonthsAfter60),
    policyVersionId: version.id,
  };
}

/** Whole days from `a` to `b` (business dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` days before `date`. */
export function minusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
