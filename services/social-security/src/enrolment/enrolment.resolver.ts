import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { businessDate, ConnectionType, LocalDateScalar, PageArgs } from "@pa/service-kit";
import { SS_WRITERS } from "../common/ownership";
import type { SocialSecurityContext } from "../context";
import { Enrolment } from "./enrolment.entity";
import {
  EnrolmentsFilter,
  RecordEnrolmentInput,
  RecordSubsidyPaymentInput,
  SubsidiesFilter,
} from "./enrolment.inputs";
import { EnrolmentService } from "./enrolment.service";
import { PremiumSubsidy } from "./premium-subsidy.entity";
import { onTimeAndInFull, subsidyState } from "./subsidy.rules";
import { SubsidyState } from "./enrolment.enums";
import { Person } from "../person/person.stub";

@ObjectType("EnrolmentConnection", { description: "参保列表 A page of enrolments" })
export class EnrolmentConnection extends ConnectionType(Enrolment) {}

@ObjectType("PremiumSubsidyConnection", { description: "缴费补贴列表 A page of premium subsidies" })
export class PremiumSubsidyConnection extends ConnectionType(PremiumSubsidy) {}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Authorized()
  @Query(() => EnrolmentConnection, { description: "参保列表 Enrolments" })
  enrolments(
    @Arg("filter", () => EnrolmentsFilter, { nullable: true }) filter: EnrolmentsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<EnrolmentConnection> {
    return new EnrolmentService(ctx).listEnrolments(filter, page);
  }

  @Authorized(...SS_WRITERS)
  @Mutation(() => Enrolment, {
    description:
      "记录参保 Record an enrolment (pension-centre: RESIDENT_PENSION; medical-centre: RESIDENT_MEDICAL)",
  })
  recordEnrolment(
    @Arg("input", () => RecordEnrolmentInput) input: RecordEnrolmentInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<Enrolment> {
    return new EnrolmentService(ctx).recordEnrolment(input);
  }
}

@Resolver(() => PremiumSubsidy)
export class PremiumSubsidyResolver {
  @Authorized()
  @Query(() => PremiumSubsidyConnection, { description: "个人缴费补贴 Premium subsidies (R-SS-1)" })
  premiumSubsidies(
    @Arg("filter", () => SubsidiesFilter, { nullable: true }) filter: SubsidiesFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PremiumSubsidyConnection> {
    return new EnrolmentService(ctx).listSubsidies(filter, page);
  }

  @Authorized(...SS_WRITERS)
  @Mutation(() => PremiumSubsidy, {
    description: "记录补贴到账 Record subsidy money that arrived (the scheme's centre)",
  })
  recordSubsidyPayment(
    @Arg("input", () => RecordSubsidyPaymentInput) input: RecordSubsidyPaymentInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PremiumSubsidy> {
    return new EnrolmentService(ctx).recordSubsidyPayment(input);
  }

  @FieldResolver(() => SubsidyState, { description: "到账情况 State on a date (default today)" })
  state(
    @Root() s: PremiumSubsidy,
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf: string | null,
  ): SubsidyState {
    return subsidyState(s, asOf ?? businessDate());
  }

  @FieldResolver(() => Boolean, { description: "及时足额到账 Paid in full by the due date (R-SS-1)" })
  onTimeAndInFull(@Root() s: PremiumSubsidy): boolean {
    return onTimeAndInFull(s);
  }

  @FieldResolver(() => Person, { description: "补贴对象 The person (name and ID number from the registry)" })
  person(@Root() s: PremiumSubsidy): Person {
    return { id: s.personId };
  }
}
