/** Social security as a library, for the launcher, event wiring and cross-service tests. */
export { createSocialSecurityApp, SERVICE, migrationSets } from "./app";
export { buildSocialSecuritySchema } from "./schema";
export {
  applyPersonFacts,
  personFactsProjection,
  type ApplyOutcome,
  type PersonFactsInput,
} from "./person/person-facts.projection";
export { runPensionLedger } from "./pension/pension.service";
export { settle } from "./settlement/settlement.engine";
export { seedPolicy, medicalParams, pensionParams } from "./social-security.fixtures";
