import { Field, InputType } from "type-graphql";
import { TrainingNeedStatus } from "./training-need.enums";

@InputType({ description: "培训需求筛选 Filters of the training need list" })
export class TrainingNeedsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => [TrainingNeedStatus], { nullable: true, description: "状态 Statuses" })
  statuses?: TrainingNeedStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "仅未报名（缺口） Only open needs without an enrolment (the gap list)",
  })
  withoutEnrolment?: boolean | null;
}
