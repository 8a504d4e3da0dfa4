import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { CertificateType } from "./enrolment.enums";

/** 证书 A certificate earned by a completed training (培训实效, R-SKL-2): one per enrolment. */
@Entity({ tableName: "training_certificate" })
@Unique({ properties: ["enrolmentId"] })
@Unique({ properties: ["number"] })
@Index({ properties: ["personId"] })
@Index({ properties: ["townshipCode", "issuedOn"] })
@ObjectType({ description: "培训证书 Training certificate" })
export class TrainingCertificate {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  enrolmentId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID)
  projectId!: string;

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person id" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code (the person's)" })
  townshipCode!: string;

  @Enum({ items: () => CertificateType, type: "string" })
  @Field(() => CertificateType, { description: "证书类别 Type" })
  type!: CertificateType;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "证书编号 Number" })
  number!: string;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "发证机构 Issuing body" })
  issuingBody!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "发证日期 Issued on" })
  issuedOn!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
