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
import { ConnectionType, groupLoader, PageArgs, requireIdentity, townshipScope, Unit } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { JobOffer } from "../job-offer/job-offer.entity";
import { FairGap, QuarterInput } from "../township/township.stub";
import { JobFair } from "./job-fair.entity";
import { JobFairsFilter, RecordJobFairInput } from "./job-fair.inputs";
import { JobFairService } from "./job-fair.service";

@ObjectType("JobFairConnection", { description: "扶贫专场招聘列表 A page of job fairs" })
export class JobFairConnection extends ConnectionType(JobFair) {}

@Resolver(() => JobFair)
export class JobFairResolver {
  @Authorized()
  @Query(() => JobFairConnection, {
    description: "扶贫专场招聘列表 Job fairs, filtered and paginated (newest first)",
  })
  jobFairs(
    @Arg("filter", () => JobFairsFilter, { nullable: true }) filter: JobFairsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<JobFairConnection> {
    return new JobFairService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => [FairGap], {
    description:
      "本季度未举办专场招聘的贫困人口集中镇街 R-EMP-4 gap list: concentrated townships without a fair in the quarter",
  })
  async fairGaps(
    @Arg("quarter", () => QuarterInput) quarter: QuarterInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<FairGap[]> {
    const rows = await new JobFairService(ctx).gaps(quarter);
    return rows.map((r) => ({ ...r, township: { code: r.townshipCode } }));
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => JobFair, { description: "记录扶贫专场招聘 Record a job fair held (R-EMP-4)" })
  recordJobFair(
    @Arg("input", () => RecordJobFairInput) input: RecordJobFairInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<JobFair> {
    return new JobFairService(ctx).record(input);
  }

  @FieldResolver(() => [JobOffer], {
    description: "在此招聘会上的岗位推荐 Offers recorded as made at this fair",
  })
  offers(@Root() fair: JobFair, @Ctx() ctx: EmploymentContext): Promise<JobOffer[]> {
    return groupLoader(
      ctx,
      "fair.offers",
      (ids) =>
        ctx.em.find(
          JobOffer,
          { jobFairId: { $in: ids }, ...townshipScope(requireIdentity(ctx)) },
          { orderBy: { offeredOn: "ASC", id: "ASC" } },
        ),
      (o) => o.jobFairId ?? "",
    ).load(fair.id);
  }
}
