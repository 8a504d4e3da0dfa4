import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { businessDate, ConnectionType, findLean, PageArgs, rowLoader } from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { HouseholdFacts } from "../household/household-facts.entity";
import { personLoaders } from "../person/person.loaders";
import { Person, personRef } from "../person/person.stub";
import { TrainingSurvey } from "../survey/training-survey.entity";
import { daysBetween } from "../training-project/training-project.rules";
import { TrainingNeed } from "./training-need.entity";
import { TrainingNeedsFilter } from "./training-need.inputs";
import { TrainingNeedService } from "./training-need.service";

@ObjectType("TrainingNeedConnection", { description: "培训需求列表 A page of training needs" })
export class TrainingNeedConnection extends ConnectionType(TrainingNeed) {}

const surveyLoader = (ctx: SkillsContext) =>
  rowLoader(
    ctx,
    "need.survey",
    (ids) => findLean(ctx.em, TrainingSurvey, { personId: { $in: ids } }),
    (r) => r.personId,
  );
const householdLoader = (ctx: SkillsContext) =>
  rowLoader(
    ctx,
    "need.household",
    (ids) => findLean(ctx.em, HouseholdFacts, { householdId: { $in: ids } }),
    (r) => r.householdId,
  );

@Resolver(() => TrainingNeed)
export class TrainingNeedResolver {
  @Authorized()
  @Query(() => TrainingNeedConnection, {
    description:
      "培训需求（按镇街、等待最久在前） Training needs by township, longest waiting first (R-TGT-3)",
  })
  trainingNeeds(
    @Arg("filter", () => TrainingNeedsFilter, { nullable: true }) filter: TrainingNeedsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingNeedConnection> {
    return new TrainingNeedService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => TrainingNeedConnection, {
    description:
      "培训缺口：有培训需求但未报名的人员（按镇街、等待最久在前） The gap list: open needs without an enrolment (R-TGT-3)",
  })
  trainingGaps(
    @Arg("townshipCodes", () => [String], { nullable: true }) townshipCodes: string[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingNeedConnection> {
    return new TrainingNeedService(ctx).list({ townshipCodes, withoutEnrolment: true }, page);
  }

  @FieldResolver(() => Person, { description: "人员 The person (name from the registry)" })
  person(@Root() need: TrainingNeed): Person {
    return personRef(need.personId);
  }

  @FieldResolver(() => Int, { description: "已等待天数（至今或至关闭） Days waited, to today or to closing" })
  waitingDays(@Root() need: TrainingNeed): number {
    return Math.max(0, daysBetween(need.openedOn, need.closedOn ?? businessDate()));
  }

  @FieldResolver(() => TrainingSurvey, { nullable: true, description: "最近需求调查 Latest needs survey" })
  latestSurvey(@Root() need: TrainingNeed, @Ctx() ctx: SkillsContext): Promise<TrainingSurvey | null> {
    return surveyLoader(ctx).load(need.personId);
  }

  @FieldResolver(() => Boolean, {
    description: "农村零转移就业贫困家庭 From a rural poor household with nobody in transferred work",
  })
  async zeroTransferHousehold(@Root() need: TrainingNeed, @Ctx() ctx: SkillsContext): Promise<boolean> {
    const facts = await personLoaders.facts(ctx).load(need.personId);
    if (!facts) return false;
    return (await householdLoader(ctx).load(facts.householdId))?.ruralZeroTransferEmployment ?? false;
  }
}
