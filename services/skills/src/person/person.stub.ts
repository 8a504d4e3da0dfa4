import { entityStub } from "@pa/service-kit";

/** 农村贫困人口 Person, owned by the registry; this service adds `skills` to it (一人一档). */
export const Person = entityStub({ name: "Person", description: "农村贫困人口 Registered poor person" });
export type Person = InstanceType<typeof Person>;

/** The stub for a person id (what a reference to another subgraph's entity carries). */
export function personRef(id: string): Person {
  return { id };
}
