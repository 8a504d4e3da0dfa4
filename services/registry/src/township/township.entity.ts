import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/** 镇街 A town or sub-district; other services extend it (`Township.employment`, …). */
@Entity({ tableName: "township" })
@ObjectType({ description: "镇街 Township (town or sub-district)" })
@Directive('@key(fields: "code")')
export class Township {
  [OptionalProps]?: "version" | "concentrated";

  @PrimaryKey({ type: "string", length: 12 })
  @Field(() => ID, { description: "镇街代码 Township code" })
  code!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "名称 Name" })
  name!: string;

  /** Decides where quarterly job fairs are due (R-EMP-4). */
  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "贫困人口集中的镇街 Poor people are concentrated here (R-EMP-4)" })
  concentrated: boolean = false;

  @Property({ type: "integer", version: true })
  @Field(() => Number, { description: "版本 Version (optimistic lock)" })
  version!: number;
}
