import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { newId } from "@pa/service-kit";

/** 户 A household of the register, with the flags other departments decide on (R-TAL-3). */
@Entity({ tableName: "household" })
@Index({ properties: ["townshipCode", "village"] })
@ObjectType({ description: "户 Household" })
export class Household {
  [OptionalProps]?:
    | "version"
    | "createdAt"
    | "updatedAt"
    | "urbanZeroEmployment"
    | "ruralZeroTransferEmployment"
    | "minimumLivingGuarantee";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  /** 户编号 The household number as the township writes it; unique in the register when given. */
  @Property({ type: "string", length: 40, nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: "户编号 Household number" })
  number?: string | null;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "村/社区 Village" })
  village!: string;

  /** The head's person id (户主); set when the head is registered. */
  @Property({ type: "string", length: 26, nullable: true })
  headId?: string | null;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "城镇零就业家庭 Urban zero-employment family" })
  urbanZeroEmployment: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, {
    description: "农村零转移就业贫困家庭 Rural poor family with zero transferred employment",
  })
  ruralZeroTransferEmployment: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "低保家庭 Minimum-living-guarantee family" })
  minimumLivingGuarantee: boolean = false;

  @Property({ type: "integer", version: true })
  @Field(() => Number, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
