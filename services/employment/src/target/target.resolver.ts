import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { EmploymentContext } from "../context";
import { EmploymentTarget } from "./target.types";
import { SetEmploymentTargetInput } from "./target.inputs";
import { TargetService } from "./target.service";
import { TARGET_WRITERS } from "../policy/policy.kinds";

@Resolver(() => EmploymentTarget)
export class TargetResolver {
  @Authorized()
  @Query(() => [EmploymentTarget], {
    description: "就业扶贫目标（含历史） Employment targets, every version",
  })
  employmentTargets(@Ctx() ctx: EmploymentContext): Promise<EmploymentTarget[]> {
    return new TargetService(ctx).list();
  }

  @Authorized(...TARGET_WRITERS)
  @Mutation(() => EmploymentTarget, {
    description:
      "设定就业扶贫目标 Set an employment target from a date (R-PRIN-2): a bureau manager or the hr-centre",
  })
  setEmploymentTarget(
    @Arg("input", () => SetEmploymentTargetInput) input: SetEmploymentTargetInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<EmploymentTarget> {
    return new TargetService(ctx).set(input);
  }
}
