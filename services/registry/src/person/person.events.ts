import type { EntityManager } from "@mikro-orm/core";
import {
  PersonExited,
  PersonRegistered,
  PersonUpdated,
  type EventData,
  type EventDefinition,
} from "@pa/events";
import type { RegistryContext } from "../context";
import type { Household } from "../household/household.entity";
import type { Person } from "./person.entity";

type Facts = EventData<typeof PersonRegistered>;

/** The facts other departments decide on — never the ID-card number, phone or name (contract). */
export function personFacts(p: Person, h: Household): Facts {
  return {
    personId: p.id,
    version: p.version,
    townshipCode: p.townshipCode,
    village: p.village,
    householdId: p.householdId,
    birthDate: p.birthDate,
    sex: p.sex,
    laborCapacity: p.laborCapacity,
    willingToWork: p.willingToWork,
    willingToTrain: p.willingToTrain,
    entrepreneurshipCapacity: p.entrepreneurshipCapacity,
    entrepreneurshipIntention: p.entrepreneurshipIntention,
    disabilityCertificate: p.disabilityCertificate,
    povertyStatus: p.povertyStatus,
    registeredOn: p.registeredOn,
    exitedOn: p.exitedOn ?? null,
    household: {
      urbanZeroEmployment: h.urbanZeroEmployment,
      ruralZeroTransferEmployment: h.ruralZeroTransferEmployment,
      minimumLivingGuarantee: h.minimumLivingGuarantee,
    },
    education: p.education,
    graduationDate: p.graduationDate ?? null,
  };
}

type FactField = Exclude<keyof Facts, "personId" | "version">;

/** The fact fields whose values differ between two fact sets (household flags compared one by one). */
export function changedFacts(before: Facts, after: Facts): FactField[] {
  const keys = Object.keys(after).filter((k) => k !== "personId" && k !== "version") as FactField[];
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * Adds the person events to the outbox, in the caller's transaction and after the flush that gave
 * the person its new version: registered (no `before`), updated (only when a shared fact changed),
 * exited. Changes only to the name, ID-card number or phone publish nothing: they are not shared.
 */
export function publishPersonChange(
  ctx: RegistryContext,
  em: EntityManager,
  kind: "registered" | "updated" | "exited",
  person: Person,
  household: Household,
  before?: Facts,
): void {
  personChangeEvents((event, data) => ctx.outbox.add(em, event, data), kind, person, household, before);
}

/** Where events go: the outbox of the transaction, or a list a bulk writer inserts at once. */
export type EventSink = <T>(event: EventDefinition<T>, data: T) => void;

/** The events of a person's change (see {@link publishPersonChange}), handed to `sink`. */
export function personChangeEvents(
  sink: EventSink,
  kind: "registered" | "updated" | "exited",
  person: Person,
  household: Household,
  before?: Facts,
): void {
  const facts = personFacts(person, household);
  if (kind === "registered") {
    sink(PersonRegistered, facts);
    return;
  }
  if (kind === "exited") {
    sink(PersonExited, {
      personId: person.id,
      version: person.version,
      townshipCode: person.townshipCode,
      village: person.village,
      householdId: person.householdId,
      povertyStatus: "EXITED",
      registeredOn: person.registeredOn,
      exitedOn: person.exitedOn!,
    });
  }
  const changedFields = before ? changedFacts(before, facts) : [];
  if (changedFields.length > 0) sink(PersonUpdated, { ...facts, changedFields });
}
