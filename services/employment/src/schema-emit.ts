import "reflect-metadata";
import { emitSchema } from "@pa/service-kit";
import { buildEmploymentSchema } from "./schema";

await emitSchema(buildEmploymentSchema, new URL("../schema.graphql", import.meta.url));
