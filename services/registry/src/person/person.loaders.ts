import type DataLoader from "dataloader";
import {
  ForbiddenError,
  findLean,
  groupLoader,
  requireIdentity,
  rowLoader,
  townshipScope,
  withholdReference,
  type Bilingual,
} from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { BurdenNotice } from "../burden-notice/burden-notice.entity";
import { Household } from "../household/household.entity";
import { NeedsSurvey } from "../needs-survey/needs-survey.entity";
import { Person } from "./person.entity";

/** People by id within the caller's township scope: one query per batch, whatever the list's length. */
export function personLoader(ctx: RegistryContext): DataLoader<string, Person | null> {
  return rowLoader(
    ctx,
    "person",
    (ids) => findLean(ctx.em, Person, { id: { $in: ids }, ...townshipScope(requireIdentity(ctx)) }),
    (p) => p.id,
  );
}

/** What a withheld person's name and ID fields read, instead of the facts. */
export const WITHHELD_TEXT = "（无权查看）";

const WITHHELD: Bilingual = {
  zh: "该人员不在您的镇街范围内，无权查看",
  en: "This person is outside your townships; you may not see them",
};

/** Facts a withheld person cannot show: reading one is `FORBIDDEN` on that field alone. */
export const WITHHELD_FACTS = [
  "birthDate",
  "sex",
  "householdId",
  "townshipCode",
  "village",
  "laborCapacity",
  "willingToWork",
  "willingToTrain",
  "entrepreneurshipCapacity",
  "entrepreneurshipIntention",
  "disabilityCertificate",
  "education",
  "povertyStatus",
  "registeredOn",
  "version",
] as const;

const withheldPeople = new WeakSet<Person>();

/** Whether `person` is the masked stub of a person the caller may not see. */
export function isWithheld(person: Person): boolean {
  return withheldPeople.has(person);
}

/**
 * The masked stub of a person outside the caller's townships: the id, `（无权查看）` for the name
 * and ID fields, null for nullable facts. Its other facts have no honest stand-in, so asking for
 * one is `FORBIDDEN` (and nulls that one entity) rather than a made-up value.
 */
function withheldPerson(id: string): Person {
  const stub = Object.create(Person.prototype) as Person;
  Object.assign(stub, {
    id,
    name: WITHHELD_TEXT,
    idNumber: WITHHELD_TEXT,
    phone: null,
    graduationDate: null,
    exitedOn: null,
  });
  for (const fact of WITHHELD_FACTS) {
    Object.defineProperty(stub, fact, {
      get: () => {
        throw new ForbiddenError(WITHHELD);
      },
    });
  }
  withheldPeople.add(stub);
  return stub;
}

/**
 * `Person.__resolveReference`, batched. Another subgraph's record (a project in township A
 * employing a person of township B) may point at a person the caller may not see: the reference
 * becomes a masked stub with a `FORBIDDEN` error on its path, never a null that would erase the
 * caller's whole list. Unscoped callers still get null for an id the register does not hold.
 */
export async function resolvePersonReference(
  ctx: RegistryContext,
  reference: Record<string, unknown>,
): Promise<Person | null> {
  const id = String(reference["id"]);
  const person = await personLoader(ctx).load(id);
  if (person || requireIdentity(ctx).townships.length === 0) return person;
  return withholdReference(ctx, reference, withheldPerson(id), WITHHELD);
}

/**
 * The members of each household within the caller's township scope, by id: one statement per
 * batch, so a page of 100 people's households is one query, not one per household.
 */
export function membersLoader(ctx: RegistryContext): DataLoader<string, Person[]> {
  return groupLoader(
    ctx,
    "members",
    (householdIds) =>
      findLean(
        ctx.em,
        Person,
        { householdId: { $in: householdIds }, ...townshipScope(requireIdentity(ctx)) },
        { orderBy: { id: "ASC" } },
      ),
    (p) => p.householdId,
  );
}

export function householdLoader(ctx: RegistryContext): DataLoader<string, Household | null> {
  return rowLoader(
    ctx,
    "household",
    (ids) => findLean(ctx.em, Household, { id: { $in: ids } }),
    (h) => h.id,
  );
}

/** Needs surveys per person, newest first. */
export function surveysLoader(ctx: RegistryContext): DataLoader<string, NeedsSurvey[]> {
  return groupLoader(
    ctx,
    "surveys",
    (personIds) =>
      findLean(
        ctx.em,
        NeedsSurvey,
        { personId: { $in: personIds } },
        { orderBy: { surveyedOn: "DESC", id: "DESC" } },
      ),
    (s) => s.personId,
  );
}

/** Burden notices per person (R-SS-5), newest first. */
export function burdenNoticesLoader(ctx: RegistryContext): DataLoader<string, BurdenNotice[]> {
  return groupLoader(
    ctx,
    "burdenNotices",
    (personIds) =>
      findLean(
        ctx.em,
        BurdenNotice,
        { personId: { $in: personIds } },
        { orderBy: { claimDate: "DESC", id: "DESC" } },
      ),
    (n) => n.personId,
  );
}
