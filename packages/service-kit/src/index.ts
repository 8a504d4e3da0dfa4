/**
 * @pa/service-kit — everything a subgraph needs except its domain: configuration, logs, metrics,
 * identity and authorisation, errors, the database, the federated schema and the HTTP server.
 */
import "reflect-metadata";

export * from "./errors";
export * from "./validation";
export * from "./config";
export * from "./logger";
export * from "./lru";
export * from "./ids";
export * from "./dates";
export * from "./money";
export * from "./credit-code";
export * from "./random";
export * from "./demo-region";
export * from "./demo-activity";
export * from "./metrics";
export * from "./context";
export * from "./auth/identity";
export * from "./auth/tokens";
export * from "./auth/auth-checker";
export * from "./auth/township-scope";
export * from "./db/database-url";
export * from "./db/orm";
export * from "./db/audit.entity";
export * from "./db/audited";
export * from "./db/bulk-insert";
export * from "./db/load-for-write";
export * from "./db/date-range";
export * from "./db/pg-admin";
export * from "./db/loaders";
export * from "./db/lean";
export * from "./db/person-facts";
export * from "./db/count-by";
export * from "./db/statistics";
export * from "./db/migration-cli";
export * from "./graphql/scalars";
export * from "./graphql/input-policy";
export * from "./graphql/pagination";
export * from "./graphql/entity-stub";
export * from "./graphql/subgraph-schema";
export * from "./graphql/schema-cli";
export * from "./graphql/plugins";
export * from "./graphql/input-errors";
export * from "./graphql/withheld";
export * from "./graphql/person-activity";
export * from "./http/subgraph-app";
export * from "./http/json-graphql";
export * from "./http/create-service";
export * from "./http/run-service";
export * from "./policy";
