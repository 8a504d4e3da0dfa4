import { describeCommittedArtefacts } from "@pa/testing";
import { allEntities, migrationSets } from "./app";
import { buildRegistrySchema } from "./schema";

describeCommittedArtefacts({
  service: "registry",
  buildSchema: buildRegistrySchema,
  schemaFile: new URL("../schema.graphql", import.meta.url),
  entities: allEntities,
  migrations: migrationSets,
});
