import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType, LocalDateScalar } from "@pa/service-kit";
import { TargetCheck } from "../target/target.types";
import { EmploymentProject } from "./project.entity";

@ObjectType("EmploymentProjectConnection", { description: "扶贫就业项目列表 A page of employment projects" })
export class EmploymentProjectConnection extends ConnectionType(EmploymentProject) {}

/** 扶贫就业项目统计 R-EMP-2 figures: projects started in a calendar year and held on a date. */
@ObjectType({ description: "扶贫就业项目统计 Projects started in a year and held on a date (R-EMP-2)" })
export class ProjectFigures {
  @Field(() => Int, { description: "年度 Calendar year (Asia/Shanghai)" })
  year!: number;

  @Field(() => LocalDateScalar, { description: "保有量统计日期 Date the projects held are counted on" })
  asOf!: string;

  @Field(() => TargetCheck, {
    description: "当年新增项目对照目标 Projects started in the year against the target",
  })
  startedInYear!: TargetCheck;

  @Field(() => TargetCheck, { description: "保有量对照目标 Projects held on the date against the target" })
  held!: TargetCheck;
}
