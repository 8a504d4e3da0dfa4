import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Unit } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Township } from "./township.entity";
import { SaveTownshipInput } from "./township.inputs";
import { TownshipService } from "./township.service";

@Resolver(() => Township)
export class TownshipResolver {
  @Authorized()
  @Query(() => [Township], { description: "镇街 All townships" })
  townships(@Ctx() ctx: RegistryContext): Promise<Township[]> {
    return new TownshipService(ctx).list();
  }

  @Authorized()
  @Query(() => Township, { nullable: true, description: "按代码查镇街 A township by code" })
  township(@Arg("code", () => String) code: string, @Ctx() ctx: RegistryContext): Promise<Township | null> {
    return ctx.em.findOne(Township, { code });
  }

  @Authorized(Unit.PovertyOffice)
  @Mutation(() => Township, { description: "登记或修改镇街 Create or update a township (poverty office)" })
  saveTownship(
    @Arg("input", () => SaveTownshipInput) input: SaveTownshipInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Township> {
    return new TownshipService(ctx).save(input);
  }
}
