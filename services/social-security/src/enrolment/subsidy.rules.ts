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

export function dueOnOf(year: number, dueMonthDay: string): string {
  return `${year}-${dueMonthDay}`;
}
