import "reflect-metadata";
import { eventEntities } from "@pa/events";
import { runMigrationCli } from "@pa/service-kit";
import { entities } from "./entities";

await runMigrationCli({
  service: "skills",
  entities: [...entities, ...eventEntities],
  migrationsDir: new URL("./migrations", import.meta.url),
});
