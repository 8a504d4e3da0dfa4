import type DataLoader from "dataloader";
import { groupLoader, requireIdentity, rowLoader, townshipScope } from "@pa/service-kit";
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
    (ids) => ctx.em.find(Person, { id: { $in: ids }, ...townshipScope(requireIdentity(ctx)) }),
    (p) => p.id,
  );
}

export function householdLoader(ctx: RegistryContext): DataLoader<string, Household | null> {
  return rowLoader(
    ctx,
    "household",
    (ids) => ctx.em.find(Household, { id: { $in: ids } }),
    (h) => h.id,
  );
}

/** Needs surveys per person, newest first. */
export function surveysLoader(ctx: RegistryContext): DataLoader<string, NeedsSurvey[]> {
  return groupLoader(
    ctx,
    "surveys",
    (personIds) =>
      ctx.em.find(
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
      ctx.em.find(
        BurdenNotice,
        { personId: { $in: personIds } },
        { orderBy: { claimDate: "DESC", id: "DESC" } },
      ),
    (n) => n.personId,
  );
}
