import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { writeSdl } from "@pa/service-kit";
import { buildEmploymentSchema } from "./schema";

const { sdl } = await buildEmploymentSchema();
const file = fileURLToPath(new URL("../schema.graphql", import.meta.url));
writeSdl(sdl, file);
console.log(`wrote ${file}`);
