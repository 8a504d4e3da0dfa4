/** Business dates are calendar dates in Asia/Shanghai, written `YYYY-MM-DD` (ARCHITECTURE.md, "Data rules"). */
export const BUSINESS_TIME_ZONE = "Asia/Shanghai";

const fmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: BUSINESS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const DAY_MS = 86_400_000;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991: today's day starts at 16:00 UTC. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
let today: { date: string; from: number; until: number } | null = null;
const SINCE_1992_MS = Date.UTC(1992, 0, 1);

/**
 * The business date in Asia/Shanghai at an instant (default now), as `YYYY-MM-DD`. Today's is
 * formatted once per day (resolvers ask for it per row), and again when the clock leaves the day.
 */
export function businessDate(at?: Date): string {
  if (at) {
    const t = at.getTime();
    // Since 1992 a fixed offset (no Intl formatting per event: a consumer asks once per event);
    // before it, Intl knows the daylight-saving years.
    if (t >= SINCE_1992_MS) return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
    return fmt.format(at);
  }
  const now = Date.now();
  if (!today || now < today.from || now >= today.until) {
    const from = Math.floor((now + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
    today = { date: fmt.format(new Date(now)), from, until: from + DAY_MS };
  }
  return today.date;
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

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function parts(date: string, what: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`${what} is not a valid YYYY-MM-DD date: "${date}"`);
  return date.split("-").map(Number) as [number, number, number];
}

/**
 * Age in whole years on a date. The birthday itself counts; someone born on 29 February turns a
 * year older on 1 March in a common year. Throws RangeError on an invalid date.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parts(birthDate, "birthDate");
  const [y, m, d] = parts(onDate, "onDate");
  // Comparing (month, day) pairs gives the 29-February rule: in a common year 02-28 < 02-29 < 03-01.
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Shifts a date by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = parts(date, "date");
  const year = y + years;
  const day = m === 2 && d === 29 && !isLeapYear(year) ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
