import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { businessDate, inTownshipScope, requireIdentity } from "@pa/service-kit";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { CaseStatus } from "../assistance-case/assistance-case.enums";
import type { EmploymentContext } from "../context";
import { JobOffer } from "../job-offer/job-offer.entity";
import { Placement } from "../placement/placement.entity";
import { PostPlacement } from "../post/post-placement.entity";
import { activeOn } from "../common/period.rules";
import { offersRequiredOn, policies } from "../policy/policy.kinds";
import { personLoaders } from "./person.loaders";
import { Person } from "./person.stub";

/** 就业扶贫情况 This service's view of a person (一人一档), resolved in batches. */
@ObjectType({ description: "就业扶贫情况 A person's employment assistance (一人一档)" })
export class PersonEmployment {
  @Field(() => ID)
  personId!: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PersonEmployment, {
    nullable: true,
    description: "就业扶贫情况（镇街范围外为空） Employment assistance; null outside your townships",
  })
  async employment(@Root() person: Person, @Ctx() ctx: EmploymentContext): Promise<PersonEmployment | null> {
    const identity = requireIdentity(ctx);
    if (identity.townships.length > 0) {
      // A township-scoped user sees only people the registry places in their townships.
      const facts = await personLoaders.facts(ctx).load(person.id);
      if (!facts || !inTownshipScope(identity, facts.townshipCode)) return null;
    }
    return { personId: person.id };
  }
}

@Resolver(() => PersonEmployment)
export class PersonEmploymentResolver {
  @FieldResolver(() => AssistanceCase, {
    nullable: true,
    description: "帮扶案件（帮扶中的，否则最近一件） The open case, else the latest one",
  })
  async case(@Root() e: PersonEmployment, @Ctx() ctx: EmploymentContext): Promise<AssistanceCase | null> {
    const cases = await personLoaders.cases(ctx).load(e.personId);
    return cases.find((c) => c.status === CaseStatus.OPEN) ?? cases[0] ?? null;
  }

  @FieldResolver(() => [JobOffer], { description: "岗位推荐（新→旧） Job offers, newest first" })
  offers(@Root() e: PersonEmployment, @Ctx() ctx: EmploymentContext): Promise<JobOffer[]> {
    return personLoaders.offers(ctx).load(e.personId);
  }

  @FieldResolver(() => Int, { description: "已提供岗位次数 Number of job offers received" })
  async offerCount(@Root() e: PersonEmployment, @Ctx() ctx: EmploymentContext): Promise<number> {
    return (await personLoaders.offers(ctx).load(e.personId)).length;
  }

  @FieldResolver(() => Int, { description: "应提供岗位次数 Offers each person must receive (R-EMP-3)" })
  async offersRequired(@Ctx() ctx: EmploymentContext): Promise<number> {
    return (await offersRequiredOn(policies.forRequest(ctx), businessDate())).offersRequired;
  }

  @FieldResolver(() => Placement, { nullable: true, description: "当前就业 Where the person works today" })
  async placement(@Root() e: PersonEmployment, @Ctx() ctx: EmploymentContext): Promise<Placement | null> {
    const today = businessDate();
    return (
      (await personLoaders.placements(ctx).load(e.personId)).find((p) => activeOn(p.since, p.until, today)) ??
      null
    );
  }

  @FieldResolver(() => [Placement], { description: "就业记录（新→旧） Every placement, newest first" })
  placements(@Root() e: PersonEmployment, @Ctx() ctx: EmploymentContext): Promise<Placement[]> {
    return personLoaders.placements(ctx).load(e.personId);
  }

  @FieldResolver(() => PostPlacement, {
    nullable: true,
    description: "当前公益岗位 The public-welfare post held today",
  })
  async postPlacement(
    @Root() e: PersonEmployment,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PostPlacement | null> {
    const today = businessDate();
    return (
      (await personLoaders.postPlacements(ctx).load(e.personId)).find((p) =>
        activeOn(p.startOn, p.endOn, today),
      ) ?? null
    );
  }
}
