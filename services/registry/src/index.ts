/** The registry as a library, for the launcher and cross-service tests. */
export { createRegistryApp, SERVICE, migrationSets } from "./app";
export { buildRegistrySchema } from "./schema";
export { syntheticId } from "./registry.fixtures";
export { demoCityToCsv, generateDemoCity } from "./demo/demo-generator";
