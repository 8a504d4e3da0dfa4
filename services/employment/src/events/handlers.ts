import {
  defineHandler,
  PersonExited,
  PersonRegistered,
  PersonUpdated,
  TownshipUpdated,
  TrainingCompleted,
  type EventHandler,
} from "@pa/events";
import { markJobReady } from "../assistance-case/assistance-case.reactions";
import { personFactsProjection } from "../person/person-facts.projection";
import { applyTownship } from "../township/township.service";

/** R-EMP-3 / R-TGT-1: a registered person with capacity and willingness gets a case. */
export const onPersonRegistered = personFactsProjection.handler(PersonRegistered, (data) => data);

/**
 * A later change of capacity or willingness opens a case; willingness to work becoming false (a
 * needs survey, R-REQ-2) marks the open case NOT_NEEDED; an exit closes nothing (R-PRIN-1).
 */
export const onPersonUpdated = personFactsProjection.handler(PersonUpdated, (data) => data);

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
