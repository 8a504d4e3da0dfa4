import { Field, ID, Int, ObjectType, InputType } from "type-graphql";
import { entityStub, LocalDateScalar } from "@pa/service-kit";
import { TargetStatus } from "../target/target.enums";

/** 镇街 Township, owned by the registry; this service adds `employment` to it. */
export const Township = entityStub({
  name: "Township",
  description: "镇街 Township (town or sub-district)",
  key: "code",
  keyDescription: "镇街代码 Township code",
});
export type Township = InstanceType<typeof Township>;

@InputType({ description: "季度（Asia/Shanghai） Calendar quarter, Asia/Shanghai" })
export class QuarterInput {
  @Field(() => Int, { description: "年 Year" })
  year!: number;

  @Field(() => Int, { description: "季度 (1–4) Quarter" })
  quarter!: number;
}

/** 镇街就业扶贫情况 A township's employment figures for a quarter (R-EMP-1, R-EMP-4). */
@ObjectType({ description: "镇街就业扶贫情况 A township's employment assistance in a quarter" })
export class TownshipEmployment {
  @Field(() => ID)
  townshipCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  quarter!: number;

  @Field(() => LocalDateScalar, { description: "季度首日 First day of the quarter" })
  from!: string;

  @Field(() => LocalDateScalar, { description: "季度末日 Last day of the quarter" })
  to!: string;

  @Field(() => LocalDateScalar, {
    description: "岗位统计日期（季度末日或今天，取早者） Date the post figures are taken on",
  })
  asOf!: string;
}

/** 缺少专场招聘的镇街 A concentrated township without a job fair in the quarter (R-EMP-4). */
@ObjectType({
  description: "本季度未举办扶贫专场招聘的贫困人口集中镇街 Concentrated township without a fair this quarter",
})
export class FairGap {
  @Field(() => ID)
  townshipCode!: string;

  @Field(() => String, { description: "镇街名称 Township name" })
  name!: string;

  @Field(() => Township)
  township!: Township;

  @Field(() => LocalDateScalar, { description: "期限（季度末日） Due by the quarter's last day" })
  dueOn!: string;

  @Field(() => TargetStatus, {
    description: "NOT_DUE 季度未结束 while the quarter runs; MISSED 季度已过未举办 once it is over",
  })
  status!: TargetStatus;
}
