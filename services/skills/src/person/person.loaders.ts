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
    personRowsLoader(ctx, "person.needs", TrainingNeed, { openedOn: "DESC", id: "DESC" }),
  /** Every enrolment of each person, the newest first. */
  enrolments: (ctx: SkillsContext): DataLoader<string, TrainingEnrolment[]> =>
    personRowsLoader(ctx, "person.enrolments", TrainingEnrolment, { enrolledOn: "DESC", id: "DESC" }),
  /** Every certificate of each person, the newest first. */
  certificates: (ctx: SkillsContext): DataLoader<string, TrainingCertificate[]> =>
    personRowsLoader(ctx, "person.certificates", TrainingCertificate, { issuedOn: "DESC", id: "DESC" }),
};

/** The person a write names, checked (kit `checkPersonFacts`): known here, in scope, not withdrawn. */
export const checkPerson = (
  em: EntityManager,
  identity: Identity,
  personId: string,
  v: InputCheck,
  field: string,
): Promise<PersonFacts | null> => checkPersonFacts(em, PersonFacts, identity, personId, v, field, "skills");
