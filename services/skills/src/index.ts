/** The skills service as a library, for the launcher, the event wiring and cross-service tests. */
export { createSkillsApp, SERVICE, migrationSets, type SkillsDeps } from "./app";
export { buildSkillsSchema } from "./schema";
export { skillsConfig } from "./config";
export { adoptPlanPolicies } from "./policy/policy.plan";
export {
  applyPersonFacts,
  personFactsProjection,
  type PersonFactsPayload,
} from "./person/person-facts.projection";
export { personWithdrawal, clerkActedOn } from "./person/person-withdrawal";
export { applyTownship } from "./township/township.service";
