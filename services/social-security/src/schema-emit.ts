import "reflect-metadata";
import { emitSchema } from "@pa/service-kit";
import { buildSocialSecuritySchema } from "./schema";

await emitSchema(buildSocialSecuritySchema, new URL("../schema.graphql", import.meta.url));
