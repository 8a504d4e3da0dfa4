import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { eventEntities } from "@pa/events";
import { migrationCli } from "@pa/service-kit";
import { entities } from "./entities";

// Migrations are imported lazily so that --create works before any exist.
const { migrationSets } = await import("./app").catch(() => ({
  migrationSets: { postgresql: [], sqlite: [] },
}));
await migrationCli({
  service: "social-security",
  entities: [...entities, ...eventEntities],
  migrations: migrationSets,
  migrationsDir: fileURLToPath(new URL("./migrations", import.meta.url)),
});
