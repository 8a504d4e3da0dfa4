import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  MikroORM,
  ReflectMetadataProvider,
  type Options,
  type EntityClass,
  type EntityMetadata,
  type MigrationObject,
} from "@mikro-orm/core";
import { Migrator } from "@mikro-orm/migrations";
import { PostgreSqlDriver } from "@mikro-orm/postgresql";
import { BetterSqliteDriver } from "@mikro-orm/better-sqlite";
import { parseDatabaseUrl, type Dialect } from "./database-url";
import { AuditEntry } from "./audit.entity";
import type { Logger } from "../logger";

/** Committed migrations, one list per dialect (their SQL differs). */
export type MigrationSets = Record<Dialect, MigrationObject[]>;

export interface OrmOptions {
  databaseUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MikroORM's own EntityClass<any>
  entities: EntityClass<any>[];
  migrations: MigrationSets;
  logger?: Logger;
  /** Connection pool size for PostgreSQL. */
  poolMax?: number;
}

export type Orm = MikroORM;

/** MikroORM options for either dialect, from one DATABASE_URL. */
export function ormConfig(opts: OrmOptions): Options {
  const db = parseDatabaseUrl(opts.databaseUrl);
  const common: Options = {
    entities: [AuditEntry, ...opts.entities],
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: opts.migrations[db.dialect],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      disableForeignKeys: false,
      silent: true,
    },
    // Every request works in its own fork; a stray use of the global manager is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    ensureDatabase: false,
  };
  if (db.dialect === "postgresql") {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      pool: { min: 0, max: opts.poolMax ?? 10 },
    };
  }
  if (db.url !== ":memory:") mkdirSync(dirname(db.url), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: db.url,
    discovery: { ...common.discovery, onMetadata: compareSqliteDatetimesByValue },
    // WAL lets readers and the single writer proceed together; busy_timeout waits for the lock.
    pool: {
      afterCreate: (conn: unknown, done: (err: Error | null, conn: unknown) => void) => {
        const c = conn as { pragma(sql: string): unknown };
        c.pragma("journal_mode = WAL");
        c.pragma("busy_timeout = 5000");
        c.pragma("foreign_keys = ON");
        done(null, conn);
      },
    },
  };
}

/**
 * SQLite keeps a `datetime` as epoch milliseconds: the unit of work snapshots an entity's Date as
 * that number but the loaded original as a Date, and a property declared `type: "datetime"` is
 * compared with a deep equality that never finds them equal. Every loaded entity with a datetime
 * was then dirty at every flush, rewritten with its optimistic-lock version bumped (a policy
 * version read to create subsidies went up once per batch, so a clerk's stale-version check
 * fired although nobody had edited the record). Declared as `Date`, the same column compares by
 * value (`valueOf`), as on PostgreSQL; the column type stays `datetime`.
 */
function compareSqliteDatetimesByValue(meta: EntityMetadata): void {
  for (const prop of Object.values(meta.properties))
    if (typeof prop.type === "string" && prop.type.toLowerCase() === "datetime") prop.type = "Date";
}

/** Opens the database and applies pending migrations (migrations run at start, per dialect). */
export async function openOrm(opts: OrmOptions): Promise<Orm> {
  const orm = await MikroORM.init(ormConfig(opts));
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) opts.logger?.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
  return orm;
}

export function dialectOf(orm: Orm): Dialect {
  return orm.config.get("driver") === PostgreSqlDriver ? "postgresql" : "sqlite";
}
