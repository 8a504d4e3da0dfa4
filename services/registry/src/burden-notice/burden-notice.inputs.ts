import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar, TextInput } from "@pa/service-kit";

@InputType({ description: "因病致贫通报筛选 Burden notices filter" })
export class BurdenNoticesFilter {
  @Field(() => [String], { nullable: true })
  townshipCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "未跟进 true: not yet followed up; false: followed up",
  })
  open?: boolean | null;
}

@InputType({ description: "记录通报跟进 Record the follow-up of a burden notice" })
export class AcknowledgeBurdenNoticeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => String, { description: "跟进措施 What was done (临时救助, 兜底保障, …)" })
  @TextInput({ maxLength: 2000, multiline: true })
  followUp!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "跟进日期 (default today)" })
  acknowledgedOn?: string | null;
}
