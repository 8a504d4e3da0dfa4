import { Directive, Field, ID, ObjectType } from "type-graphql";

/** 农村贫困人口 Person, owned by the registry; this service adds `employment` to it (一人一档). */
@ObjectType("Person", {
  description: "农村贫困人口 Registered poor person",
})
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID)
  id!: string;
}

/** The stub for a person id (what a reference to another subgraph's entity carries). */
export function personRef(id: string): Person {
  return { id };
}
