import { SubsidyState } from "./enrolment.enums";

/** The state of a subsidy on `asOf`. Pure; the screening run and the ledger both use it. */
export function subsidyState(
  s: { standardFen: number; paidFen: number; paidOn?: string | null; dueOn: string },
  asOf: string,
): SubsidyState {
  if (s.paidFen >= s.standardFen && s.paidOn)
    return s.paidOn <= s.dueOn ? SubsidyState.ON_TIME_IN_FULL : SubsidyState.LATE;
  if (asOf <= s.dueOn) return SubsidyState.NOT_YET_DUE;
  return s.paidFen === 0 ? SubsidyState.UNPAID : SubsidyState.SHORT;
}

export function onTimeAndInFull(s: {
  standardFen: number;
  paidFen: number;
  paidOn?: string | null;
  dueOn: string;
}): boolean {
  return s.paidFen === s.standardFen && !!s.paidOn && s.paidOn <= s.dueOn;
}

/**
 * 补贴年度 The scheme years a person is subsidised for, up to `upToYear`: from the year of their
 * registration (建档立卡), but not before `firstYear` (the first year a policy version exists).
 */
export function subsidyYears(registeredOn: string, firstYear: number, upToYear: number): number[] {
  const years: number[] = [];
  for (let y = Math.max(Number(registeredOn.slice(0, 4)), firstYear); y <= upToYear; y++) years.push(y);
  return years;
}

/**
 * 应到账日期 When a scheme year's subsidy must have arrived (R-SS-1): the policy's month-day of that
 * year; in the year the person was registered, no earlier than `dueDaysAfterRegistration` days after
 * the registration (someone registered on 1 June cannot be late for a 31 March deadline).
 */
export function dueOnOf(
  year: number,
  standard: { dueMonthDay: string; dueDaysAfterRegistration: number },
  registeredOn: string,
): string {
  const yearly = `${year}-${standard.dueMonthDay}`;
  if (Number(registeredOn.slice(0, 4)) !== year) return yearly;
  const afterRegistration = new Date(
    Date.parse(`${registeredOn}T00:00:00Z`) + standard.dueDaysAfterRegistration * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  return afterRegistration > yearly ? afterRegistration : yearly;
}
