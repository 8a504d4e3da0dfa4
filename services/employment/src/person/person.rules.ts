import type { LaborCapacity } from "@pa/events";

/** The registry facts the eligibility rule reads. */
export interface EligibilityFacts {
  laborCapacity: LaborCapacity;
  willingToWork: boolean;
}

/**
 * R-TGT-1 / R-EMP-3: a person with labour capacity (full or partial) **and** willingness to work
 * gets one-to-one employment assistance. Poverty status plays no part (R-PRIN-1: eligibility is
 * "registered as poor at any time in the plan period").
 */
export function needsEmploymentHelp(facts: EligibilityFacts): boolean {
  return (facts.laborCapacity === "FULL" || facts.laborCapacity === "PARTIAL") && facts.willingToWork;
}
