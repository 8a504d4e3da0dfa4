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
import { ConnectionType, PageArgs, Unit } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { Person, personRef } from "../person/person.stub";
import { Placement } from "./placement.entity";
import { EndPlacementInput, PlacementsFilter, RecordPlacementInput } from "./placement.inputs";
import { PlacementService } from "./placement.service";

@ObjectType("PlacementConnection", { description: "就业安置列表 A page of placements" })
export class PlacementConnection extends ConnectionType(Placement) {}

@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized()
  @Query(() => PlacementConnection, {
    description: "就业安置列表 Placements, filtered and paginated (newest first)",
  })
  placements(
    @Arg("filter", () => PlacementsFilter, { nullable: true }) filter: PlacementsFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: EmploymentContext,
  ): Promise<PlacementConnection> {
    return new PlacementService(ctx).list(filter, page);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => Placement, { description: "记录就业安置 Record a placement" })
  recordPlacement(
    @Arg("input", () => RecordPlacementInput) input: RecordPlacementInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Placement> {
    return new PlacementService(ctx).record(input);
  }

  @Authorized(Unit.HrCentre)
  @Mutation(() => Placement, { description: "记录离职 End a placement" })
  endPlacement(
    @Arg("input", () => EndPlacementInput) input: EndPlacementInput,
    @Ctx() ctx: EmploymentContext,
  ): Promise<Placement> {
    return new PlacementService(ctx).end(input);
  }

  @FieldResolver(() => Person)
  person(@Root() p: Placement): Person {
    return personRef(p.personId);
  }
}
