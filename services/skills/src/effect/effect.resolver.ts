import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { SkillsContext } from "../context";
import { TrainingEffectService } from "./effect.service";
import { TrainingEffect, TrainingEffectFilter } from "./effect.types";

@Resolver()
export class TrainingEffectResolver {
  @Authorized()
  @Query(() => TrainingEffect, {
    description:
      "培训实效（报名、结业、取证、6个月内就业、成本） Training effect per project and course kind (R-SKL-2)",
  })
  trainingEffect(
    @Arg("filter", () => TrainingEffectFilter, { nullable: true }) filter: TrainingEffectFilter | null,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingEffect> {
    return new TrainingEffectService(ctx).effect(filter);
  }
}
