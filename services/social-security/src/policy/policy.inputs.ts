import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { PolicyKind, PolicyStatus } from "../common/enums";

@InputType({ description: "保存政策草案 Create or edit a draft policy version" })
export class SavePolicyVersionInput {
  @Field(() => ID, { nullable: true, description: "修改的草案 The draft to edit; omit to create one" })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: "读取时的版本 The version you read, when editing" })
  version?: number | null;

  @Field(() => PolicyKind, {
    description: "政策类别 Kind (medical-centre: MEDICAL; pension-centre: PENSION)",
  })
  kind!: PolicyKind;

  @Field(() => String, { description: "名称 Name" })
  name!: string;

  @Field(() => LocalDateScalar, { description: "生效日期 In force from" })
  validFrom!: string;

  @Field(() => GraphQLJSONObject, { description: "参数 Parameters (see the service README)" })
  parameters!: Record<string, unknown>;
}

@InputType({ description: "发布政策版本 Adopt a draft: it becomes immutable and in force from validFrom" })
export class AdoptPolicyVersionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;
}

@InputType({ description: "政策版本筛选 Policy version filter" })
export class PolicyVersionsFilter {
  @Field(() => PolicyKind, { nullable: true })
  kind?: PolicyKind | null;

  @Field(() => PolicyStatus, { nullable: true })
  status?: PolicyStatus | null;
}
