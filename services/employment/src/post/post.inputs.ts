import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar, Fen } from "@pa/service-kit";

@InputType({ description: "新增公益岗位类型 Add a post type to the bureau's list" })
export class AddPostTypeInput {
  @Field(() => String, { description: "类型代码 Code, upper case (e.g. RIVER_CARE)" })
  code!: string;

  @Field(() => String, { description: "名称 Name (e.g. 河道保洁)" })
  name!: string;
}

@InputType({ description: "设立公益岗位 Open a public-welfare post (R-EMP-1)" })
export class OpenPostInput {
  @Field(() => String, { description: "岗位名称 Title" })
  title!: string;

  @Field(() => String, { description: "岗位类型代码 Post type code (see postTypes)" })
  typeCode!: string;

  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Field(() => String, { description: "村/社区 Village" })
  village!: string;

  @Field(() => Fen, { description: "月补贴（分） Monthly allowance in fen" })
  monthlyAllowanceFen!: number;

  @Field(() => LocalDateScalar, { description: "设岗日期 Opened on" })
  openedOn!: string;
}

@InputType({ description: "撤销公益岗位 Close a public-welfare post" })
export class ClosePostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "撤岗日期（当日起不计入保有量） Closed on" })
  closedOn!: string;

  @Field(() => String, { description: "撤岗原因 Reason" })
  reason!: string;
}

@InputType({ description: "安排上岗 Place a person in a public-welfare post" })
export class PlaceInPostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDateScalar, { description: "上岗日期 In the post from" })
  startOn!: string;
}

@InputType({ description: "离岗 End a placement in a public-welfare post" })
export class EndPostPlacementInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, {
    description: "离岗日期（当日起不在岗） Left on (not in the post from that day)",
  })
  endOn!: string;

  @Field(() => String, { description: "离岗原因 Reason" })
  reason!: string;
}

@InputType({ description: "记录月度考勤 Record a month's work log of a post placement" })
export class RecordWorkLogInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => String, { description: "月份 Month, YYYY-MM" })
  month!: string;

  @Field(() => Int, { description: "出勤天数 Days worked (1 to the days of the month)" })
  daysWorked!: number;
}

@InputType({ description: "公益岗位筛选 Filters of the post list" })
export class PostsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "岗位类型 Post types" })
  typeCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "当日在保有量中 Held on this date" })
  heldOn?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "当日在保有量中且空岗 Held and vacant on this date",
  })
  vacantOn?: string | null;
}
