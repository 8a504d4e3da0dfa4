/** Business dates are calendar dates in Asia/Shanghai, written `YYYY-MM-DD` (ARCHITECTURE.md, "Data rules"). */
export const BUSINESS_TIME_ZONE = "Asia/Shanghai";

const fmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: BUSINESS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The business date in Asia/Shanghai at an instant (default now), as `YYYY-MM-DD`. */
export function businessDate(at: Date = new Date()): string {
  return fmt.format(at);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The calendar quarter (1–4) and year of a business date. */
export function quarterOf(date: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return { year: y, quarter: (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** First and last business date of a quarter. */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): { from: string; to: string } {
  const startMonth = (quarter - 1) * 3 + 1;
  const end = new Date(Date.UTC(year, startMonth + 2, 0)); // day 0 of the next month
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    from: `${year}-${pad(startMonth)}-01`,
    to: `${year}-${pad(startMonth + 2)}-${pad(end.getUTCDate())}`,
  };
}
