import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "登记或修改镇街 Create or update a township" })
export class SaveTownshipInput {
  @Field(() => String, { description: "镇街代码 Code (9–12 digits)" })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { defaultValue: false, description: "贫困人口集中 Poor people concentrated here" })
  concentrated: boolean = false;

  @Field(() => Int, { nullable: true, description: "修改时读取的版本 Version you read, when updating" })
  version?: number | null;
}
