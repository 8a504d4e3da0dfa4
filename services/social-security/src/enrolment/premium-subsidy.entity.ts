import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId, Fen, FenColumn } from "@pa/service-kit";
import { Scheme } from "./enrolment.enums";

/**
 * 个人缴费补贴 The subsidy of a poor person's individual contribution for one scheme and year, at
 * the prescribed standard of the policy version in force on 1 January of that year (R-SS-1).
 * "On time and in full" (及时足额到账): paidFen = standardFen and paidOn ≤ dueOn.
 */
@Entity({ tableName: "premium_subsidy" })
@Unique({ properties: ["personId", "scheme", "year"] })
@Index({ properties: ["scheme", "year"] })
@Index({ properties: ["townshipCode", "year"] })
@ObjectType({ description: "个人缴费补贴 Premium subsidy of a person, scheme and year" })
export class PremiumSubsidy {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "paidFen" | "paidOn" | "fullyPaid" | "paidLate";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township" })
  townshipCode!: string;

  @Enum({ items: () => Scheme, type: "string" })
  @Field(() => Scheme, { description: "险种 Scheme" })
  scheme!: Scheme;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "年度 Scheme year" })
  year!: number;

  @FenColumn()
  @Field(() => Fen, { description: "补贴标准（分） Prescribed standard, fen" })
  standardFen!: number;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "应到账日期 Due on" })
  dueOn!: string;

  @FenColumn()
  @Field(() => Fen, { description: "已到账（分） Paid so far, fen" })
  paidFen: number = 0;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "到账日期 Paid on (the latest payment)" })
  paidOn?: string | null;

  /** paidFen = standardFen (kept with the payment, so lists filter on it). */
  @Property({ type: "boolean" })
  fullyPaid: boolean = false;

  /** The latest payment came after the due date. */
  @Property({ type: "boolean" })
  paidLate: boolean = false;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "所用政策版本 Policy version of the standard" })
  policyVersionId!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
