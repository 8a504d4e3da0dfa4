import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import {
  createDatabase,
  dropDatabase,
  listDatabases,
  DEFAULT_PG_ADMIN_URL,
  withDatabase,
  type Dialect,
} from "@pa/service-kit";

const PREFIX = "pa_t_";
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;
let swept = false;

/** Which dialects the suites run on: both unless TEST_DIALECTS narrows it (`postgresql`, `sqlite`). */
export function testDialects(): Dialect[] {
  const env = process.env.TEST_DIALECTS;
  const all: Dialect[] = ["postgresql", "sqlite"];
  if (!env) return all;
  return all.filter((d) =>
    env
      .split(",")
      .map((s) => s.trim())
      .includes(d),
  );
}

export interface TestDatabase {
  dialect: Dialect;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new PostgreSQL database on 127.0.0.1:5432 or a
 * temporary SQLite file. Names carry their creation time, so databases that a crashed run left
 * behind are dropped by a later run instead of piling up.
 */
export async function createTestDatabase(dialect: Dialect, label = "db"): Promise<TestDatabase> {
  const stamp = Date.now().toString(36);
  const name = `${PREFIX}${stamp}_${label
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()
    .slice(0, 20)}_${randomBytes(4).toString("hex")}`;
  if (dialect === "sqlite") {
    const file = join(tmpdir(), `${name}.db`);
    return {
      dialect,
      url: `sqlite:${file}`,
      async drop() {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const adminUrl = process.env.PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL;
  if (!swept) {
    swept = true;
    await sweepStaleDatabases(adminUrl);
  }
  await createDatabase(name, adminUrl);
  return { dialect, url: withDatabase(adminUrl, name), drop: () => dropDatabase(name, adminUrl) };
}

async function sweepStaleDatabases(adminUrl: string): Promise<void> {
  const now = Date.now();
  for (const db of await listDatabases(PREFIX, adminUrl)) {
    const created = parseInt(db.slice(PREFIX.length).split("_")[0] ?? "", 36);
    if (Number.isFinite(created) && now - created > STALE_AFTER_MS) {
      await dropDatabase(db, adminUrl).catch(() => undefined);
    }
  }
}
