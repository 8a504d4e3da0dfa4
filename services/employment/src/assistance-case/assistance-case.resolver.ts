import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { businessDate, ConnectionType, LocalDateScalar, PageArgs, Unit } from "@pa/service-kit";
import { TargetStatus } from "../target/target.enums";
import { targetStatus } from "../target/target.service";
import type { EmploymentContext } from "../context";
import { JobOffer } from "../job-offer/job-offer.entity";
import { personLoaders } from "../person/person.loaders";
import { offersRequiredOn, policies } from "../policy/policy.kinds";
import { Person, personRef } from "../person/person.stub";
import { AssistanceCase } from "./assistance-case.entity";
import {
  AssignCaseworkerInput,
  AssistanceCasesFilter,
  CloseAssistanceCaseInput,
  OfferGapsFilter,
  OpenAssistanceCaseInput,
} from "./assistance-case.inputs";
import { AssistanceCaseService } from "./assistance-case.service";

@ObjectType("AssistanceCaseConnection", { description: "帮扶案件列表 A page of assistance cases" })
export class AssistanceCaseConnection extends ConnectionType(AssistanceCase) {}

/** R-EMP-3 the gap list, with the `OFFERS` policy version it was drawn against. */
@ObjectType("OfferGapConnection", { description: "岗位推荐缺口 A page of the offer gap list" })
export class OfferGapConnection extends ConnectionType(AssistanceCase) {
  @Field(() => Int, { description: "应提供岗位次数 Offers each person must receive (R-EMP-3)" })
  offersRequired!: number;

  @Field(() => ID, { description: "所用政策版本 The OFFERS policy version in force today" })
  policyVersionId!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "完成期限 The OFFERS version's deadline (null: none)",
  })
  dueOn!: string | null;

  @Field(() => TargetStatus, {
    description: "NOT_DUE 未到期限 before the deadline; MISSED 逾期 after it (everyone listed falls short)",
  })
  status!: TargetStatus;
}

@Resolver(() => AssistanceCase)
export class AssistanceCaseResolver {
  @Authorized()
  @Query(() => AssistanceCase, {
    nullable: true,
    description: "按编号查帮扶案件 A case by id (null outside your townships)",
  })
  assistanceCase(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AssistanceCase | null> {
    return new AssistanceCaseService(ctx).get(id);
  }

  @Authorized()
  @Query(() => AssistanceCaseConnection, {
    description: "帮扶案件列表 Assistance cases, filtered and paginated",
  })
  assistanceCases(
    @Arg("filter", () => AssistanceCasesFilter, { nullable: true }) filter: AssistanceCasesFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AssistanceCaseConnection> {
    return new AssistanceCaseService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => OfferGapConnection, {
    description:
      "岗位推荐次数不足的帮扶对象（等待最久的在前） R-EMP-3 gap list: open cases with fewer offers than required, longest-waiting first",
  })
  offerGaps(
    @Arg("filter", () => OfferGapsFilter, { nullable: true }) filter: OfferGapsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<OfferGapConnection> {
    return new AssistanceCaseService(ctx).offerGaps(filter, page);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => AssistanceCase, { description: "立案帮扶 Open an assistance case by hand" })
  openAssistanceCase(
    @Arg("input", () => OpenAssistanceCaseInput) input: OpenAssistanceCaseInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).open(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => AssistanceCase, { description: "指派帮扶责任人 Assign a caseworker" })
  assignCaseworker(
    @Arg("input", () => AssignCaseworkerInput) input: AssignCaseworkerInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).assignCaseworker(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => AssistanceCase, {
    description: "结案（须填写原因） Close a case with a reason (R-PRIN-1: never by an exit)",
  })
  closeAssistanceCase(
    @Arg("input", () => CloseAssistanceCaseInput) input: CloseAssistanceCaseInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<AssistanceCase> {
    return new AssistanceCaseService(ctx).close(input);
  }

  @FieldResolver(() => Person, { description: "帮扶对象 The person" })
  person(@Root() c: AssistanceCase): Person {
    return personRef(c.personId);
  }

  @FieldResolver(() => Int, {
    description: "距要求还差的推荐次数 Offers still missing to reach the requirement",
  })
  async offersMissing(@Root() c: AssistanceCase, @Ctx() ctx: EmploymentContext): Promise<number> {
    const { offersRequired } = await offersRequiredOn(policies.forRequest(ctx), businessDate());
    return Math.max(0, offersRequired - c.offerCount);
  }

  @FieldResolver(() => TargetStatus, {
    description:
      "岗位推荐完成状态 R-EMP-3 offers against the OFFERS version in force today: MET, NOT_DUE or MISSED (its deadline)",
  })
  async offersStatus(@Root() c: AssistanceCase, @Ctx() ctx: EmploymentContext): Promise<TargetStatus> {
    const today = businessDate();
    const { offersRequired, deadline } = await offersRequiredOn(policies.forRequest(ctx), today);
    return targetStatus(true, c.offerCount >= offersRequired, deadline, today, today);
  }

  @FieldResolver(() => [JobOffer], { description: "岗位推荐（新→旧） Offers to the person, newest first" })
  offers(@Root() c: AssistanceCase, @Ctx() ctx: EmploymentContext): Promise<JobOffer[]> {
    return personLoaders.offers(ctx).load(c.personId);
  }
}
