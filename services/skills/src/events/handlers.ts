import {
  defineBatchHandler,
  defineHandler,
  HouseholdUpdated,
  NeedsSurveyed,
  PersonPlaced,
  PersonRegistered,
  PersonUpdated,
  PersonWithdrawn,
  TownshipUpdated,
  type EventHandler,
} from "@pa/events";
import { applyHouseholds } from "../household/household.service";
import { personWithdrawal } from "../person/person-withdrawal";
import { recordPlacement } from "../placement/placement.service";
import { applySurvey } from "../survey/training-survey.service";
import { applyTownship } from "../township/township.service";

/** R-TGT-3: a registered person with capacity and willingness to train gets a training need. */
export const onPersonRegistered = personWithdrawal.handler(PersonRegistered, (data) => data);

/**
 * A later change of capacity or willingness to train (a needs survey sets it, R-REQ-2) opens a
 * need, or marks the open one NOT_NEEDED; an exit (carried here too) closes nothing (R-PRIN-1).
 */
export const onPersonUpdated = personWithdrawal.handler(PersonUpdated, (data) => data);

/** 撤销登记: the need the system opened goes with the person's facts (`personWithdrawal`). */
export const onPersonWithdrawn = personWithdrawal.withdrawalHandler(PersonWithdrawn);

/** The latest needs survey, shown beside the need (R-REQ-2). */
export const onNeedsSurveyed = defineHandler(NeedsSurveyed, (data, { em, businessDate }) =>
  applySurvey(em, data, businessDate),
);

/** Household flags for the gap list (零转移就业家庭 first to be reached); the waiting ones at once. */
export const onHouseholdUpdated = defineBatchHandler(HouseholdUpdated, (em, items) =>
  applyHouseholds(
    em,
    items.map((i) => i.data),
  ),
);

/** Known townships: a project is held in one. */
export const onTownshipUpdated = defineHandler(TownshipUpdated, (data, { em }) =>
  applyTownship(em, { code: data.code, version: data.version, name: data.name }),
);

/** 培训实效: employment's placements, for "employed within six months after completion" (R-SKL-2). */
export const onPersonPlaced = defineHandler(PersonPlaced, (data, { em }) => recordPlacement(em, data));

export const handlers = [
  onPersonRegistered,
  onPersonUpdated,
  onPersonWithdrawn,
  onNeedsSurveyed,
  onHouseholdUpdated,
  onTownshipUpdated,
  onPersonPlaced,
] as EventHandler<unknown>[];
