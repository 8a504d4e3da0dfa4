/**
 * The reactions of this service to other services' events, as plain methods taking typed payloads.
 * Each flushes into the caller's transaction, so the inbox row (consumer, event id) and the effect
 * commit together; each tolerates redelivery and reordering.
 *
 * | consumed event                                   | reaction            |
 * | ------------------------------------------------ | ------------------- |
 * | pa.registry.person.registered/updated/exited.v1  | `personFactsProjection` |
 * | pa.registry.person.withdrawn.v1                  | `personWithdrawal`  |
 * | pa.registry.township.saved.v1                    | `applyTownship`     |
 * | pa.skills.training.completed.v1                  | `markJobReady`      |
 */
export {
  applyPersonFacts,
  personFactsProjection,
  type ApplyPersonFactsResult,
  type PersonFactsPayload,
} from "../person/person-facts.projection";
export { clerkActedOn, personWithdrawal } from "../person/person-withdrawal";
export { applyTownship, type TownshipPayload } from "../township/township.service";
export { markJobReady, type TrainingCompletedPayload } from "../assistance-case/assistance-case.reactions";
