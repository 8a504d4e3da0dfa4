import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * 公益岗位类型 A kind of public-welfare post, from a list the bureau keeps (seeded with 保洁 CLEANING,
 * 公路养护 ROAD_UPKEEP, 林木管护 FOREST_CARE, 治安巡逻 PATROL; hr-centre adds others).
 */
@Entity({ tableName: "post_type" })
@ObjectType({ description: "公益岗位类型 Public-welfare post type" })
export class PostType {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 32 })
  @Field(() => ID, { description: "类型代码 Code, e.g. CLEANING" })
  code!: string;

  @Property({ type: "string", length: 32, unique: true })
  @Field(() => String, { description: "名称 Name, e.g. 保洁" })
  name!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
