import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { Education, LaborCapacity, PovertyStatus } from "./person.enums";

/** 户的标记 Household flags, given when registering a person creates their household. */
@InputType({ description: "家庭标记 Household flags" })
export class HouseholdFlagsInput {
  @Field(() => Boolean, { defaultValue: false, description: "城镇零就业家庭" })
  urbanZeroEmployment: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: "农村零转移就业贫困家庭" })
  ruralZeroTransferEmployment: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: "低保家庭" })
  minimumLivingGuarantee: boolean = false;
}

@InputType({ description: "登记贫困人口 Register a poor person" })
export class RegisterPersonInput {
  @Field(() => String, { description: "姓名 Name" })
  name!: string;

  @Field(() => String, { description: "身份证号 ID-card number (GB 11643-1999, 18 characters)" })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: "手机号 Phone" })
  phone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "所在户 Existing household; omit to create a new household headed by this person",
  })
  householdId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "是否户主 Head of the household" })
  isHead: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: "镇街代码 Township (required when no household is given)",
  })
  townshipCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "村/社区 Village (required when no household is given)",
  })
  village?: string | null;

  @Field(() => HouseholdFlagsInput, { nullable: true, description: "新户的标记 Flags of the new household" })
  householdFlags?: HouseholdFlagsInput | null;

  @Field(() => LaborCapacity, { description: "劳动能力 Labour capacity" })
  laborCapacity!: LaborCapacity;

  @Field(() => Boolean, { defaultValue: false })
  willingToWork: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  willingToTrain: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  entrepreneurshipCapacity: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  entrepreneurshipIntention: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  disabilityCertificate: boolean = false;

  @Field(() => Education, { defaultValue: Education.NONE })
  education: Education = Education.NONE;

  @Field(() => LocalDateScalar, { nullable: true })
  graduationDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "建档立卡日期 Registered on (default today)" })
  registeredOn?: string | null;
}

@InputType({ description: "修改贫困人口信息 Update a poor person; omitted fields stay as they are" })
export class UpdatePersonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read (optimistic lock)" })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "更正身份证号 Corrected ID-card number" })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: "手机号; empty string clears it" })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => LaborCapacity, { nullable: true })
  laborCapacity?: LaborCapacity | null;

  @Field(() => Boolean, { nullable: true })
  willingToWork?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  willingToTrain?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  entrepreneurshipCapacity?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  entrepreneurshipIntention?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  disabilityCertificate?: boolean | null;

  @Field(() => Education, { nullable: true })
  education?: Education | null;

  @Field(() => LocalDateScalar, { nullable: true })
  graduationDate?: string | null;
}

@InputType({ description: "记录脱贫 Record an exit from poverty (R-PRIN-1: no entitlement ends)" })
export class RecordExitInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, { description: "脱贫日期 Exited on" })
  exitedOn!: string;
}

@InputType({ description: "人员筛选 Filters of the people list" })
export class PeopleFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => PovertyStatus, { nullable: true })
  povertyStatus?: PovertyStatus | null;

  @Field(() => [LaborCapacity], { nullable: true })
  laborCapacities?: LaborCapacity[] | null;

  @Field(() => Boolean, { nullable: true })
  willingToWork?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  willingToTrain?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  entrepreneurshipCapacity?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  entrepreneurshipIntention?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  disabilityCertificate?: boolean | null;

  @Field(() => Int, { nullable: true, description: "最小年龄 Minimum age (inclusive)" })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: "最大年龄 Maximum age (inclusive)" })
  ageMax?: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "计算年龄的日期 Date ages are taken on (default today)",
  })
  ageOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "姓名包含、脱敏身份证号（110101********1234），或完整身份证号（仅限可见完整号码的角色） Part of the name, the masked ID number, or a whole ID number (only roles shown whole numbers; others get BAD_USER_INPUT)",
  })
  search?: string | null;
}

@ArgsType()
export class PeopleArgs {
  @Field(() => PeopleFilter, { nullable: true })
  filter?: PeopleFilter | null;
}
