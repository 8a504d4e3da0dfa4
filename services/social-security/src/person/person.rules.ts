/**
 * R-SS-4 with R-PRIN-1: a person is a rural poor person for a claim when registered on or before
 * the claim's date. An exit (脱贫) does not end it: 脱贫不脱政策. Whether the adjustments still apply
 * after the plan period is policy data (a later version sets `poorPersonAdjustment`), not code.
 */
export function isPoorOn(facts: { registeredOn: string }, date: string): boolean {
  return facts.registeredOn <= date;
}
