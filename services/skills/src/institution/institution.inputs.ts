import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "登记培训机构 Record a training institution (R-SKL-1)" })
export class RecordTrainingInstitutionInput {
  @Field(() => String, { description: "机构名称 Name" })
  name!: string;

  @Field(() => String, {
    description: "统一社会信用代码（18位，校验位按GB 32100） Unified social credit code",
  })
  creditCode!: string;

  @Field(() => String, { description: "办学资质 Qualification (licence and number)" })
  qualification!: string;

  @Field(() => String, { description: "联系人及电话 Contact" })
  contact!: string;
}

@InputType({ description: "修改培训机构 Change a training institution's qualification or contact" })
export class UpdateTrainingInstitutionInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => String, { nullable: true, description: "机构名称 Name" })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "办学资质 Qualification" })
  qualification?: string | null;

  @Field(() => String, { nullable: true, description: "联系人及电话 Contact" })
  contact?: string | null;
}

@InputType({ description: "培训机构筛选 Filters of the institution list" })
export class TrainingInstitutionsFilter {
  @Field(() => String, { nullable: true, description: "名称包含 Name contains" })
  nameContains?: string | null;
}
