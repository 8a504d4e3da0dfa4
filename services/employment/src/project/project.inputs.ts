import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "@pa/service-kit";
import { SponsorKind } from "./project.enums";

@InputType({ description: "登记扶贫就业项目 Record a poverty employment project (R-EMP-2)" })
export class StartEmploymentProjectInput {
  @Field(() => String, { description: "项目名称 Name" })
  name!: string;

  @Field(() => SponsorKind)
  sponsorKind!: SponsorKind;

  @Field(() => String, { description: "开发主体名称 Sponsor" })
  sponsorName!: string;

  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Field(() => LocalDateScalar, { description: "开工日期（不能晚于今天） Started on, not after today" })
  startedOn!: string;

  @Field(() => Int, { description: "提供就业岗位数 Jobs" })
  jobs!: number;

  @Field(() => [ID], { nullable: true, description: "吸纳的贫困人员 Poor people employed there" })
  personIds?: string[] | null;
}

@InputType({ description: "项目吸纳贫困人员 Add poor people employed in a project" })
export class AddProjectEmployeesInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => [ID])
  personIds!: string[];
}

@InputType({ description: "项目结束 End an employment project" })
export class EndEmploymentProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: "读取时的版本 The version you read" })
  version!: number;

  @Field(() => LocalDateScalar, {
    description: "结束日期（当日起不计入保有量） Ended on (not held from that day)",
  })
  endedOn!: string;
}

@InputType({ description: "扶贫就业项目筛选 Filters of the project list" })
export class EmploymentProjectsFilter {
  @Field(() => [String], { nullable: true, description: "镇街 Townships" })
  townshipCodes?: string[] | null;

  @Field(() => SponsorKind, { nullable: true })
  sponsorKind?: SponsorKind | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "开工日期起 Started on or after" })
  startedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "开工日期止 Started on or before" })
  startedTo?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "当日保有 Held on this date" })
  heldOn?: string | null;
}
