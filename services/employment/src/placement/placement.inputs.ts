import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { PlacementKind } from "./placement.enums";

@InputType({ description: "记录就业安置 Record where a person works, since when" })
export class RecordPlacementInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => String, { description: "就业单位/地点 Employer or where" })
  employer!: string;

  @Field(() => LocalDateScalar, { description: "就业日期（不能晚于今天） Since, not after today" })
  since!: string;

  @Field(() => ID, { nullable: true, description: "来自哪次岗位推荐 The offer it came from" })
  jobOfferId?: string | null;
}

@InputType({ description: "记录离职 End a placement" })
export class EndPlacementInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "离职日期（当日起不在岗） Until (not there from that day)" })
  until!: string;
}

@InputType({ description: "就业安置筛选 Filters of the placement list" })
export class PlacementsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => PlacementKind, { nullable: true })
  kind?: PlacementKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "当日在岗 Working on this date" })
  activeOn?: string | null;
}
