import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { SponsorKind } from "./project.enums";

/**
 * 扶贫就业项目 A poverty employment project absorbing poor people near home (就近就地就业, R-EMP-2).
 * Held from `startedOn` until `endedOn` (a project ended on or before a date is not held on it).
 */
@Entity({ tableName: "employment_project" })
@Index({ properties: ["startedOn"] })
@Index({ properties: ["townshipCode", "startedOn"] })
@ObjectType({ description: "扶贫就业项目 Poverty employment project" })
export class EmploymentProject {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "endedOn";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "项目名称 Name" })
  name!: string;

  @Enum({ items: () => SponsorKind, type: "string" })
  @Field(() => SponsorKind, { description: "开发主体类型 Sponsor kind" })
  sponsorKind!: SponsorKind;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "开发主体名称 Sponsor" })
  sponsorName!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "开工日期 Started on" })
  startedOn!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "结束日期（当日起不计入保有量） Ended on" })
  endedOn?: string | null;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "提供就业岗位数 Jobs" })
  jobs!: number;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** 项目吸纳的贫困人员 A poor person employed in a project. */
@Entity({ tableName: "project_employee" })
@Unique({ properties: ["projectId", "personId"] })
@Index({ properties: ["personId"] })
export class ProjectEmployee {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string", length: 26 })
  projectId!: string;

  @Property({ type: "string", length: 26 })
  personId!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
