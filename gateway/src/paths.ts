import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The gateway package folder (`gateway/`), wherever the process was started from. */
export const GATEWAY_DIR = fileURLToPath(new URL("..", import.meta.url));

/** The repository root (where `infra/services.json` lives). */
export const REPO_ROOT = resolve(GATEWAY_DIR, "..");

/** The committed supergraph the gateway starts from. */
export const DEFAULT_SUPERGRAPH_PATH = resolve(GATEWAY_DIR, "supergraph.graphql");

/** The web console's production build (`pnpm --filter @pa/console build`). */
export const DEFAULT_CONSOLE_DIR = resolve(REPO_ROOT, "packages/console/dist");
