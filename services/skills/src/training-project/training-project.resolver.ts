import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, findLean, groupLoader, PageArgs, rowLoader, Unit } from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingEnrolment, TrainingSession } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { TrainingInstitution } from "../institution/institution.entity";
import { institutionLoader } from "../institution/institution.resolver";
import { TrainingProject } from "./training-project.entity";
import { RecordTrainingProjectInput, TrainingProjectsFilter } from "./training-project.inputs";
import { TrainingProjectService } from "./training-project.service";

@ObjectType("TrainingProjectConnection", { description: "培训项目列表 A page of training projects" })
export class TrainingProjectConnection extends ConnectionType(TrainingProject) {}

const enrolmentsOf = (ctx: SkillsContext) =>
  groupLoader(
    ctx,
    "project.enrolments",
    (ids) =>
      findLean(ctx.em, TrainingEnrolment, { projectId: { $in: ids } }, { fields: ["projectId", "status"] }),
    (e) => e.projectId,
  );

/** One project per id, batched per request (claims, enrolments and certificates name theirs). */
export function projectLoader(ctx: SkillsContext) {
  return rowLoader(
    ctx,
    "project.byId",
    (ids) => findLean(ctx.em, TrainingProject, { id: { $in: ids } }),
    (r) => r.id,
  );
}

@Resolver(() => TrainingProject)
export class TrainingProjectResolver {
  @Authorized()
  @Query(() => TrainingProjectConnection, {
    description:
      "培训项目列表（本月在训：runningFrom=月初, runningTo=月末） Training projects; running this month with runningFrom/runningTo",
  })
  trainingProjects(
    @Arg("filter", () => TrainingProjectsFilter, { nullable: true }) filter: TrainingProjectsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingProjectConnection> {
    return new TrainingProjectService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => TrainingProject, {
    nullable: true,
    description: "培训项目（镇街范围外为空） One project; null outside your townships",
  })
  async trainingProject(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingProject | null> {
    const p = await projectLoader(ctx).load(id);
    const scope = ctx.identity?.townships ?? [];
    return p && (scope.length === 0 || scope.includes(p.townshipCode)) ? p : null;
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingProject, {
    description: "登记政府购买培训项目 Record a purchased training project (R-SKL-1)",
  })
  recordTrainingProject(
    @Arg("input", () => RecordTrainingProjectInput) input: RecordTrainingProjectInput,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingProject> {
    return new TrainingProjectService(ctx).record(input);
  }

  @FieldResolver(() => TrainingInstitution, { nullable: true, description: "培训机构 Institution" })
  institution(@Root() p: TrainingProject, @Ctx() ctx: SkillsContext): Promise<TrainingInstitution | null> {
    return institutionLoader(ctx).load(p.institutionId);
  }

  @FieldResolver(() => Int, { description: "报名人数 Enrolled" })
  async enrolledCount(@Root() p: TrainingProject, @Ctx() ctx: SkillsContext): Promise<number> {
    return (await enrolmentsOf(ctx).load(p.id)).length;
  }

  @FieldResolver(() => Int, { description: "结业人数 Completed" })
  async completedCount(@Root() p: TrainingProject, @Ctx() ctx: SkillsContext): Promise<number> {
    return (await enrolmentsOf(ctx).load(p.id)).filter((e) => e.status === EnrolmentStatus.COMPLETED).length;
  }

  @FieldResolver(() => [TrainingSession], { description: "课次（按日期） Sessions by date" })
  sessions(@Root() p: TrainingProject, @Ctx() ctx: SkillsContext): Promise<TrainingSession[]> {
    return groupLoader(
      ctx,
      "project.sessions",
      (ids) =>
        findLean(
          ctx.em,
          TrainingSession,
          { projectId: { $in: ids } },
          { orderBy: { heldOn: "ASC", id: "ASC" } },
        ),
      (s) => s.projectId,
    ).load(p.id);
  }
}
