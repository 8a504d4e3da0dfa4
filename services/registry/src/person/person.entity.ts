import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { Education, LaborCapacity, PovertyStatus, Sex } from "./person.enums";

/**
 * 农村贫困人口 A registered poor person — the spine of the graph (一人一档). Other services add
 * their own field (`employment`, `socialSecurity`, …). ID-card and phone numbers are stored
 * whole and shown masked unless the caller's role may see them (see `person.resolver.ts`).
 */
@Entity({ tableName: "person" })
@Index({ properties: ["townshipCode", "povertyStatus"] })
@Index({ properties: ["householdId"] })
@Index({ properties: ["birthDate"] })
@Index({ properties: ["name"] })
@ObjectType({ description: "农村贫困人口 Registered poor person" })
@Directive('@key(fields: "id")')
export class Person {
  [OptionalProps]?:
    | "version"
    | "createdAt"
    | "updatedAt"
    | "laborCapacity"
    | "willingToWork"
    | "willingToTrain"
    | "entrepreneurshipCapacity"
    | "entrepreneurshipIntention"
    | "disabilityCertificate"
    | "education"
    | "povertyStatus";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 50 })
  @Field(() => String, { description: "姓名 Name" })
  name!: string;

  /** 身份证号 GB 11643-1999, whole; never leaves the service unmasked to a role that may not see it. */
  @Property({ type: "string", length: 18, unique: true })
  idNumber!: string;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "出生日期 Birth date (from the ID-card number)" })
  birthDate!: string;

  @Enum({ items: () => Sex, type: "string" })
  @Field(() => Sex, { description: "性别 Sex (from the ID-card number)" })
  sex!: Sex;

  @Property({ type: "string", length: 20, nullable: true })
  phone?: string | null;

  @Property({ type: "string", length: 26 })
  householdId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码 Township code" })
  townshipCode!: string;

  @Property({ type: "string", length: 64 })
  @Field(() => String, { description: "村/社区 Village" })
  village!: string;

  @Enum({ items: () => LaborCapacity, type: "string" })
  @Field(() => LaborCapacity, { description: "劳动能力 Labour capacity" })
  laborCapacity: LaborCapacity = LaborCapacity.NONE;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "就业意愿 Willing to work" })
  willingToWork: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "培训意愿 Willing to train" })
  willingToTrain: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "创业能力 Entrepreneurship capacity" })
  entrepreneurshipCapacity: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "创业意向 Entrepreneurship intention" })
  entrepreneurshipIntention: boolean = false;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "残疾人证 Holds a disability certificate" })
  disabilityCertificate: boolean = false;

  @Enum({ items: () => Education, type: "string" })
  @Field(() => Education, { description: "文化程度 Education" })
  education: Education = Education.NONE;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "毕业日期 Graduation date" })
  graduationDate?: string | null;

  @Enum({ items: () => PovertyStatus, type: "string" })
  @Field(() => PovertyStatus, { description: "贫困状态 Poverty status" })
  povertyStatus: PovertyStatus = PovertyStatus.REGISTERED;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, { description: "建档立卡日期 Registered on" })
  registeredOn!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "脱贫日期 Exited poverty on" })
  exitedOn?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Number, { description: "版本 Version (optimistic lock)" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
