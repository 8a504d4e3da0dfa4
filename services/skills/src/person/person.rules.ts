import type { LaborCapacity } from "@pa/events";

/** The registry facts the training-need rule reads. */
export interface TrainingEligibilityFacts {
  laborCapacity: LaborCapacity;
  willingToTrain: boolean;
}

/**
 * R-TGT-3: a person with labour capacity (full or partial) **and** willingness to train has a
 * training need. Poverty status plays no part (R-PRIN-1: "registered as poor at any time in the
 * plan period"); the registry's latest needs survey sets `willingToTrain` (R-REQ-2).
 */
export function needsTraining(facts: TrainingEligibilityFacts): boolean {
  return (facts.laborCapacity === "FULL" || facts.laborCapacity === "PARTIAL") && facts.willingToTrain;
}
