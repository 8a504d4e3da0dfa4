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
import {
  ConnectionType,
  findLean,
  groupLoader,
  PageArgs,
  requireIdentity,
  rowLoader,
  townshipScope,
  Unit,
} from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingInstitution } from "../institution/institution.entity";
import { institutionLoader } from "../institution/institution.resolver";
import { Person, personRef } from "../person/person.stub";
import { TrainingProject } from "../training-project/training-project.entity";
import { projectLoader } from "../training-project/training-project.resolver";
import { TrainingClaim, TrainingClaimLine } from "./claim.entity";
import {
  PayTrainingClaimInput,
  RefuseTrainingClaimInput,
  SubmitTrainingClaimInput,
  TrainingClaimLinesFilter,
  TrainingClaimsFilter,
  VerifyTrainingClaimInput,
} from "./claim.inputs";
import { TrainingClaimService } from "./claim.service";

@ObjectType("TrainingClaimConnection", { description: "培训补贴申请列表 A page of subsidy claims" })
export class TrainingClaimConnection extends ConnectionType(TrainingClaim) {}

@ObjectType("TrainingClaimLineConnection", { description: "申报明细列表 A page of claim lines" })
export class TrainingClaimLineConnection extends ConnectionType(TrainingClaimLine) {}

const claimLoader = (ctx: SkillsContext) =>
  rowLoader(
    ctx,
    "claim.byId",
    (ids) => findLean(ctx.em, TrainingClaim, { id: { $in: ids } }),
    (c) => c.id,
  );

@Resolver(() => TrainingClaim)
export class TrainingClaimResolver {
  @Authorized()
  @Query(() => TrainingClaimConnection, {
    description: "培训补贴申请（最早申报在前；待审核：statuses=[SUBMITTED]） Claims, oldest first",
  })
  trainingClaims(
    @Arg("filter", () => TrainingClaimsFilter, { nullable: true }) filter: TrainingClaimsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingClaimConnection> {
    return new TrainingClaimService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => TrainingClaimLineConnection, {
    description: "培训补贴申报明细（逐人，补贴台账） Claim lines, trainee by trainee (the claim ledger)",
  })
  trainingClaimLines(
    @Arg("filter", () => TrainingClaimLinesFilter, { nullable: true })
    filter: TrainingClaimLinesFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingClaimLineConnection> {
    return new TrainingClaimService(ctx).lines(filter, page);
  }

  @Authorized()
  @Query(() => TrainingClaim, { nullable: true, description: "培训补贴申请（镇街范围外为空） One claim" })
  async trainingClaim(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: SkillsContext,
  ): Promise<TrainingClaim | null> {
    const rows = await findLean(ctx.em, TrainingClaim, {
      id,
      ...townshipScope(requireIdentity(ctx), "townshipCode"),
    });
    return rows[0] ?? null;
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingClaim, {
    description: "申报培训补贴（系统核算） Submit a computed subsidy claim (R-SKL-1)",
  })
  submitTrainingClaim(
    @Arg("input", () => SubmitTrainingClaimInput) input: SubmitTrainingClaimInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new TrainingClaimService(ctx).submit(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingClaim, { description: "审核培训补贴申请 Verify a claim" })
  verifyTrainingClaim(
    @Arg("input", () => VerifyTrainingClaimInput) input: VerifyTrainingClaimInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new TrainingClaimService(ctx).verify(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingClaim, {
    description: "拨付培训补贴（直接拨付培训机构） Pay a verified claim to the institution",
  })
  payTrainingClaim(
    @Arg("input", () => PayTrainingClaimInput) input: PayTrainingClaimInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new TrainingClaimService(ctx).pay(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => TrainingClaim, { description: "不予拨付 Refuse a claim with the reason" })
  refuseTrainingClaim(
    @Arg("input", () => RefuseTrainingClaimInput) input: RefuseTrainingClaimInput,
    @Ctx() ctx: SkillsContext,
  ) {
    return new TrainingClaimService(ctx).refuse(input);
  }

  @FieldResolver(() => [TrainingClaimLine], { description: "申报明细（逐人） Lines, trainee by trainee" })
  lines(@Root() c: TrainingClaim, @Ctx() ctx: SkillsContext): Promise<TrainingClaimLine[]> {
    return groupLoader(
      ctx,
      "claim.lines",
      (ids) => findLean(ctx.em, TrainingClaimLine, { claimId: { $in: ids } }, { orderBy: { id: "ASC" } }),
      (l) => l.claimId,
    ).load(c.id);
  }

  @FieldResolver(() => TrainingProject, { nullable: true, description: "培训项目 The project" })
  project(@Root() c: TrainingClaim, @Ctx() ctx: SkillsContext): Promise<TrainingProject | null> {
    return projectLoader(ctx).load(c.projectId);
  }

  @FieldResolver(() => TrainingInstitution, { nullable: true, description: "培训机构 The institution" })
  institution(@Root() c: TrainingClaim, @Ctx() ctx: SkillsContext): Promise<TrainingInstitution | null> {
    return institutionLoader(ctx).load(c.institutionId);
  }
}

@Resolver(() => TrainingClaimLine)
export class TrainingClaimLineResolver {
  @FieldResolver(() => Person, { description: "学员 The trainee (name from the registry)" })
  person(@Root() l: TrainingClaimLine): Person {
    return personRef(l.personId);
  }

  @FieldResolver(() => TrainingClaim, { nullable: true, description: "所属申请 The claim" })
  claim(@Root() l: TrainingClaimLine, @Ctx() ctx: SkillsContext): Promise<TrainingClaim | null> {
    return claimLoader(ctx).load(l.claimId);
  }

  @FieldResolver(() => TrainingProject, { nullable: true, description: "培训项目 The project" })
  project(@Root() l: TrainingClaimLine, @Ctx() ctx: SkillsContext): Promise<TrainingProject | null> {
    return projectLoader(ctx).load(l.projectId);
  }
}
