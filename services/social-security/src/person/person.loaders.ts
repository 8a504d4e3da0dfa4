import DataLoader from "dataloader";
import type { EntityClass } from "@mikro-orm/core";
import { requireIdentity } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "../enrolment/enrolment.entity";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PersonFacts } from "../person-facts/person-facts.entity";
import { BurdenReport } from "../settlement/burden-report.entity";
import { Settlement } from "../settlement/settlement.entity";

type Orderable = { personId: string; id: string };

/** Rows of an entity per person: one query per batch whatever the list's length (一人一档 lists of 500). */
function perPerson<T extends Orderable>(
  ctx: SocialSecurityContext,
  key: string,
  entity: EntityClass<T>,
  orderBy: Record<string, "ASC" | "DESC">,
): DataLoader<string, T[]> {
  return ctx.loaders.get(
    key,
    () =>
      new DataLoader<string, T[]>(
        async (personIds) => {
          const rows = (await ctx.em.find(entity, { personId: { $in: [...personIds] } } as never, {
            orderBy: orderBy as never,
          })) as T[];
          const grouped = new Map<string, T[]>();
          for (const r of rows) {
            const list = grouped.get(r.personId);
            if (list) list.push(r);
            else grouped.set(r.personId, [r]);
          }
          return personIds.map((id) => grouped.get(id) ?? []);
        },
        { maxBatchSize: 1000 },
      ),
  );
}

/** The projection's facts per person, or null when unknown here or outside the caller's townships. */
export function factsLoader(ctx: SocialSecurityContext): DataLoader<string, PersonFacts | null> {
  return ctx.loaders.get(
    "facts",
    () =>
      new DataLoader<string, PersonFacts | null>(
        async (ids) => {
          const identity = requireIdentity(ctx);
          const rows = await ctx.em.find(PersonFacts, { personId: { $in: [...ids] } });
          const map = new Map(rows.map((r) => [r.personId, r]));
          return ids.map((id) => {
            const f = map.get(id);
            if (!f) return null;
            return identity.townships.length === 0 || identity.townships.includes(f.townshipCode) ? f : null;
          });
        },
        { maxBatchSize: 1000 },
      ),
  );
}

export const enrolmentsLoader = (ctx: SocialSecurityContext) =>
  perPerson(ctx, "enrolments", Enrolment, { scheme: "DESC", id: "ASC" });
export const subsidiesLoader = (ctx: SocialSecurityContext) =>
  perPerson(ctx, "subsidies", PremiumSubsidy, { year: "DESC", scheme: "DESC", id: "ASC" });
export const settlementsLoader = (ctx: SocialSecurityContext) =>
  perPerson(ctx, "settlements", Settlement, { claimDate: "DESC", id: "DESC" });
export const burdenReportsLoader = (ctx: SocialSecurityContext) =>
  perPerson(ctx, "burdenReports", BurdenReport, { claimDate: "DESC", id: "DESC" });
export const pensionEntriesLoader = (ctx: SocialSecurityContext) =>
  perPerson(ctx, "pensionEntries", PensionLedgerEntry, { id: "ASC" });

export function burdenBySettlementLoader(
  ctx: SocialSecurityContext,
): DataLoader<string, BurdenReport | null> {
  return ctx.loaders.get(
    "burdenBySettlement",
    () =>
      new DataLoader<string, BurdenReport | null>(async (ids) => {
        const rows = await ctx.em.find(BurdenReport, { settlementId: { $in: [...ids] } });
        const map = new Map(rows.map((r) => [r.settlementId, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
  );
}
