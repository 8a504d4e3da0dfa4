import { registerEnumType } from "type-graphql";

/** 到账情况 Where a subsidy stands on a date (R-SS-1: 及时足额到账). */
export enum SubsidyState {
  ON_TIME_IN_FULL = "ON_TIME_IN_FULL",
  NOT_YET_DUE = "NOT_YET_DUE",
  UNPAID = "UNPAID",
  SHORT = "SHORT",
  LATE = "LATE",
}
registerEnumType(SubsidyState, {
  name: "SubsidyState",
  description: "补贴到账情况 Subsidy state",
  valuesConfig: {
    ON_TIME_IN_FULL: { description: "及时足额到账 Paid in full by the due date" },
    NOT_YET_DUE: { description: "未到期 Not yet fully paid, not yet due" },
    UNPAID: { description: "逾期未到账 Due date passed, nothing paid" },
    SHORT: { description: "未足额 Due date passed, paid less than the standard" },
    LATE: { description: "逾期到账 Paid in full after the due date" },
  },
});

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
