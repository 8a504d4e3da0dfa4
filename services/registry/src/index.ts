/** The registry as a library, for the launcher and cross-service tests. */
export { createRegistryApp, SERVICE, migrationSets } from "./app";
export { buildRegistrySchema } from "./schema";
export { syntheticId } from "./registry.fixtures";
export { demoCityToCsv, generateDemoCity } from "./demo/demo-generator";
export { ImportService, type ImportOptions } from "./import/import.service";
export { ImportMode } from "./import/import.inputs";
export { REGISTER_COLUMNS } from "./import/import.columns";
