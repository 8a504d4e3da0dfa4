/** `pnpm --filter @pa/events asyncapi`: writes docs/events.asyncapi.yaml from the contracts. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ASYNCAPI_PATH, asyncApiYaml } from "./asyncapi";

mkdirSync(dirname(ASYNCAPI_PATH), { recursive: true });
writeFileSync(ASYNCAPI_PATH, asyncApiYaml());
console.log(`wrote ${ASYNCAPI_PATH}`);
