import { createLogger, openOrm, type Dialect, type Orm, type OrmOptions } from "@pa/service-kit";
import { createTestDatabase } from "./databases";

/** A fresh database with just the given probe entities' tables, for specs of a kit mechanism. */
export interface ScratchOrm {
  orm: Orm;
  /** Closes the ORM and drops the database. */
  close(): Promise<void>;
}

/**
 * Opens a new test database (`createTestDatabase`) with the schema of `entities` created directly
 * (no migrations): what a kit spec needs to try a mechanism on real PostgreSQL and SQLite.
 */
export async function openScratchOrm(
  dialect: Dialect,
  label: string,
  entities: OrmOptions["entities"],
): Promise<ScratchOrm> {
  const db = await createTestDatabase(dialect, label);
  const orm = await openOrm({
    databaseUrl: db.url,
    entities,
    migrations: { postgresql: [], sqlite: [] },
    logger: createLogger("kit-test", "silent"),
  });
  await orm.schema.createSchema();
  return {
    orm,
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}
