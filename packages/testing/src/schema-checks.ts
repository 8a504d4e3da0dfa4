import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { openOrm, createLogger, type OrmOptions } from "@pa/service-kit";
import { createTestDatabase, testDialects } from "./databases";
import type { Dialect } from "@pa/service-kit";

/**
 * The SQL that would still be needed after applying the committed migrations to an empty database:
 * empty when the migrations match the entities. Non-empty means `db:migration:create` was forgotten.
 */
export async function pendingSchemaSql(
  dialect: Dialect,
  opts: Omit<OrmOptions, "databaseUrl">,
): Promise<string> {
  const db = await createTestDatabase(dialect, "schema");
  const orm = await openOrm({ ...opts, databaseUrl: db.url, logger: createLogger("schema-check", "silent") });
  try {
    if (dialect === "postgresql") return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
    // MikroORM's SQLite diff cannot read back enum CHECK constraints and always proposes to rebuild
    // such tables; compare tables, columns and indexes instead.
    const conn = orm.em.getConnection();
    const problems: string[] = [];
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      if (meta.embeddable || meta.virtual || !meta.tableName) continue;
      const cols = (
        (await conn.execute(`pragma table_info(\`${meta.tableName}\`)`)) as { name: string }[]
      ).map((c) => c.name);
      if (cols.length === 0) {
        problems.push(`table ${meta.tableName} is missing`);
        continue;
      }
      const expected = meta.props.flatMap((p) => p.fieldNames ?? []).filter(Boolean);
      for (const c of expected) if (!cols.includes(c)) problems.push(`${meta.tableName}.${c} is missing`);
      for (const c of cols)
        if (!expected.includes(c)) problems.push(`${meta.tableName}.${c} is not in the entity`);
      const indexes = (
        (await conn.execute(`pragma index_list(\`${meta.tableName}\`)`)) as { name: string }[]
      ).map((i) => i.name);
      for (const idx of [...meta.indexes, ...meta.uniques]) {
        if (idx.name && !indexes.includes(idx.name)) problems.push(`index ${idx.name} is missing`);
      }
    }
    return problems.join("\n");
  } finally {
    await orm.close(true);
    await db.drop();
  }
}

/** The committed SDL of a service, trimmed, for comparison with a fresh print. */
export function committedSdl(file: string): string {
  return readFileSync(file, "utf8").trim();
}

/**
 * A service's `<service>.schema.spec.ts` in one call: the committed `schema.graphql` equals the
 * schema the code builds, and on every test dialect the committed migrations create exactly what
 * the entities describe. Fails naming the command that brings the artefact up to date.
 */
export function describeCommittedArtefacts(opts: {
  service: string;
  buildSchema: () => Promise<{ sdl: string }>;
  /** The committed SDL: `new URL("../schema.graphql", import.meta.url)`. */
  schemaFile: URL;
  entities: OrmOptions["entities"];
  migrations: OrmOptions["migrations"];
}): void {
  describe(`${opts.service}: committed artefacts are current`, () => {
    test(`schema.graphql equals the schema the code builds (run \`pnpm --filter @pa/${opts.service} schema:emit\`)`, async () => {
      const { sdl } = await opts.buildSchema();
      expect(committedSdl(fileURLToPath(opts.schemaFile))).toBe(sdl.trim());
    });

    test.each(testDialects())(
      `the committed %s migrations create exactly what the entities describe (run \`pnpm --filter @pa/${opts.service} db:migration:create\`)`,
      async (dialect) => {
        expect(
          await pendingSchemaSql(dialect, { entities: opts.entities, migrations: opts.migrations }),
        ).toBe("");
      },
    );
  });
}
