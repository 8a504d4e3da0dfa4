import { Ctx, Field, FieldResolver, ID, Info, ObjectType, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { businessDate, LocalDateScalar } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "../enrolment/enrolment.entity";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { isPoorOn } from "./person.rules";
import { BurdenReport } from "../settlement/burden-report.entity";
import { Settlement } from "../settlement/settlement.entity";
import {
  burdenReportsLoader,
  enrolmentsLoader,
  factsLoader,
  pensionEntriesLoader,
  settlementsLoader,
  subsidiesLoader,
} from "./person.loaders";
import { Person } from "./person.stub";

/** 社保扶贫 A person's social-security record (一人一档: this service's part). */
@ObjectType({ description: "社保扶贫 A person's social-security record" })
export class PersonSocialSecurity {
  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDateScalar, { description: "建档立卡日期 Registered on (as this service knows it)" })
  registeredOn!: string;
}

@Resolver(() => Person)
export class PersonSocialSecurityFieldResolver {
  @FieldResolver(() => PersonSocialSecurity, {
    nullable: true,
    description:
      "社保扶贫 Social security: enrolments, subsidies, pension ledger, settlements, burden reports",
  })
  async socialSecurity(
    @Root() person: Person,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PersonSocialSecurity | null> {
    const facts = await factsLoader(ctx).load(person.id);
    return facts ? { personId: facts.personId, registeredOn: facts.registeredOn } : null;
  }
}

@Resolver(() => PersonSocialSecurity)
export class PersonSocialSecurityResolver {
  @FieldResolver(() => [Enrolment], { description: "参保 Enrolments" })
  enrolments(
    @Root() r: PersonSocialSecurity,
    @Ctx() ctx: SocialSecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Enrolment[]> {
    return enrolmentsLoader(ctx, info).load(r.personId);
  }

  @FieldResolver(() => [PremiumSubsidy], {
    description: "个人缴费补贴（新→旧） Premium subsidies, newest year first",
  })
  premiumSubsidies(
    @Root() r: PersonSocialSecurity,
    @Ctx() ctx: SocialSecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PremiumSubsidy[]> {
    return subsidiesLoader(ctx, info).load(r.personId);
  }

  @FieldResolver(() => PensionLedgerEntry, {
    nullable: true,
    description: "养老待遇台账 Pension ledger entry",
  })
  async pensionLedgerEntry(
    @Root() r: PersonSocialSecurity,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerEntry | null> {
    return (await pensionEntriesLoader(ctx).load(r.personId))[0] ?? null;
  }

  @FieldResolver(() => [Settlement], { description: "一站式结算（新→旧） Settlements, newest first" })
  settlements(
    @Root() r: PersonSocialSecurity,
    @Ctx() ctx: SocialSecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Settlement[]> {
    return settlementsLoader(ctx, info).load(r.personId);
  }

  @FieldResolver(() => [BurdenReport], { description: "负担较重通报 Burden reports" })
  burdenReports(
    @Root() r: PersonSocialSecurity,
    @Ctx() ctx: SocialSecurityContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BurdenReport[]> {
    return burdenReportsLoader(ctx, info).load(r.personId);
  }

  @FieldResolver(() => Boolean, {
    description: "按贫困人口享受政策 Poor-person adjustments apply today (R-PRIN-1: an exit keeps them)",
  })
  poorPersonAdjustments(@Root() r: PersonSocialSecurity): boolean {
    return isPoorOn(r, businessDate());
  }
}
