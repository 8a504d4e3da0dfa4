/**
 * Generates the console's GraphQL types: the API schema of the committed supergraph
 * (`gateway/supergraph.graphql` without the federation machinery) into `schema/api.graphql`, then
 * GraphQL Code Generator's client preset over every `graphql(...)` document in `src/` into
 * `src/gql/`. `--check` writes nothing and fails when a committed file differs (npm test runs it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Supergraph } from "@apollo/federation-internals";
import { generate } from "@graphql-codegen/cli";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { lexicographicSortSchema, printSchema } from "graphql";

const CONSOLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SUPERGRAPH = resolve(CONSOLE_DIR, "../../gateway/supergraph.graphql");
const API_SCHEMA = resolve(CONSOLE_DIR, "schema/api.graphql");
const GQL_DIR = resolve(CONSOLE_DIR, "src/gql");
const check = process.argv.includes("--check");

/** What clients may query: the supergraph less join/link directives and `@inaccessible` elements. */
export function apiSchemaOf(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(api)).trimEnd()}\n`;
}

const apiSdl = apiSchemaOf(readFileSync(SUPERGRAPH, "utf8"));

const config: CodegenConfig = {
  schema: apiSdl,
  documents: [`${CONSOLE_DIR}/src/**/*.{ts,tsx}`, `!${GQL_DIR}/**`],
  ignoreNoDocuments: true,
  silent: true,
  generates: {
    [`${GQL_DIR}/`]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: {
          Fen: "number",
          LocalDate: "string",
          DateTimeISO: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
};

const files: { path: string; content: string }[] = [{ path: API_SCHEMA, content: apiSdl }];
const out = await generate(config, false);
for (const f of out as { filename: string; content: string }[]) {
  files.push({ path: resolve(f.filename), content: f.content });
}

const stale: string[] = [];
for (const f of files) {
  const current = existsSync(f.path) ? readFileSync(f.path, "utf8") : null;
  if (current === f.content) continue;
  if (check) {
    stale.push(relative(CONSOLE_DIR, f.path));
    continue;
  }
  mkdirSync(dirname(f.path), { recursive: true });
  writeFileSync(f.path, f.content);
  console.log(`codegen: wrote ${relative(CONSOLE_DIR, f.path)}`);
}
if (stale.length > 0) {
  console.error(
    `codegen: the console's generated GraphQL types are stale (${stale.join(", ")}); run \`pnpm --filter @pa/console codegen\` and commit the result.`,
  );
  process.exit(1);
}
if (check) console.log("codegen: the console's generated types match the supergraph and the documents");
