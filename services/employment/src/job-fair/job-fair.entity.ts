import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { JobFairKind } from "./job-fair.enums";

/** 扶贫专场招聘 A job fair for poor people (R-EMP-4: one per quarter in each concentrated township). */
@Entity({ tableName: "job_fair" })
@Index({ properties: ["townshipCode", "heldOn"] })
@Index({ properties: ["heldOn"] })
@ObjectType({ description: "扶贫专场招聘 Job fair for poor people" })
export class JobFair {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "title";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "举办日期 Held on" })
  heldOn!: string;

  @Enum({ items: () => JobFairKind, type: "string" })
  @Field(() => JobFairKind, { description: "形式 Kind" })
  kind!: JobFairKind;

  @Property({ type: "string", length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: "名称 Title" })
  title?: string | null;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "参会企业数 Employers taking part" })
  employers!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "提供岗位数 Positions offered" })
  positionsOffered!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "贫困人员参会人数 Poor people attending" })
  poorAttendees!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "达成意向/推荐岗位数 Offers made there" })
  offersMade!: number;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "记录人 Recorded by" })
  recordedBy!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
