import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AuthEnv, DatabaseEnv, describeEnv, envFlag, loadConfig, NatsEnv, ServerEnv } from "./config";

describe("configuration: described for the generated README table", () => {
  const shape = {
    ...ServerEnv,
    PORT: ServerEnv.PORT.default(4199),
    ...DatabaseEnv,
    ...AuthEnv,
    ...NatsEnv,
    DEMO: envFlag(true).describe("load the demo"),
  };

  it("every kit variable has a description, and a service's default replaces the kit's", () => {
    const docs = Object.fromEntries(describeEnv(shape).map((d) => [d.name, d]));
    expect(docs.PORT).toEqual({
      name: "PORT",
      default: "4199",
      required: false,
      description: "the port to listen on (0: any free port)",
    });
    expect(docs.NATS_NAMESPACE?.default).toBe("");
    expect(docs.DEMO).toMatchObject({ default: "true", description: "load the demo" });
  });

  it("a variable without a default is required unless optional", () => {
    const docs = Object.fromEntries(describeEnv(shape).map((d) => [d.name, d]));
    expect(docs.DATABASE_URL).toMatchObject({ default: undefined, required: true });
    expect(docs.JWT_SECRET).toMatchObject({ default: undefined, required: false });
  });

  it("a variable without a description is refused, naming it", () => {
    expect(() => describeEnv({ SOME_NUMBER: z.coerce.number().default(3) })).toThrow(/SOME_NUMBER/);
  });

  it("a flag reads true and false as booleans", () => {
    expect(loadConfig({ DEMO: envFlag(false).describe("d") }, { DEMO: "true" }).DEMO).toBe(true);
    expect(loadConfig({ DEMO: envFlag(false).describe("d") }, {}).DEMO).toBe(false);
    expect(() => loadConfig({ DEMO: envFlag(false).describe("d") }, { DEMO: "yes" })).toThrow(/DEMO/);
  });
});
