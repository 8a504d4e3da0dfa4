import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, PageArgs, Unit } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { burdenBySettlementLoader } from "../person/person.loaders";
import { BurdenReport } from "./burden-report.entity";
import { Settlement } from "./settlement.entity";
import { SettleClaimInput, SettlementsFilter } from "./settlement.inputs";
import { SettlementService } from "./settlement.service";
import { SettlementComparison } from "./what-if.types";

@ObjectType("SettlementConnection", { description: "结算列表 A page of settlements" })
export class SettlementConnection extends ConnectionType(Settlement) {}

@ObjectType("BurdenReportConnection", { description: "负担通报列表 A page of burden reports" })
export class BurdenReportConnection extends ConnectionType(BurdenReport) {}

@Resolver(() => Settlement)
export class SettlementResolver {
  @Authorized(Unit.MedicalCentre)
  @Mutation(() => Settlement, {
    description:
      "一站式结算 Settle a claim: basic → critical illness → special drugs → medical aid → poverty special (medical-centre)",
  })
  settleClaim(
    @Arg("input", () => SettleClaimInput) input: SettleClaimInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<Settlement> {
    return new SettlementService(ctx).settleClaim(input);
  }

  @Authorized()
  @Query(() => Settlement, { nullable: true, description: "按编号查结算 A settlement by id" })
  settlement(@Arg("id", () => ID) id: string, @Ctx() ctx: SocialSecurityContext): Promise<Settlement | null> {
    return new SettlementService(ctx).get(id);
  }

  @Authorized()
  @Query(() => SettlementConnection, { description: "结算列表 Settlements, newest first" })
  settlements(
    @Arg("filter", () => SettlementsFilter, { nullable: true }) filter: SettlementsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<SettlementConnection> {
    return new SettlementService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => BurdenReportConnection, {
    description: "负担较重通报 Heavy-burden reports (R-SS-5), newest first",
  })
  burdenReports(
    @Arg("filter", () => SettlementsFilter, { nullable: true }) filter: SettlementsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<BurdenReportConnection> {
    return new SettlementService(ctx).burdenReports(filter, page);
  }

  @Authorized()
  @Query(() => SettlementComparison, {
    description: "政策试算 Replay chosen settlements under a draft policy version and compare per payer",
  })
  compareSettlements(
    @Arg("draftPolicyVersionId", () => ID) draftPolicyVersionId: string,
    @Arg("settlementIds", () => [ID], { nullable: true }) settlementIds: string[] | null,
    @Arg("filter", () => SettlementsFilter, { nullable: true }) filter: SettlementsFilter | null,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<SettlementComparison> {
    return new SettlementService(ctx).compare(draftPolicyVersionId, settlementIds, filter);
  }

  @FieldResolver(() => BurdenReport, {
    nullable: true,
    description: "负担通报 The burden report, if one was made",
  })
  burdenReport(@Root() s: Settlement, @Ctx() ctx: SocialSecurityContext): Promise<BurdenReport | null> {
    return burdenBySettlementLoader(ctx).load(s.id);
  }
}
