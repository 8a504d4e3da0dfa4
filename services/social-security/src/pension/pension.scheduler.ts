import type { MikroORM } from "@mikro-orm/core";
import { BUSINESS_TIME_ZONE, businessDate, type Logger } from "@pa/service-kit";
import { runPensionLedger } from "./pension.service";

const hourFmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: BUSINESS_TIME_ZONE,
  hour: "2-digit",
  hourCycle: "h23",
});

/**
 * Whether the daily run is due at `now`: from the configured hour (Asia/Shanghai) onwards, once
 * per business date. Returns the date to run for, or null.
 */
export function dailyRunDue(now: Date, hour: number, lastRunDate: string | null): string | null {
  const today = businessDate(now);
  if (lastRunDate === today) return null;
  return Number(hourFmt.format(now)) >= hour ? today : null;
}

/**
 * The daily pension ledger run (R-SS-3) with a plain timer: checks every minute, runs once a day
 * from `hour` o'clock. Several replicas may each run it; the run is idempotent (one entry per
 * person, a concurrent duplicate fails its transaction and is retried next minute).
 */
export function scheduleDailyPensionLedger(
  orm: MikroORM,
  opts: { hour: number; logger: Logger; everyMs?: number },
): () => void {
  let lastRun: string | null = null;
  let running = false;
  const tick = async () => {
    const date = dailyRunDue(new Date(), opts.hour, lastRun);
    if (!date || running) return;
    running = true;
    try {
      const r = await runPensionLedger(
        orm.em.fork(),
        { identity: null, requestId: `pension-ledger-${date}` },
        date,
      );
      lastRun = date;
      opts.logger.info({ ...r }, "pension ledger run");
    } catch (err) {
      opts.logger.error({ err, date }, "pension ledger run failed; retrying in a minute");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.everyMs ?? 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
