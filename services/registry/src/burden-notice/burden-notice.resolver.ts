import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, PageArgs, requireIdentity, townshipScope, Unit } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Person } from "../person/person.entity";
import { BurdenNotice } from "./burden-notice.entity";
import { AcknowledgeBurdenNoticeInput, BurdenNoticesFilter } from "./burden-notice.inputs";
import { BurdenNoticeService } from "./burden-notice.service";

@ObjectType("BurdenNoticeConnection", { description: "因病致贫通报列表 A page of burden notices" })
export class BurdenNoticeConnection extends ConnectionType(BurdenNotice) {}

@Resolver(() => BurdenNotice)
export class BurdenNoticeResolver {
  @Authorized()
  @Query(() => BurdenNoticeConnection, {
    description: "因病致贫通报 Heavy medical burdens reported by social security (R-SS-5)",
  })
  burdenNotices(
    @Arg("filter", () => BurdenNoticesFilter, { nullable: true }) filter: BurdenNoticesFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RegistryContext,
  ): Promise<BurdenNoticeConnection> {
    return new BurdenNoticeService(ctx).list(filter, page);
  }

  @Authorized(Unit.PovertyOffice, Unit.TownshipCentre)
  @Mutation(() => BurdenNotice, {
    description: "记录通报跟进 Record how a burden notice was followed up (政府兜底)",
  })
  acknowledgeBurdenNotice(
    @Arg("input", () => AcknowledgeBurdenNoticeInput) input: AcknowledgeBurdenNoticeInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<BurdenNotice> {
    return new BurdenNoticeService(ctx).acknowledge(input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "人员 The person" })
  person(@Root() n: BurdenNotice, @Ctx() ctx: RegistryContext): Promise<Person | null> {
    return ctx.em.findOne(Person, { id: n.personId, ...townshipScope(requireIdentity(ctx)) });
  }
}
