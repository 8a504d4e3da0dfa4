import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "登记户 Register a household" })
export class RegisterHouseholdInput {
  @Field(() => String, { nullable: true, description: "户编号 Household number (unique when given)" })
  number?: string | null;

  @Field(() => String)
  townshipCode!: string;

  @Field(() => String)
  village!: string;

  @Field(() => Boolean, { defaultValue: false })
  urbanZeroEmployment: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  ruralZeroTransferEmployment: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  minimumLivingGuarantee: boolean = false;
}

@InputType({ description: "修改户 Update a household; omitted fields stay as they are" })
export class UpdateHouseholdInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => ID, { nullable: true, description: "户主 Head (a member of the household)" })
  headId?: string | null;

  @Field(() => Boolean, { nullable: true })
  urbanZeroEmployment?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  ruralZeroTransferEmployment?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  minimumLivingGuarantee?: boolean | null;
}

@InputType()
export class HouseholdsFilter {
  @Field(() => [String], { nullable: true })
  townshipCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => Boolean, { nullable: true })
  urbanZeroEmployment?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  ruralZeroTransferEmployment?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  minimumLivingGuarantee?: boolean | null;
}
