import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { committedSdl, pendingSchemaSql, testDialects } from "@pa/testing";
import { buildEmploymentSchema } from "./schema";
import { migrationSets, allEntities } from "./app";

describe("employment: committed artefacts are current", () => {
  test("schema.graphql equals the schema the code builds (run `pnpm --filter @pa/employment schema:emit`)", async () => {
    const { sdl } = await buildEmploymentSchema();
    expect(committedSdl(fileURLToPath(new URL("../schema.graphql", import.meta.url)))).toBe(sdl.trim());
  });

  test.each(testDialects())(
    "the committed %s migrations create exactly what the entities describe",
    async (dialect) => {
      expect(await pendingSchemaSql(dialect, { entities: allEntities, migrations: migrationSets })).toBe("");
    },
  );
});
