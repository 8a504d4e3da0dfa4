import { Entity, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { newId } from "@pa/service-kit";

/**
 * 培训机构 A training institution the bureau buys training from (政府购买服务, R-SKL-1), identified
 * by its unified social credit code (checked by its GB 32100 check character). The contact is the
 * institution's business contact as printed on its contract (an organisation's, not a poor person's).
 */
@Entity({ tableName: "training_institution" })
@ObjectType({ description: "培训机构 Training institution (R-SKL-1)" })
export class TrainingInstitution {
  [OptionalProps]?: "version" | "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "机构名称 Name" })
  name!: string;

  @Property({ type: "string", length: 18 })
  @Unique()
  @Field(() => String, { description: "统一社会信用代码 Unified social credit code (GB 32100)" })
  creditCode!: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "办学资质（许可证号等） Qualification (licence and its number)" })
  qualification!: string;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "联系人及电话 Contact (person and phone)" })
  contact!: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
