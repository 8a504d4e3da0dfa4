import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { PlacementKind } from "./placement.enums";

/** 就业 / 安置 Where a person works and since when (the outcome of assistance, R-EMP-3). */
@Entity({ tableName: "placement" })
@Index({ properties: ["personId", "since"] })
@Index({ properties: ["townshipCode", "since"] })
@ObjectType({ description: "就业安置 Placement: where a person works, since when" })
export class Placement {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "until" | "jobOfferId";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township of the person" })
  townshipCode!: string;

  @Enum({ items: () => PlacementKind, type: "string" })
  @Field(() => PlacementKind, { description: "就业方式 Kind" })
  kind!: PlacementKind;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "就业单位/地点 Employer or where" })
  employer!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "就业日期 Since" })
  since!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "离职日期（当日起不在岗） Until (not there from that day)",
  })
  until?: string | null;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, { nullable: true, description: "来自哪次岗位推荐 The offer it came from" })
  jobOfferId?: string | null;

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
