import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * 农村贫困人口 The registry's Person, key only: this service adds `socialSecurity` to it. The
 * description is the registry's own, so composition has one text for the type.
 */
@ObjectType({ description: "农村贫困人口 Registered poor person" })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;
}
