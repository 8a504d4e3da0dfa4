import { defineHandler, PersonExited, PersonRegistered, PersonUpdated, type EventHandler } from "@pa/events";
import { personFactsProjection } from "../person/person-facts.projection";

/** Flow 1 / R-SS-1, R-TGT-4: a newly registered person gets pension and medical enrolment obligations with premium subsidies. */
export const onPersonRegistered = personFactsProjection.handler(PersonRegistered, (data) => data);

/** R-SS-2 动态调整: enrolment information follows the register (township, birth date for R-SS-3). */
export const onPersonUpdated = personFactsProjection.handler(PersonUpdated, (data) => data);

/**
 * R-PRIN-1: an exit keeps every subsidy and poor-person adjustment. The projection records the new
 * status from the `person.updated` that accompanies the exit; nothing here ends anything.
 */
export const onPersonExited = defineHandler(PersonExited, async () => {});

export const handlers = [onPersonRegistered, onPersonUpdated, onPersonExited] as EventHandler<unknown>[];
