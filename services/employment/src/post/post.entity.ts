import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId, Fen, FenColumn } from "@pa/service-kit";

/**
 * 扶贫公益岗位 A public-welfare poverty post (托底安置, R-EMP-1). One post is one seat. It is held
 * from `openedOn` (counts that day) until `closedOn` (no longer counts that day).
 */
@Entity({ tableName: "public_welfare_post" })
@Index({ properties: ["townshipCode", "openedOn"] })
@Index({ properties: ["openedOn", "closedOn"] })
@ObjectType({ description: "扶贫公益岗位 Public-welfare poverty post" })
export class PublicWelfarePost {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "closedOn" | "closeReason";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "岗位名称 Title" })
  title!: string;

  @Property({ type: "string", length: 32 })
  @Field(() => String, { description: "岗位类型代码 Post type code" })
  typeCode!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "村/社区 Village" })
  village!: string;

  @FenColumn()
  @Field(() => Fen, { description: "月补贴（分） Monthly allowance in fen" })
  monthlyAllowanceFen!: number;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "设岗日期（当日计入保有量） Opened on (counts that day)" })
  openedOn!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "撤岗日期（当日起不计入保有量） Closed on (no longer counts from that day)",
  })
  closedOn?: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "撤岗原因 Reason for closing" })
  closeReason?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
