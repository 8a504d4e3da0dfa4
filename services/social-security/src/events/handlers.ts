import {
  defineHandler,
  PersonExited,
  PersonRegistered,
  PersonUpdated,
  PersonWithdrawn,
  type EventHandler,
} from "@pa/events";
import { personWithdrawal } from "../person/person-withdrawal";

/** Flow 1 / R-SS-1, R-TGT-4: a newly registered person gets pension and medical enrolment obligations with premium subsidies. */
export const onPersonRegistered = personWithdrawal.handler(PersonRegistered, (data) => data);

/** R-SS-2 动态调整: enrolment information follows the register (township, birth date for R-SS-3). */
export const onPersonUpdated = personWithdrawal.handler(PersonUpdated, (data) => data);

/**
 * R-PRIN-1: an exit keeps every subsidy and poor-person adjustment. The projection records the new
 * status from the `person.updated` that accompanies the exit; nothing here ends anything.
 */
export const onPersonExited = defineHandler(PersonExited, async () => {});

/**
 * 撤销登记: a registration whose import was undone — its obligations, subsidies and pension-ledger
 * entry go with the projection row; a person a clerk acted on stays, marked withdrawn (`personWithdrawal`).
 */
export const onPersonWithdrawn = personWithdrawal.withdrawalHandler(PersonWithdrawn);

export const handlers = [
  onPersonRegistered,
  onPersonUpdated,
  onPersonExited,
  onPersonWithdrawn,
] as EventHandler<unknown>[];
