import { describeCommittedArtefacts } from "@pa/testing";
import { allEntities, migrationSets } from "./app";
import { buildSocialSecuritySchema } from "./schema";

describeCommittedArtefacts({
  service: "social-security",
  buildSchema: buildSocialSecuritySchema,
  schemaFile: new URL("../schema.graphql", import.meta.url),
  entities: allEntities,
  migrations: migrationSets,
});
