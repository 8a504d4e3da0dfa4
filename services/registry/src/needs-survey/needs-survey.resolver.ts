import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Unit } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { NeedsSurvey } from "./needs-survey.entity";
import { RecordNeedsSurveyInput } from "./needs-survey.inputs";
import { NeedsSurveyService } from "./needs-survey.service";

@Resolver(() => NeedsSurvey)
export class NeedsSurveyResolver {
  @Authorized(Unit.PovertyOffice, Unit.TownshipCentre)
  @Mutation(() => NeedsSurvey, { description: "记录需求调查 Record a needs survey (R-REQ-2)" })
  recordNeedsSurvey(
    @Arg("input", () => RecordNeedsSurveyInput) input: RecordNeedsSurveyInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<NeedsSurvey> {
    return new NeedsSurveyService(ctx).record(input);
  }
}
