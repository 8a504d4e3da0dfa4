import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { ConnectionType, findLean, PageArgs, rowLoader, Unit } from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingInstitution } from "./institution.entity";
import {
  RecordTrainingInstitutionInput,
  TrainingInstitutionsFilter,
  UpdateTrainingInstitutionInput,
} from "./institution.inputs";
import { TrainingInstitutionService } from "./institution.service";

@ObjectType("TrainingInstitutionConnection", { description: "培训机构列表 A page of training institutions" })
export class TrainingInstitutionConnection extends ConnectionType(TrainingInstitution) {}

/** One institution per id, batched per request; read-only plain rows (`findLean`). */
export function institutionLoader(ctx: SkillsContext) {
  return rowLoader(
    ctx,
    "institution.byId",
    (ids) => findLean(ctx.em, TrainingInstitution, { id: { $in: ids } }),
    (r) => r.id,
  );
}

@Resolver(() => TrainingInstitution)
export class TrainingInstitutionResolver {
  @Authorized()
  @Query(() => TrainingInstitutionConnection, { description: "培训机构列表 Training institutions" })
  trainingInstitutions(
    @Arg("filter", () => TrainingInstitutionsFilter, { nullable: true })
    filter: TrainingInstitutionsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingInstitutionConnection> {
    return new TrainingInstitutionService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => TrainingInstitution, { nullable: true, description: "培训机构 One institution" })
  trainingInstitution(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingInstitution | null> {
    return institutionLoader(ctx).load(id);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingInstitution, {
    description: "登记培训机构 Record a training institution (R-SKL-1)",
  })
  recordTrainingInstitution(
    @Arg("input", () => RecordTrainingInstitutionInput) input: RecordTrainingInstitutionInput,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingInstitution> {
    return new TrainingInstitutionService(ctx).record(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingInstitution, { description: "修改培训机构 Change a training institution" })
  updateTrainingInstitution(
    @Arg("input", () => UpdateTrainingInstitutionInput) input: UpdateTrainingInstitutionInput,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingInstitution> {
    return new TrainingInstitutionService(ctx).update(input);
  }
}
