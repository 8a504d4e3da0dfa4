import type DataLoader from "dataloader";
import type { EntityClass } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import {
  findLean,
  groupLoader,
  inTownshipScope,
  leanFields,
  requireIdentity,
  rowLoader,
} from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "../enrolment/enrolment.entity";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PersonFacts } from "./person-facts.entity";
import { BurdenReport } from "../settlement/burden-report.entity";
import { Settlement } from "../settlement/settlement.entity";

type Orderable = { personId: string; id: string };

/**
 * Rows of an entity per person: one query per batch whatever the list's length (一人一档 lists of
 * 500), as plain rows (`findLean`). Given the resolver's `info`, only the columns its selection asks
 * for are read (a settlement list without `trace` never reads the trace); each selection has its
 * own loader, so two selections in one request cost one statement each.
 */
function perPerson<T extends Orderable>(
  ctx: SocialSecurityContext,
  key: string,
  entity: EntityClass<T>,
  orderBy: Record<string, "ASC" | "DESC">,
  info?: GraphQLResolveInfo,
): DataLoader<string, T[]> {
  const fields = info ? leanFields(ctx.em, entity, info, ["personId", ...Object.keys(orderBy)]) : undefined;
  return groupLoader(
    ctx,
    fields ? `${key}:${fields.join(",")}` : key,
    // The filter and order cannot be spelled for an entity chosen by the caller.
    async (personIds) =>
      (await findLean(ctx.em, entity, { personId: { $in: personIds } } as never, {
        orderBy: orderBy as never,
        ...(fields ? { fields } : {}),
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

export const enrolmentsLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  perPerson(ctx, "enrolments", Enrolment, { scheme: "DESC", id: "ASC" }, info);
export const subsidiesLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  perPerson(ctx, "subsidies", PremiumSubsidy, { year: "DESC", scheme: "DESC", id: "ASC" }, info);
export const settlementsLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  perPerson(ctx, "settlements", Settlement, { claimDate: "DESC", id: "DESC" }, info);
export const burdenReportsLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  perPerson(ctx, "burdenReports", BurdenReport, { claimDate: "DESC", id: "DESC" }, info);
export const pensionEntriesLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  perPerson(ctx, "pensionEntries", PensionLedgerEntry, { id: "ASC" }, info);

export function burdenBySettlementLoader(
  ctx: SocialSecurityContext,
): DataLoader<string, BurdenReport | null> {
  return rowLoader(
    ctx,
    "burdenBySettlement",
    (ids) => findLean(ctx.em, BurdenReport, { settlementId: { $in: ids } }),
    (r) => r.settlementId,
  );
}
