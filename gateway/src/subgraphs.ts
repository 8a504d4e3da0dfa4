import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { REPO_ROOT } from "./paths";
import type { SubgraphDefinition } from "./compose";

const ServicesFile = z.object({
  gateway: z.object({ port: z.number().int() }),
  subgraphs: z
    .array(
      z.object({
        name: z.string().min(1),
        dir: z.string().min(1),
        port: z.number().int().positive(),
        /** The module (inside `dir`) exporting the ledgers the service declares, e.g. `src/ledgers.ts`. */
        ledgers: z.string().min(1).optional(),
      }),
    )
    .min(1),
});
export type ServiceList = z.infer<typeof ServicesFile>;

/** `infra/services.json`: the subgraphs, their folders and default ports. */
export function readServiceList(root = REPO_ROOT): ServiceList {
  const file = join(root, "infra", "services.json");
  const parsed = ServicesFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a valid service list: ${parsed.error.message}`);
  return parsed.data;
}

/** Where a subgraph answers on this machine with its default port. */
export function localSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

/** The path of a subgraph's committed SDL, `<dir>/schema.graphql`. */
export function schemaFileOf(dir: string, root = REPO_ROOT): string {
  return join(root, dir, "schema.graphql");
}

/**
 * Every subgraph's committed SDL with its local URL. A missing schema file is an error that says
 * how to produce it: composing without one subgraph would silently drop its part of the graph.
 */
export function readCommittedSubgraphs(root = REPO_ROOT): SubgraphDefinition[] {
  const { subgraphs } = readServiceList(root);
  const missing = subgraphs.filter((s) => !existsSync(schemaFileOf(s.dir, root)));
  if (missing.length > 0) {
    throw new Error(
      `No committed schema for ${missing.map((s) => `${s.name} (${s.dir}/schema.graphql)`).join(", ")}. ` +
        "Run `pnpm schema:emit` at the repository root, then `pnpm compose`.",
    );
  }
  return subgraphs.map((s) => ({
    name: s.name,
    url: localSubgraphUrl(s.port),
    typeDefs: readFileSync(schemaFileOf(s.dir, root), "utf8"),
  }));
}
