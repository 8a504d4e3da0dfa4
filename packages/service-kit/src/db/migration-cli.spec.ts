import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadMigrationSets } from "./migration-cli";

const MIGRATION = `export class Migration20200101000000 { async up() {} }\n`;
const INDEX = [
  `import { Migration20200101000000 } from "./Migration20200101000000";`,
  `export const migrations = [{ name: "Migration20200101000000", class: Migration20200101000000 }];`,
  "",
].join("\n");

describe("db:migration:create reads the committed migrations, tolerating only a missing index", () => {
  let dir: string;
  const write = (dialect: string, file: string, code: string) => {
    mkdirSync(join(dir, dialect), { recursive: true });
    writeFileSync(join(dir, dialect, file), code);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "pa-migrations-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("before the first migration there is no index: both dialects have none", async () => {
    expect(await loadMigrationSets(dir)).toEqual({ postgresql: [], sqlite: [] });
  });

  test("the committed index of each dialect is read", async () => {
    for (const dialect of ["postgresql", "sqlite"]) {
      write(dialect, "Migration20200101000000.ts", MIGRATION);
      write(dialect, "index.ts", INDEX);
    }
    const sets = await loadMigrationSets(dir);
    expect(sets.postgresql.map((m) => m.name)).toEqual(["Migration20200101000000"]);
    expect(sets.sqlite.map((m) => m.name)).toEqual(["Migration20200101000000"]);
  });

  test("an index with a syntax error is not taken for 'no migrations' (that would duplicate the schema)", async () => {
    write("postgresql", "index.ts", "export const migrations = [;\n");
    await expect(loadMigrationSets(dir)).rejects.toThrow();
  });

  test("an index importing a migration that is missing is not taken for 'no migrations'", async () => {
    write("postgresql", "index.ts", INDEX);
    await expect(loadMigrationSets(dir)).rejects.toThrow(/Migration20200101000000/);
  });

  test("a migration that fails to load is not taken for 'no migrations'", async () => {
    write(
      "sqlite",
      "Migration20200101000000.ts",
      `import { nothing } from "./no-such-helper";\n${MIGRATION}export { nothing };\n`,
    );
    write("sqlite", "index.ts", INDEX);
    await expect(loadMigrationSets(dir)).rejects.toThrow(/no-such-helper/);
  });
});
