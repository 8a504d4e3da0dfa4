import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar, TextInput } from "@pa/service-kit";

@InputType({ description: "记录需求调查 Record a needs survey (R-REQ-2)" })
export class RecordNeedsSurveyInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "调查日期 Surveyed on (default today)" })
  surveyedOn?: string | null;

  @Field(() => Boolean)
  needsWork!: boolean;

  @Field(() => Boolean)
  needsTraining!: boolean;

  @Field(() => Boolean)
  needsEntrepreneurship!: boolean;

  @Field(() => String, { nullable: true })
  @TextInput({ maxLength: 2000, multiline: true })
  note?: string | null;
}
