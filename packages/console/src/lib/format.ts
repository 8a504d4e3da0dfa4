/**
 * How the console shows values: amounts from integer fen as ¥1,234.56, business dates as
 * 2019-03-01 (the server's LocalDate, shown as is), instants as 2019-03-01 14:05 in Asia/Shanghai.
 */
import { yuan as kitYuan } from "@pa/service-kit/money-format";
import { businessDate } from "@pa/service-kit/dates";

/** 123456 → "¥1,234.56" (the kit's `yuan()`, as the services' traces and spreadsheets write it). */
export function yuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? "—" : kitYuan(fen);
}

/** "1234.56" or "1,234.56" → 123456 fen; null when it is not an amount with at most 2 decimals. */
export function fenOf(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const s = String(text).replace(/[,\s¥]/g, "");
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** A business date as the server gives it (YYYY-MM-DD); "—" when absent. */
export function date(d: string | null | undefined): string {
  return d ? d.slice(0, 10) : "—";
}

const instantFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** An instant in Asia/Shanghai: "2019-03-01 14:05". */
export function dateTime(iso: string | null | undefined): string {
  return iso ? instantFormat.format(new Date(iso)) : "—";
}

/** Today's business date in Asia/Shanghai (YYYY-MM-DD). */
export function today(): string {
  return businessDate();
}

/** Basis points → "80.00%". */
export function percentBp(bp: number | null | undefined): string {
  return bp === null || bp === undefined ? "—" : `${(bp / 100).toFixed(2)}%`;
}

export function yesNo(b: boolean | null | undefined): string {
  return b ? "是" : "否";
}
