import { describeCommittedArtefacts } from "@pa/testing";
import { allEntities, migrationSets } from "./app";
import { buildSkillsSchema } from "./schema";

describeCommittedArtefacts({
  service: "skills",
  buildSchema: buildSkillsSchema,
  schemaFile: new URL("../schema.graphql", import.meta.url),
  entities: allEntities,
  migrations: migrationSets,
});
