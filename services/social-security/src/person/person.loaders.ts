import type DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { findLean, inTownshipScope, personRowsLoader, requireIdentity, rowLoader } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "../enrolment/enrolment.entity";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PersonFacts } from "./person-facts.entity";
import { BurdenReport } from "../settlement/burden-report.entity";
import { Settlement } from "../settlement/settlement.entity";

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
  personRowsLoader(ctx, "enrolments", Enrolment, { scheme: "DESC", id: "ASC" }, info);
export const subsidiesLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  personRowsLoader(ctx, "subsidies", PremiumSubsidy, { year: "DESC", scheme: "DESC", id: "ASC" }, info);
export const settlementsLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  personRowsLoader(ctx, "settlements", Settlement, { claimDate: "DESC", id: "DESC" }, info);
export const burdenReportsLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  personRowsLoader(ctx, "burdenReports", BurdenReport, { claimDate: "DESC", id: "DESC" }, info);
export const pensionEntriesLoader = (ctx: SocialSecurityContext, info?: GraphQLResolveInfo) =>
  personRowsLoader(ctx, "pensionEntries", PensionLedgerEntry, { id: "ASC" }, info);

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
