import { Field, InputType, Int } from "type-graphql";
import { LocalDateScalar, TextInput } from "@pa/service-kit";
import { TargetMetric } from "./target.enums";

@InputType({ description: "设定就业扶贫目标 Set a target value from a date (R-PRIN-2)" })
export class SetEmploymentTargetInput {
  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Field(() => Int, { description: "目标值 Value (basis points for rates)" })
  value!: number;

  @Field(() => LocalDateScalar, { description: "生效日期 Valid from" })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "完成期限 Deadline" })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: "依据 Source or note" })
  @TextInput({ maxLength: 2000, multiline: true })
  note?: string | null;
}
