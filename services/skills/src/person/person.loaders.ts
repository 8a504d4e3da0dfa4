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
import type { SkillsContext } from "../context";
import { TrainingCertificate } from "../enrolment/certificate.entity";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { TrainingNeed } from "../training-need/training-need.entity";
import { PersonFacts } from "./person-facts.entity";

/**
 * Each loader is one statement per batch, so `Person.skills` on 500 people costs a constant
 * number; every one is read-only (`findLean`).
 */
export const personLoaders = {
  facts: (ctx: SkillsContext): DataLoader<string, PersonFacts | null> =>
    rowLoader(
      ctx,
      "person.facts",
      (ids) => findLean(ctx.em, PersonFacts, { personId: { $in: ids } }),
      (r) => r.personId,
    ),

  /** Every need of each person, the newest first. */
  needs: (ctx: SkillsContext): DataLoader<string, TrainingNeed[]> =>
    groupLoader(
      ctx,
      "person.needs",
      (ids) =>
        findLean(
          ctx.em,
          TrainingNeed,
          { personId: { $in: ids } },
          { orderBy: { openedOn: "DESC", id: "DESC" } },
        ),
      (r) => r.personId,
    ),

  /** Every enrolment of each person, the newest first. */
  enrolments: (ctx: SkillsContext): DataLoader<string, TrainingEnrolment[]> =>
    groupLoader(
      ctx,
      "person.enrolments",
      (ids) =>
        findLean(
          ctx.em,
          TrainingEnrolment,
          { personId: { $in: ids } },
          { orderBy: { enrolledOn: "DESC", id: "DESC" } },
        ),
      (r) => r.personId,
    ),

  /** Every certificate of each person, the newest first. */
  certificates: (ctx: SkillsContext): DataLoader<string, TrainingCertificate[]> =>
    groupLoader(
      ctx,
      "person.certificates",
      (ids) =>
        findLean(
          ctx.em,
          TrainingCertificate,
          { personId: { $in: ids } },
          { orderBy: { issuedOn: "DESC", id: "DESC" } },
        ),
      (r) => r.personId,
    ),
};

/**
 * The person's facts, or a problem on `field` when the registry has not told us about them or
 * withdrew the registration; a person outside the writer's townships is `FORBIDDEN`.
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
      en: `person ${personId} is not known to the skills service; register them in the registry first`,
    });
    return null;
  }
  assertTownshipInScope(identity, facts.townshipCode);
  if (facts.withdrawnOn) {
    v.fail(field, {
      zh: `人员 ${personId} 的建档立卡登记已于 ${facts.withdrawnOn} 撤销`,
      en: `person ${personId}'s registration was withdrawn on ${facts.withdrawnOn}`,
    });
    return null;
  }
  return facts;
}
