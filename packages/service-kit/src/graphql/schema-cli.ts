import { fileURLToPath } from "node:url";
import { writeSdl } from "./subgraph-schema";

/**
 * A service's `schema-emit.ts` in one call: builds the schema and writes the committed SDL
 * (`new URL("../schema.graphql", import.meta.url)`), for `schema:emit`.
 */
export async function emitSchema(build: () => Promise<{ sdl: string }>, file: URL | string): Promise<void> {
  const path = typeof file === "string" ? file : fileURLToPath(file);
  const { sdl } = await build();
  writeSdl(sdl, path);
  console.log(`wrote ${path}`);
}
