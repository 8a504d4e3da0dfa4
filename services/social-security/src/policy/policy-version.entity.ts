import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { PolicyKind, PolicyStatus } from "../common/enums";
import type { PolicyParameters } from "./policy.parameters";

/**
 * 政策参数版本 A versioned set of policy numbers (R-PRIN-2): in force from `validFrom` once adopted,
 * immutable from then on; every computation records the version it used (ARCHITECTURE.md, "Data rules").
 */
@Entity({ tableName: "policy_version" })
@Index({ properties: ["kind", "status", "validFrom"] })
@ObjectType({ description: "政策参数版本 Policy version (versioned parameters with a valid-from date)" })
export class PolicyVersion {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "status" | "adoptedAt" | "adoptedBy";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Enum({ items: () => PolicyKind, type: "string" })
  @Field(() => PolicyKind, { description: "政策类别 Kind" })
  kind!: PolicyKind;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "名称 Name, e.g. 2020年度医保待遇调整" })
  name!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "生效日期 In force from (inclusive)" })
  validFrom!: string;

  @Enum({ items: () => PolicyStatus, type: "string" })
  @Field(() => PolicyStatus, { description: "状态 Status" })
  status: PolicyStatus = PolicyStatus.DRAFT;

  @Property({ type: "json" })
  @Field(() => GraphQLJSONObject, {
    description: "参数（金额为分，比例为基点） Parameters: money in fen, rates in basis points",
  })
  parameters!: PolicyParameters;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "创建人 Created by" })
  createdBy!: string;

  @Property({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "发布时间 Adopted at" })
  adoptedAt?: Date | null;

  @Property({ type: "string", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "发布人 Adopted by" })
  adoptedBy?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
