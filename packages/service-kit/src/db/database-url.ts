import { isAbsolute, resolve } from "node:path";

export type Dialect = "postgresql" | "sqlite";

export interface ParsedDatabaseUrl {
  dialect: Dialect;
  /** For PostgreSQL the connection URL; for SQLite the absolute file path. */
  url: string;
  dbName: string;
}

/** `postgresql://user@host:5432/db` or `sqlite:.data/registry.db` (relative to the working directory). */
export function parseDatabaseUrl(databaseUrl: string, cwd = process.cwd()): ParsedDatabaseUrl {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const u = new URL(databaseUrl);
    const dbName = decodeURIComponent(u.pathname.replace(/^\//, ""));
    if (!dbName) throw new Error(`DATABASE_URL ${databaseUrl} names no database`);
    return { dialect: "postgresql", url: databaseUrl, dbName };
  }
  if (databaseUrl.startsWith("sqlite:")) {
    const path = databaseUrl.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!path) throw new Error("DATABASE_URL sqlite: needs a file path, e.g. sqlite:.data/registry.db");
    const file = path === ":memory:" ? path : isAbsolute(path) ? path : resolve(cwd, path);
    return { dialect: "sqlite", url: file, dbName: file };
  }
  throw new Error(`DATABASE_URL must start with postgresql:// or sqlite: (got ${databaseUrl})`);
}
