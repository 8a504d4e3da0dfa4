import "reflect-metadata";
import { emitSchema } from "@pa/service-kit";
import { buildRegistrySchema } from "./schema";

await emitSchema(buildRegistrySchema, new URL("../schema.graphql", import.meta.url));
