/**
 * @pa/testing — the harness: fresh databases per test file, callers of every unit and role, a
 * GraphQL client, the committed-artefact checks, the demo region's codes and seeded randomness.
 */
export * from "./databases";
export * from "./tokens";
export * from "./callers";
export * from "./demo-region";
export * from "./graphql-client";
export * from "./service-harness";
export * from "./schema-checks";
export * from "./bus";
export * from "./statements";
export * from "./scratch-orm";
