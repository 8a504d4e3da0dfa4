/** The employment service as a library, for the launcher, the event wiring and cross-service tests. */
export { createEmploymentApp, SERVICE, migrationSets, type EmploymentDeps } from "./app";
export { buildEmploymentSchema } from "./schema";
export { employmentConfig } from "./config";
export { adoptPlanPolicies } from "./policy/policy.plan";
export * from "./events";
