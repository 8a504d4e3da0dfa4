import { describeCommittedArtefacts } from "@pa/testing";
import { allEntities, migrationSets } from "./app";
import { buildEmploymentSchema } from "./schema";

describeCommittedArtefacts({
  service: "employment",
  buildSchema: buildEmploymentSchema,
  schemaFile: new URL("../schema.graphql", import.meta.url),
  entities: allEntities,
  migrations: migrationSets,
});
