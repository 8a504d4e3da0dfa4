import pg from "pg";

/** The maintenance database used to create and drop others. */
export const DEFAULT_PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function assertSafe(name: string): void {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name ${name}`);
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string, adminUrl = DEFAULT_PG_ADMIN_URL): Promise<void> {
  assertSafe(name);
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
}

export async function ensureDatabase(name: string, adminUrl = DEFAULT_PG_ADMIN_URL): Promise<boolean> {
  assertSafe(name);
  return withAdmin(adminUrl, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await c.query(`CREATE DATABASE "${name}"`);
    return true;
  });
}

export async function dropDatabase(name: string, adminUrl = DEFAULT_PG_ADMIN_URL): Promise<void> {
  assertSafe(name);
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Names of databases starting with a prefix (to clean up what crashed test runs left behind). */
export async function listDatabases(prefix: string, adminUrl = DEFAULT_PG_ADMIN_URL): Promise<string[]> {
  return withAdmin(adminUrl, async (c) => {
    const r = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${prefix}%`,
    ]);
    return r.rows.map((row) => row.datname);
  });
}

/** The URL of another database on the same server as `url`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
