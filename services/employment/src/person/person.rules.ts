import { LaborCapacity } from "./person-facts.entity";

/** The registry facts the eligibility rule reads. */
export interface EligibilityFacts {
  laborCapacity: LaborCapacity | `${LaborCapacity}`;
  willingToWork: boolean;
}

/**
 * R-TGT-1 / R-EMP-3: a person with labour capacity (full or partial) **and** willingness to work
 * gets one-to-one employment assistance. Poverty status plays no part (R-PRIN-1: eligibility is
 * "registered as poor at any time in the plan period").
 */
export function needsEmploymentHelp(facts: EligibilityFacts): boolean {
  return (
    (facts.laborCapacity === LaborCapacity.FULL || facts.laborCapacity === LaborCapacity.PARTIAL) &&
    facts.willingToWork
  );
}
