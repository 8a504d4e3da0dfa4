import "reflect-metadata";
import { emitSchema } from "@pa/service-kit";
// The app first, as main.ts and the specs load it: type-graphql orders fields by declaration.
import "./app";
import { buildSkillsSchema } from "./schema";

await emitSchema(buildSkillsSchema, new URL("../schema.graphql", import.meta.url));
