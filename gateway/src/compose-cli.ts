/**
 * `pnpm compose`: composes every subgraph's committed schema.graphql into gateway/supergraph.graphql.
 * `pnpm compose --check`: exits 1 when the committed supergraph differs from a fresh composition.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { composeSupergraph } from "./compose";
import { DEFAULT_SUPERGRAPH_PATH, REPO_ROOT } from "./paths";
import { readCommittedSubgraphs } from "./subgraphs";

function main(): number {
  const check = process.argv.includes("--check");
  const subgraphs = readCommittedSubgraphs();
  const supergraph = composeSupergraph(subgraphs, { onHint: (h) => console.warn(`hint: ${h}`) });
  const target = relative(REPO_ROOT, DEFAULT_SUPERGRAPH_PATH);
  if (check) {
    const committed = existsSync(DEFAULT_SUPERGRAPH_PATH)
      ? readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8")
      : null;
    if (committed === supergraph) {
      console.log(`${target} is up to date (${subgraphs.map((s) => s.name).join(", ")}).`);
      return 0;
    }
    console.error(
      committed === null
        ? `${target} does not exist. Run \`pnpm compose\` and commit it.`
        : `${target} differs from a fresh composition of the subgraphs' schema.graphql files. Run \`pnpm schema:emit && pnpm compose\` and commit the result.`,
    );
    return 1;
  }
  writeFileSync(DEFAULT_SUPERGRAPH_PATH, supergraph);
  console.log(`Wrote ${target} from ${subgraphs.map((s) => s.name).join(", ")}.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
