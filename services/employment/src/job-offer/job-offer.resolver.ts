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
import { ConnectionType, PageArgs, Unit } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { Person, personRef } from "../person/person.stub";
import { JobOffer } from "./job-offer.entity";
import { JobOffersFilter, RecordJobOfferInput, RecordOfferOutcomeInput } from "./job-offer.inputs";
import { JobOfferService } from "./job-offer.service";

@ObjectType("JobOfferConnection", { description: "岗位推荐列表 A page of job offers" })
export class JobOfferConnection extends ConnectionType(JobOffer) {}

@Resolver(() => JobOffer)
export class JobOfferResolver {
  @Authorized()
  @Query(() => JobOfferConnection, {
    description: "岗位推荐列表 Job offers, filtered and paginated (newest first)",
  })
  jobOffers(
    @Arg("filter", () => JobOffersFilter, { nullable: true }) filter: JobOffersFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<JobOfferConnection> {
    return new JobOfferService(ctx).list(filter, page);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => JobOffer, { description: "记录岗位推荐 Record a job offer to a person (R-EMP-3)" })
  recordJobOffer(
    @Arg("input", () => RecordJobOfferInput) input: RecordJobOfferInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<JobOffer> {
    return new JobOfferService(ctx).record(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => JobOffer, { description: "记录推荐结果 Record the outcome of an offer" })
  recordOfferOutcome(
    @Arg("input", () => RecordOfferOutcomeInput) input: RecordOfferOutcomeInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<JobOffer> {
    return new JobOfferService(ctx).recordOutcome(input);
  }

  @FieldResolver(() => Person, { description: "推荐对象 The person" })
  person(@Root() offer: JobOffer): Person {
    return personRef(offer.personId);
  }
}
