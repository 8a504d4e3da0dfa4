import type { EntityManager } from "@mikro-orm/core";
import type { EventData, HouseholdUpdated } from "@pa/events";
import { bulkInsert, findIn, newRow } from "@pa/service-kit";
import { HouseholdFacts } from "./household-facts.entity";

/** Keeps the household flags; an event not newer than the held version changes nothing. */
export function applyHousehold(em: EntityManager, h: EventData<typeof HouseholdUpdated>): Promise<void> {
  return applyHouseholds(em, [h]);
}

/**
 * {@link applyHousehold} for a batch of events, set-based (issue 10): the newest event per
 * household wins, one read of the held rows, the new ones by multi-row insert, the changed ones
 * through the unit of work in one flush.
 */
export async function applyHouseholds(
  em: EntityManager,
  events: readonly EventData<typeof HouseholdUpdated>[],
): Promise<void> {
  const newest = new Map<string, EventData<typeof HouseholdUpdated>>();
  for (const h of events) {
    const seen = newest.get(h.householdId);
    if (!seen || h.version > seen.version) newest.set(h.householdId, h);
  }
  if (newest.size === 0) return;
  const held = new Map(
    (await findIn(em, HouseholdFacts, "householdId", [...newest.keys()])).map((r) => [r.householdId, r]),
  );
  const created: HouseholdFacts[] = [];
  for (const h of newest.values()) {
    const values = {
      version: h.version,
      ruralZeroTransferEmployment: h.flags.ruralZeroTransferEmployment,
      minimumLivingGuarantee: h.flags.minimumLivingGuarantee,
    };
    const row = held.get(h.householdId);
    if (!row) created.push(newRow(HouseholdFacts, { householdId: h.householdId, ...values }));
    else if (h.version > row.version) Object.assign(row, values);
  }
  await bulkInsert(em, created);
  await em.flush();
}
