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
import { ConnectionType, PageArgs, Unit } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Person } from "../person/person.entity";
import { membersLoader, personLoader } from "../person/person.loaders";
import { Household } from "./household.entity";
import { HouseholdsFilter, RegisterHouseholdInput, UpdateHouseholdInput } from "./household.inputs";
import { HouseholdService } from "./household.service";

@ObjectType("HouseholdConnection", { description: "户列表 A page of households" })
export class HouseholdConnection extends ConnectionType(Household) {}

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => Household, { nullable: true, description: "按编号查户 A household by id" })
  household(@Arg("id", () => ID) id: string, @Ctx() ctx: RegistryContext): Promise<Household | null> {
    return new HouseholdService(ctx).get(id);
  }

  @Authorized()
  @Query(() => HouseholdConnection, { description: "户列表 Households, filtered and paginated" })
  households(
    @Arg("filter", () => HouseholdsFilter, { nullable: true }) filter: HouseholdsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RegistryContext,
  ): Promise<HouseholdConnection> {
    return new HouseholdService(ctx).list(filter, page);
  }

  @Authorized(Unit.PovertyOffice, Unit.TownshipCentre)
  @Mutation(() => Household, { description: "登记户 Register a household" })
  registerHousehold(
    @Arg("input", () => RegisterHouseholdInput) input: RegisterHouseholdInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Household> {
    return new HouseholdService(ctx).register(input);
  }

  @Authorized(Unit.PovertyOffice, Unit.TownshipCentre)
  @Mutation(() => Household, { description: "修改户 Update a household (flags, head, village)" })
  updateHousehold(
    @Arg("input", () => UpdateHouseholdInput) input: UpdateHouseholdInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Household> {
    return new HouseholdService(ctx).update(input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "户主 Head" })
  async head(@Root() household: Household, @Ctx() ctx: RegistryContext): Promise<Person | null> {
    return household.headId ? personLoader(ctx).load(household.headId) : null;
  }

  @FieldResolver(() => [Person], { description: "成员 Members" })
  members(@Root() household: Household, @Ctx() ctx: RegistryContext): Promise<Person[]> {
    return membersLoader(ctx).load(household.id);
  }
}
