import type { EntityManager } from "@mikro-orm/core";
import type { EventData, HouseholdUpdated } from "@pa/events";
import { HouseholdFacts } from "./household-facts.entity";

/** Keeps the household flags; an event not newer than the held version changes nothing. */
export async function applyHousehold(
  em: EntityManager,
  h: EventData<typeof HouseholdUpdated>,
): Promise<void> {
  const held = await em.findOne(HouseholdFacts, { householdId: h.householdId });
  const values = {
    version: h.version,
    ruralZeroTransferEmployment: h.flags.ruralZeroTransferEmployment,
    minimumLivingGuarantee: h.flags.minimumLivingGuarantee,
  };
  if (!held) em.create(HouseholdFacts, { householdId: h.householdId, ...values });
  else if (h.version > held.version) Object.assign(held, values);
  await em.flush();
}
