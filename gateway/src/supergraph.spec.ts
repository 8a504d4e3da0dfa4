import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { composeSupergraph } from "./compose";
import { DEFAULT_SUPERGRAPH_PATH } from "./paths";
import { readCommittedSubgraphs, readServiceList, schemaFileOf } from "./subgraphs";

const listed = readServiceList().subgraphs;
const emitted = listed.filter((s) => existsSync(schemaFileOf(s.dir)));
const noneEmitted = emitted.length === 0;

describe("the committed supergraph", () => {
  if (noneEmitted) {
    console.warn(
      `supergraph.spec: skipping the freshness check — no subgraph (${listed.map((s) => s.name).join(", ")}) has emitted schema.graphql yet. ` +
        "Run `pnpm schema:emit && pnpm compose` once one has.",
    );
  }

  test.skipIf(noneEmitted)("equals a fresh composition of every subgraph's committed schema.graphql", () => {
    // Throws naming the missing schema files when only some subgraphs have emitted theirs.
    const fresh = composeSupergraph(readCommittedSubgraphs());
    expect(
      existsSync(DEFAULT_SUPERGRAPH_PATH),
      "gateway/supergraph.graphql is missing: run `pnpm compose` and commit it",
    ).toBe(true);
    const committed = readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8");
    expect(
      committed,
      "gateway/supergraph.graphql is stale: run `pnpm schema:emit && pnpm compose` and commit it",
    ).toBe(fresh);
  });
});

describe("composition", () => {
  const link =
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

  test("two subgraphs defining the same field without @shareable fail, naming the error and the field", () => {
    const a = {
      name: "alpha",
      url: "http://127.0.0.1:1/graphql",
      typeDefs: `${link}\ntype Query { hello: String }`,
    };
    const b = {
      name: "beta",
      url: "http://127.0.0.1:2/graphql",
      typeDefs: `${link}\ntype Query { hello: String }`,
    };
    expect(() => composeSupergraph([a, b])).toThrow(/INVALID_FIELD_SHARING[\s\S]*Query\.hello/);
  });

  test("an entity field with different types in two subgraphs fails with every error listed", () => {
    const a = {
      name: "alpha",
      url: "http://127.0.0.1:1/graphql",
      typeDefs: `${link}\ntype Query { things: [Thing] }\ntype Thing @key(fields: "id") { id: ID! size: Int @shareable }`,
    };
    const b = {
      name: "beta",
      url: "http://127.0.0.1:2/graphql",
      typeDefs: `${link}\ntype Query { other: String }\ntype Thing @key(fields: "id") { id: ID! size: String @shareable }`,
    };
    let message = "";
    try {
      composeSupergraph([a, b]);
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/Composition of alpha, beta failed with \d+ error/);
    expect(message).toMatch(/FIELD_TYPE_MISMATCH[\s\S]*Thing\.size/);
  });

  test("compatible subgraphs compose into a supergraph naming each subgraph and its URL", () => {
    const a = {
      name: "alpha",
      url: "http://127.0.0.1:1/graphql",
      typeDefs: `${link}\ntype Query { things: [Thing] }\ntype Thing @key(fields: "id") { id: ID! }`,
    };
    const b = {
      name: "beta",
      url: "http://127.0.0.1:2/graphql",
      typeDefs: `${link}\ntype Thing @key(fields: "id") { id: ID! size: Int }`,
    };
    const sdl = composeSupergraph([a, b]);
    expect(sdl).toContain('@join__graph(name: "alpha", url: "http://127.0.0.1:1/graphql")');
    expect(sdl).toContain('@join__graph(name: "beta", url: "http://127.0.0.1:2/graphql")');
  });
});
