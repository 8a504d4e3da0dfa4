/** @pa/testing — the harness: fresh databases per test file, tokens for any caller, a GraphQL client. */
export * from "./databases";
export * from "./tokens";
export * from "./graphql-client";
export * from "./service-harness";
export * from "./schema-checks";
export * from "./bus";
export * from "./statements";
