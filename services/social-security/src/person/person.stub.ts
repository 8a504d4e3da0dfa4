import { entityStub } from "@pa/service-kit";

/**
 * 农村贫困人口 The registry's Person, key only: this service adds `socialSecurity` to it. The
 * description is the registry's own, so composition has one text for the type.
 */
export const Person = entityStub({ name: "Person", description: "农村贫困人口 Registered poor person" });
export type Person = InstanceType<typeof Person>;
