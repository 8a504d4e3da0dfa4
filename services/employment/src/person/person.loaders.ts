import type DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import {
  assertTownshipInScope,
  findLean,
  groupLoader,
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
    groupLoader(
      ctx,
      "person.cases",
      (ids) =>
        findLean(
          ctx.em,
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
        findLean(
          ctx.em,
          JobOffer,
          { personId: { $in: ids } },
          { orderBy: { offeredOn: "DESC", id: "DESC" } },
        ),
      (r) => r.personId,
    ),

  /** Every placement of each person, the newest first. */
  placements: (ctx: EmploymentContext): DataLoader<string, Placement[]> =>
    groupLoader(
      ctx,
      "person.placements",
      (ids) =>
        findLean(ctx.em, Placement, { personId: { $in: ids } }, { orderBy: { since: "DESC", id: "DESC" } }),
      (r) => r.personId,
    ),

  /** Every public-welfare post placement of each person, the newest first. */
  postPlacements: (ctx: EmploymentContext): DataLoader<string, PostPlacement[]> =>
    groupLoader(
      ctx,
      "person.postPlacements",
      (ids) =>
        findLean(
          ctx.em,
          PostPlacement,
          { personId: { $in: ids } },
          { orderBy: { startOn: "DESC", id: "DESC" } },
        ),
      (r) => r.personId,
    ),
};

/**
 * The person's facts, or a problem on `field` when the registry has not told us about them
 * (`BAD_USER_INPUT` via `v.done()`); a person outside the writer's townships is `FORBIDDEN`.
 */
export async function checkPerson(
  em: EntityManager,
  identity: Identity,
  personId: string,
  v: InputCheck,
  field: string,
): Promise<PersonFacts | null> {
  const facts = await em.findOne(PersonFacts, { personId });
  if (!facts) {
    v.fail(field, {
      zh: `人员 ${personId} 不存在（不在建档立卡人员中或尚未同步）`,
      en: `person ${personId} is not known to the employment service; register them in the registry first`,
    });
    return null;
  }
  assertTownshipInScope(identity, facts.townshipCode);
  if (facts.withdrawnOn) {
    v.fail(field, {
      zh: `人员 ${personId} 的建档立卡登记已于 ${facts.withdrawnOn} 撤销（导入未完成）`,
      en: `person ${personId}'s registration was withdrawn on ${facts.withdrawnOn} (the register import was undone)`,
    });
    return null;
  }
  return facts;
}
