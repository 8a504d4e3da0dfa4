import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, LocalDateScalar, PageArgs } from "@pa/service-kit";
import { Scheme } from "../enrolment/enrolment.enums";
import { SS_WRITERS } from "../common/ownership";
import type { SocialSecurityContext } from "../context";
import { ScreeningFinding, ScreeningRun } from "./screening.entity";
import { FindingKind } from "./screening.enums";
import { ScreeningService } from "./screening.service";

@ObjectType("ScreeningRunConnection", { description: "排查记录 A page of screening runs" })
export class ScreeningRunConnection extends ConnectionType(ScreeningRun) {}

@ObjectType("ScreeningFindingConnection", { description: "排查发现 A page of findings" })
export class ScreeningFindingConnection extends ConnectionType(ScreeningFinding) {}

@Resolver(() => ScreeningRun)
export class ScreeningResolver {
  @Authorized(...SS_WRITERS)
  @Mutation(() => ScreeningRun, {
    description:
      "定期排查 Run a screening of a scheme (pension-centre: pension; medical-centre: medical) (R-SS-2)",
  })
  runScreening(
    @Arg("asOf", () => LocalDateScalar) asOf: string,
    @Arg("scheme", () => Scheme) scheme: Scheme,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<ScreeningRun> {
    return new ScreeningService(ctx).run({ asOf, scheme });
  }

  @Authorized()
  @Query(() => ScreeningRunConnection, { description: "排查记录 Screening runs, newest first" })
  screeningRuns(
    @Arg("scheme", () => Scheme, { nullable: true }) scheme: Scheme | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<ScreeningRunConnection> {
    return new ScreeningService(ctx).runs(scheme, page);
  }

  @Authorized()
  @Query(() => ScreeningFindingConnection, {
    description: "排查发现 Findings of a run (within your townships)",
  })
  screeningFindings(
    @Arg("runId", () => ID) runId: string,
    @Arg("kind", () => FindingKind, { nullable: true }) kind: FindingKind | null,
    @Arg("townshipCodes", () => [String], { nullable: true }) townshipCodes: string[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<ScreeningFindingConnection> {
    return new ScreeningService(ctx).findings(runId, kind, townshipCodes, page);
  }

  @FieldResolver(() => ScreeningFindingConnection, { description: "本次发现 This run's findings" })
  findings(
    @Root() run: ScreeningRun,
    @Arg("kind", () => FindingKind, { nullable: true }) kind: FindingKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<ScreeningFindingConnection> {
    return new ScreeningService(ctx).findings(run.id, kind, null, page);
  }
}
