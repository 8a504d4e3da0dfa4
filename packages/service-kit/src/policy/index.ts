export * from "./policy-version.entity";
export * from "./policy.in-force";
export * from "./policy.catalog";
export * from "./policy.graphql";
