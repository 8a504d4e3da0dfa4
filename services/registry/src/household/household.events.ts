import type { EntityManager } from "@mikro-orm/core";
import { HouseholdUpdated, type EventData } from "@pa/events";
import type { RegistryContext } from "../context";
import type { Household } from "./household.entity";
import type { EventSink } from "../person/person.events";

type ChangedField = EventData<typeof HouseholdUpdated>["changedFields"][number];
const FIELDS = [
  "townshipCode",
  "village",
  "urbanZeroEmployment",
  "ruralZeroTransferEmployment",
  "minimumLivingGuarantee",
] as const;

/**
 * Publishes `household.updated` when a household is created (every field) or one of its shared
 * facts changed. Its flags are exam-exemption grounds (R-TAL-3) and targeting facts.
 */
export function publishHouseholdChange(
  ctx: RegistryContext,
  em: EntityManager,
  household: Household,
  memberIds: string[],
  before: Pick<Household, (typeof FIELDS)[number]> | null,
): void {
  householdChangeEvents((event, data) => ctx.outbox.add(em, event, data), household, memberIds, before);
}

/** The `household.updated` event of a change, if any, handed to `sink`. */
export function householdChangeEvents(
  sink: EventSink,
  household: Household,
  memberIds: string[],
  before: Pick<Household, (typeof FIELDS)[number]> | null,
): void {
  const changedFields: ChangedField[] = before
    ? FIELDS.filter((f) => before[f] !== household[f])
    : [...FIELDS, "memberIds"];
  if (changedFields.length === 0) return;
  sink(HouseholdUpdated, {
    householdId: household.id,
    version: household.version,
    townshipCode: household.townshipCode,
    village: household.village,
    memberIds,
    flags: {
      urbanZeroEmployment: household.urbanZeroEmployment,
      ruralZeroTransferEmployment: household.ruralZeroTransferEmployment,
      minimumLivingGuarantee: household.minimumLivingGuarantee,
    },
    changedFields,
  });
}
