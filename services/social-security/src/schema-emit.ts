import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { writeSdl } from "@pa/service-kit";
import { buildSocialSecuritySchema } from "./schema";

const { sdl } = await buildSocialSecuritySchema();
const file = fileURLToPath(new URL("../schema.graphql", import.meta.url));
writeSdl(sdl, file);
console.log(`wrote ${file}`);
