import {
  defineHandler,
  Outbox,
  PersonExited,
  PersonRegistered,
  PersonUpdated,
  type EventHandler,
} from "@pa/events";
import { businessDate } from "@pa/service-kit";
import { applyPersonFacts, PersonFactsInput } from "../person-facts/person-facts.service";

interface RegistryFacts {
  personId: string;
  version: number;
  townshipCode: string;
  birthDate: string;
  povertyStatus: string;
  registeredOn: string;
  exitedOn: string | null;
}

/** The facts this service keeps, checked against its own projection schema. */
function pick(d: RegistryFacts): PersonFactsInput {
  return PersonFactsInput.parse({
    personId: d.personId,
    version: d.version,
    townshipCode: d.townshipCode,
    birthDate: d.birthDate,
    povertyStatus: d.povertyStatus,
    registeredOn: d.registeredOn,
    exitedOn: d.exitedOn,
  });
}

function options(envelope: { id: string; time: string; traceparent?: string | undefined }) {
  return {
    eventId: envelope.id,
    today: businessDate(new Date(envelope.time)),
    outbox: new Outbox({ actor: "social-security", traceparent: envelope.traceparent }),
  };
}

/** Flow 1 / R-SS-1, R-TGT-4: a newly registered person gets pension and medical enrolment obligations with premium subsidies. */
export const onPersonRegistered = defineHandler(PersonRegistered, async (data, { em, envelope }) => {
  await applyPersonFacts(em, pick(data), options(envelope));
});

/** R-SS-2 动态调整: enrolment information follows the register (township, birth date for R-SS-3). */
export const onPersonUpdated = defineHandler(PersonUpdated, async (data, { em, envelope }) => {
  await applyPersonFacts(em, pick(data), options(envelope));
});

/**
 * R-PRIN-1: an exit keeps every subsidy and poor-person adjustment. The projection records the new
 * status from the `person.updated` that accompanies the exit; nothing here ends anything.
 */
export const onPersonExited = defineHandler(PersonExited, async () => {});

export const handlers = [onPersonRegistered, onPersonUpdated, onPersonExited] as EventHandler<unknown>[];
