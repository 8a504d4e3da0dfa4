import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { committedSdl, pendingSchemaSql, testDialects } from "@pa/testing";
import { buildSocialSecuritySchema } from "./schema";
import { allEntities, migrationSets } from "./app";

describe("social-security: committed artefacts are current", () => {
  test("schema.graphql equals the schema the code builds (run `pnpm --filter @pa/social-security schema:emit`)", async () => {
    const { sdl } = await buildSocialSecuritySchema();
    expect(committedSdl(fileURLToPath(new URL("../schema.graphql", import.meta.url)))).toBe(sdl.trim());
  });

  test.each(testDialects())(
    "the committed %s migrations create exactly what the entities describe",
    async (dialect) => {
      expect(await pendingSchemaSql(dialect, { entities: allEntities, migrations: migrationSets })).toBe("");
    },
  );
});
