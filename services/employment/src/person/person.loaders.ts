import type DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import {
  checkPersonFacts,
  findLean,
  personRowsLoader,
  rowLoader,
  type Identity,
  type InputCheck,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { JobOffer } from "../job-offer/job-offer.entity";
import { Placement } from "../placement/placement.entity";
import { PostPlacement } from "../post/post-placement.entity";
import { PersonFacts } from "./person-facts.entity";

/**
 * Each loader is one statement per batch, so `Person.employment` on 500 people costs a constant
 * number; every one is read-only (`findLean`: no identity map, no change tracking).
 */
export const personLoaders = {
  facts: (ctx: EmploymentContext): DataLoader<string, PersonFacts | null> =>
    rowLoader(
      ctx,
      "person.facts",
      (ids) => findLean(ctx.em, PersonFacts, { personId: { $in: ids } }),
      (r) => r.personId,
    ),
  /** Every case of each person, the newest first. */
  cases: (ctx: EmploymentContext): DataLoader<string, AssistanceCase[]> =>
    personRowsLoader(ctx, "person.cases", AssistanceCase, { openedOn: "DESC", id: "DESC" }),
  /** Every offer to each person, the newest first. */
  offers: (ctx: EmploymentContext): DataLoader<string, JobOffer[]> =>
    personRowsLoader(ctx, "person.offers", JobOffer, { offeredOn: "DESC", id: "DESC" }),
  /** Every placement of each person, the newest first. */
  placements: (ctx: EmploymentContext): DataLoader<string, Placement[]> =>
    personRowsLoader(ctx, "person.placements", Placement, { since: "DESC", id: "DESC" }),
  /** Every public-welfare post placement of each person, the newest first. */
  postPlacements: (ctx: EmploymentContext): DataLoader<string, PostPlacement[]> =>
    personRowsLoader(ctx, "person.postPlacements", PostPlacement, { startOn: "DESC", id: "DESC" }),
};

/** The person a write names, checked (kit `checkPersonFacts`): known here, in scope, not withdrawn. */
export const checkPerson = (
  em: EntityManager,
  identity: Identity,
  personId: string,
  v: InputCheck,
  field: string,
): Promise<PersonFacts | null> =>
  checkPersonFacts(em, PersonFacts, identity, personId, v, field, "employment");
