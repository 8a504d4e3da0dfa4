import type DataLoader from "dataloader";
import type { EntityClass } from "@mikro-orm/core";
import { findLean, groupLoader, inTownshipScope, requireIdentity, rowLoader } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "../enrolment/enrolment.entity";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PersonFacts } from "./person-facts.entity";
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
  return groupLoader(
    ctx,
    key,
    // The filter and order cannot be spelled for an entity chosen by the caller.
    async (personIds) =>
      (await findLean(ctx.em, entity, { personId: { $in: personIds } } as never, {
        orderBy: orderBy as never,
      })) as T[],
    (r) => r.personId,
  );
}

/** The projection's facts per person, or null when unknown here or outside the caller's townships. */
export function factsLoader(ctx: SocialSecurityContext): DataLoader<string, PersonFacts | null> {
  return rowLoader(
    ctx,
    "facts",
    async (ids) => {
      const identity = requireIdentity(ctx);
      const rows = await findLean(ctx.em, PersonFacts, { personId: { $in: ids } });
      return rows.filter((f) => inTownshipScope(identity, f.townshipCode));
    },
    (f) => f.personId,
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
  return rowLoader(
    ctx,
    "burdenBySettlement",
    (ids) => ctx.em.find(BurdenReport, { settlementId: { $in: ids } }),
    (r) => r.settlementId,
  );
}
