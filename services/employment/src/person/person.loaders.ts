import type DataLoader from "dataloader";
import type { EmploymentContext } from "../context";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { JobOffer } from "../job-offer/job-offer.entity";
import { Placement } from "../placement/placement.entity";
import { PostPlacement } from "../post/post-placement.entity";
import { groupLoader, rowLoader } from "../shared/loaders";
import { PersonFacts } from "./person-facts.entity";

/** Each loader is one statement per batch, so `Person.employment` on 500 people costs a constant number. */
export const personLoaders = {
  facts: (ctx: EmploymentContext): DataLoader<string, PersonFacts | null> =>
    rowLoader(
      ctx,
      "person.facts",
      (ids) => ctx.em.find(PersonFacts, { personId: { $in: ids } }),
      (r) => r.personId,
    ),

  /** Every case of each person, the newest first. */
  cases: (ctx: EmploymentContext): DataLoader<string, AssistanceCase[]> =>
    groupLoader(
      ctx,
      "person.cases",
      (ids) =>
        ctx.em.find(
          AssistanceCase,
          { personId: { $in: ids } },
          { orderBy: { openedOn: "DESC", id: "DESC" } },
        ),
      (r) => r.personId,
    ),

  /** Every offer to each person, the newest first. */
  offers: (ctx: EmploymentContext): DataLoader<string, JobOffer[]> =>
    groupLoader(
      ctx,
      "person.offers",
      (ids) =>
        ctx.em.find(JobOffer, { personId: { $in: ids } }, { orderBy: { offeredOn: "DESC", id: "DESC" } }),
      (r) => r.personId,
    ),

  /** Every placement of each person, the newest first. */
  placements: (ctx: EmploymentContext): DataLoader<string, Placement[]> =>
    groupLoader(
      ctx,
      "person.placements",
      (ids) => ctx.em.find(Placement, { personId: { $in: ids } }, { orderBy: { since: "DESC", id: "DESC" } }),
      (r) => r.personId,
    ),

  /** Every public-welfare post placement of each person, the newest first. */
  postPlacements: (ctx: EmploymentContext): DataLoader<string, PostPlacement[]> =>
    groupLoader(
      ctx,
      "person.postPlacements",
      (ids) =>
        ctx.em.find(PostPlacement, { personId: { $in: ids } }, { orderBy: { startOn: "DESC", id: "DESC" } }),
      (r) => r.personId,
    ),
};
