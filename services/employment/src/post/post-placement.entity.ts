import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";

/**
 * 公益岗位上岗 A person in a public-welfare post from `startOn` until `endOn` (the day they are no
 * longer in it; null while they are). A post holds at most one placement on any day, and every
 * placement lies inside its post's open period — so a placement active on a day means a filled post.
 */
@Entity({ tableName: "post_placement" })
@Index({ properties: ["postId", "startOn"] })
@Index({ properties: ["personId", "startOn"] })
@Index({ properties: ["townshipCode", "startOn"] })
@ObjectType({ description: "公益岗位上岗 A person's placement in a public-welfare post" })
export class PostPlacement {
  [OptionalProps]?: "version" | "createdAt" | "updatedAt" | "endOn" | "endReason";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "岗位 Post id" })
  postId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员 Person id" })
  personId!: string;

  /** The post's township (posts never move), kept here for township scope and figures. */
  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township of the post" })
  townshipCode!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "上岗日期 In the post from" })
  startOn!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "离岗日期（当日起不在岗） Left the post on (not in it from that day)",
  })
  endOn?: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "离岗原因 Reason for leaving" })
  endReason?: string | null;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "安排人 Placed by" })
  placedBy!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
