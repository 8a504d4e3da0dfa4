import { composeServices } from "@apollo/composition";
import { parse } from "graphql";

/** One subgraph as composition sees it: its name, where the gateway reaches it, and its SDL. */
export interface SubgraphDefinition {
  name: string;
  url: string;
  typeDefs: string;
}

export interface ComposeOptions {
  /** Called with each composition hint (advice that does not fail composition). */
  onHint?: (hint: string) => void;
}

/**
 * Composes Federation 2 subgraph SDLs into the supergraph SDL the gateway (or Apollo Router)
 * starts from. Composition failing is a build failure: the error lists every composition error
 * with its code, so one run shows everything to fix.
 */
export function composeSupergraph(subgraphs: SubgraphDefinition[], opts: ComposeOptions = {}): string {
  if (subgraphs.length === 0) throw new Error("Nothing to compose: no subgraphs were given.");
  const services = subgraphs.map((s) => {
    try {
      return { name: s.name, url: s.url, typeDefs: parse(s.typeDefs) };
    } catch (e) {
      throw new Error(
        `The SDL of subgraph "${s.name}" does not parse: ${e instanceof Error ? e.message : String(e)}`,
        { cause: e },
      );
    }
  });
  const result = composeServices(services);
  if (result.errors) {
    const errors = result.errors.map((e) => `  - [${String(e.extensions["code"] ?? "ERROR")}] ${e.message}`);
    throw new Error(
      [
        `Composition of ${subgraphs.map((s) => s.name).join(", ")} failed with ${errors.length} error(s):`,
        ...errors,
        "Fix the subgraph schemas named above, run `pnpm schema:emit`, then `pnpm compose`.",
      ].join("\n"),
    );
  }
  for (const hint of result.hints) opts.onHint?.(`[${hint.definition.code}] ${hint.message}`);
  return `${result.supergraphSdl.trimEnd()}\n`;
}
