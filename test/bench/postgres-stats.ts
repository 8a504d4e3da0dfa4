/**
 * PostgreSQL's share of a benchmark, read off the server the services use (Linux, local server):
 * the CPU of its processes, its cluster-wide write figures and each database's counters. The
 * services' own `process.cpuUsage()` cannot see the database's work; these can. Not a test.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { withDatabase } from "@pa/service-kit";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
export const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

export function psql(adminUrl: string, db: string, sql: string): string {
  return execFileSync("psql", [withDatabase(adminUrl, db), "-AtX", "-c", sql], { encoding: "utf8" }).trim();
}

/**
 * The CPU (user + system, ms) of every PostgreSQL process on this machine, with the time of
 * backends that have exited (the postmaster's children's time). `undefined` without /proc.
 */
export function postgresCpuMs(): number | undefined {
  let ticks = 0;
  let seen = false;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") continue;
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    seen = true;
    // Fields after the command's closing parenthesis: state is field 3, utime 14 … cstime 17.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    for (const i of [11, 12, 13, 14]) ticks += Number(f[i] ?? 0);
  }
  return seen ? (ticks * 1000) / CLK_TCK : undefined;
}

const WRITES = [
  "walRecords",
  "walFpi",
  "walBytes",
  "checkpointsRequested",
  "checkpointsTimed",
  "buffersBackend",
  "buffersCheckpoint",
] as const;

/** PostgreSQL's cluster-wide write figures (pg_stat_wal, pg_stat_bgwriter), for a difference. */
export function postgresWrites(adminUrl: string): Record<(typeof WRITES)[number], number> {
  const row = psql(
    adminUrl,
    "postgres",
    "select w.wal_records, w.wal_fpi, w.wal_bytes, b.checkpoints_req, b.checkpoints_timed, b.buffers_backend, b.buffers_checkpoint from pg_stat_wal w, pg_stat_bgwriter b",
  ).split("|");
  return Object.fromEntries(WRITES.map((n, i) => [n, Number(row[i])])) as Record<
    (typeof WRITES)[number],
    number
  >;
}

const COUNTERS = ["commits", "inserted", "updated", "deleted", "returned", "blocks"] as const;
export type DatabaseCounters = Record<(typeof COUNTERS)[number], number>;

/**
 * A database's counters (pg_stat_database): committed transactions (a statement outside a
 * transaction is one), rows written and returned, blocks read or hit. A backend reports its
 * counts when its transaction ends (at most a second late on an idle one): read after a pause.
 */
export function databaseCounters(adminUrl: string, db: string): DatabaseCounters {
  const row = psql(
    adminUrl,
    "postgres",
    `select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned, blks_read + blks_hit from pg_stat_database where datname = '${db}'`,
  ).split("|");
  return Object.fromEntries(COUNTERS.map((n, i) => [n, Number(row[i])])) as DatabaseCounters;
}

export function difference<T extends Record<string, number>>(after: T, before: T): T {
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)])) as T;
}
