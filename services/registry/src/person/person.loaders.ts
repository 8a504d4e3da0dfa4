import DataLoader from "dataloader";
import { requireIdentity, townshipScope } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { BurdenNotice } from "../burden-notice/burden-notice.entity";
import { Household } from "../household/household.entity";
import { NeedsSurvey } from "../needs-survey/needs-survey.entity";
import { Person } from "./person.entity";

function byKey<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T> {
  return new Map(rows.map((r) => [r[key], r]));
}

/** People by id within the caller's township scope: one query per batch, whatever the list's length. */
export function personLoader(ctx: RegistryContext): DataLoader<string, Person | null> {
  return ctx.loaders.get(
    "person",
    () =>
      new DataLoader<string, Person | null>(
        async (ids) => {
          const rows = await ctx.em.find(Person, {
            id: { $in: [...ids] },
            ...townshipScope(requireIdentity(ctx)),
          });
          const map = byKey(rows, "id");
          return ids.map((id) => map.get(id) ?? null);
        },
        { maxBatchSize: 1000 },
      ),
  );
}

export function householdLoader(ctx: RegistryContext): DataLoader<string, Household | null> {
  return ctx.loaders.get(
    "household",
    () =>
      new DataLoader<string, Household | null>(
        async (ids) => {
          const map = byKey(await ctx.em.find(Household, { id: { $in: [...ids] } }), "id");
          return ids.map((id) => map.get(id) ?? null);
        },
        { maxBatchSize: 1000 },
      ),
  );
}

/** Needs surveys per person, newest first. */
export function surveysLoader(ctx: RegistryContext): DataLoader<string, NeedsSurvey[]> {
  return ctx.loaders.get(
    "surveys",
    () =>
      new DataLoader<string, NeedsSurvey[]>(
        async (personIds) => {
          const rows = await ctx.em.find(
            NeedsSurvey,
            { personId: { $in: [...personIds] } },
            { orderBy: { surveyedOn: "DESC", id: "DESC" } },
          );
          const grouped = new Map<string, NeedsSurvey[]>();
          for (const r of rows) grouped.set(r.personId, [...(grouped.get(r.personId) ?? []), r]);
          return personIds.map((id) => grouped.get(id) ?? []);
        },
        { maxBatchSize: 1000 },
      ),
  );
}

/** Burden notices per person (R-SS-5), newest first. */
export function burdenNoticesLoader(ctx: RegistryContext): DataLoader<string, BurdenNotice[]> {
  return ctx.loaders.get(
    "burdenNotices",
    () =>
      new DataLoader<string, BurdenNotice[]>(
        async (personIds) => {
          const rows = await ctx.em.find(
            BurdenNotice,
            { personId: { $in: [...personIds] } },
            { orderBy: { claimDate: "DESC", id: "DESC" } },
          );
          const grouped = new Map<string, BurdenNotice[]>();
          for (const r of rows) grouped.set(r.personId, [...(grouped.get(r.personId) ?? []), r]);
          return personIds.map((id) => grouped.get(id) ?? []);
        },
        { maxBatchSize: 1000 },
      ),
  );
}
