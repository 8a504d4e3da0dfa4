import {
  defineHandler,
  Outbox,
  PersonExited,
  PersonRegistered,
  PersonUpdated,
  TownshipUpdated,
  TrainingCompleted,
  type EventHandler,
} from "@pa/events";
import { businessDate } from "@pa/service-kit";
import { markJobReady } from "../assistance-case/assistance-case.reactions";
import { applyPersonFacts } from "../person/person-facts.service";
import { applyTownship } from "../township/township.service";

/** The event's business date (Asia/Shanghai), for what the reaction records as happening "on". */
function eventDay(time: string): string {
  return businessDate(new Date(time));
}

/** Reactions carry the event's trace and name the event in the audit (ARCHITECTURE.md flow 1, 3). */
function outboxFor(envelope: { traceparent?: string | undefined }): Outbox {
  return new Outbox({ actor: "employment", traceparent: envelope.traceparent });
}

/** R-EMP-3 / R-TGT-1: a registered person with capacity and willingness gets a case. */
export const onPersonRegistered = defineHandler(PersonRegistered, async (data, { em, envelope }) => {
  await applyPersonFacts(em, data, {
    on: eventDay(envelope.time),
    eventId: envelope.id,
    outbox: outboxFor(envelope),
  });
});

/** A later change of capacity or willingness opens a case; nothing ever closes one (R-PRIN-1). */
export const onPersonUpdated = defineHandler(PersonUpdated, async (data, { em, envelope }) => {
  const { changedFields: _changed, ...facts } = data;
  await applyPersonFacts(em, facts, {
    on: eventDay(envelope.time),
    eventId: envelope.id,
    outbox: outboxFor(envelope),
  });
});

/**
 * R-PRIN-1 脱贫不脱政策: an exit is recorded in the projection (the `person.updated` that follows
 * carries it too); no case, placement or post changes.
 */
export const onPersonExited = defineHandler(PersonExited, async () => {});

/** The township projection decides where quarterly fairs are due (R-EMP-4). */
export const onTownshipUpdated = defineHandler(TownshipUpdated, async (data, { em }) => {
  await applyTownship(em, {
    code: data.code,
    version: data.version,
    name: data.name,
    concentrated: data.concentrated,
  });
});

/** Flow 3: training completed → job-ready and due for offers (R-EMP-3). */
export const onTrainingCompleted = defineHandler(TrainingCompleted, async (data, { em, envelope }) => {
  await markJobReady(
    em,
    { personId: data.personId, completedOn: data.completedOn },
    { eventId: envelope.id },
  );
});

export const handlers = [
  onPersonRegistered,
  onPersonUpdated,
  onPersonExited,
  onTownshipUpdated,
  onTrainingCompleted,
] as EventHandler<unknown>[];
