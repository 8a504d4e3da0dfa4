/** 挂名领报酬 is refused: a month's allowance is due only when a work log records days worked. */
export function allowanceDue(monthlyAllowanceFen: number, daysWorked: number | null | undefined): number {
  return daysWorked != null && daysWorked > 0 ? monthlyAllowanceFen : 0;
}

const TYPE_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

/** Post type codes are SCREAMING_SNAKE like GraphQL enum values (CLEANING, ROAD_UPKEEP). */
export function isPostTypeCode(code: string): boolean {
  return TYPE_CODE.test(code);
}
