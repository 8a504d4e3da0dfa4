import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { ASYNCAPI_PATH, asyncApiDocument, asyncApiYaml } from "./asyncapi";
import {
  allEvents,
  createEnvelope,
  defineEvent,
  envelopeSchema,
  EventPayloadError,
  isNewer,
} from "./catalog";
import { PersonRegistered, PersonUpdated, TrainingCompleted } from "./contracts";
import {
  dlqStreamName,
  dlqSubjectFor,
  streamNameFor,
  streamSubjectFor,
  subjectFor,
  typeFromSubject,
} from "./streams";
import { registeredPerson } from "./test-support/fixtures";

describe("event types follow pa.<service>.<aggregate>.<happened>.v<N>", () => {
  test("a malformed type, or one naming another service as producer, is refused", () => {
    expect(() =>
      defineEvent("registry.person.registered", z.object({}), { producer: "registry", description: "x" }),
    ).toThrow(/pa\.<service>/);
    expect(() =>
      defineEvent("pa.registry.person.registered.v0", z.object({}), {
        producer: "registry",
        description: "x",
      }),
    ).toThrow();
    expect(() =>
      defineEvent("pa.registry.person.registered", z.object({}), { producer: "registry", description: "x" }),
    ).toThrow();
    expect(() =>
      defineEvent("pa.registry.person.moved.v1", z.object({}), { producer: "employment", description: "x" }),
    ).toThrow(/belongs to service "registry"/);
  });

  test("a type is defined once", () => {
    expect(() =>
      defineEvent("pa.registry.person.registered.v1", z.object({}), {
        producer: "registry",
        description: "x",
      }),
    ).toThrow(/defined twice/);
  });

  test("the catalog holds the registry's five events and skills' training completion", () => {
    expect(allEvents().map((e) => e.type)).toEqual(
      expect.arrayContaining([
        "pa.registry.person.registered.v1",
        "pa.registry.person.updated.v1",
        "pa.registry.person.exited.v1",
        "pa.registry.needs.surveyed.v1",
        "pa.registry.household.updated.v1",
        "pa.skills.training.completed.v1",
      ]),
    );
    expect(TrainingCompleted.consumers).toContain("employment");
  });
});

describe("registry events never carry the ID-card number or phone", () => {
  test.each(["idNumber", "phone", "name"])("a payload with %s is refused", (key) => {
    expect(() => PersonRegistered.parse({ ...registeredPerson(1), [key]: "x" })).toThrow(EventPayloadError);
  });

  test("no registry contract names an idNumber or phone field", () => {
    const text = JSON.stringify(asyncApiDocument());
    expect(text).not.toMatch(/idNumber|"phone"/i);
  });

  test("an update lists changed fields by name, and only fact fields", () => {
    expect(() =>
      PersonUpdated.parse({ ...registeredPerson(1), version: 2, changedFields: ["laborCapacity"] }),
    ).not.toThrow();
    expect(() =>
      PersonUpdated.parse({ ...registeredPerson(1), version: 2, changedFields: ["phone"] }),
    ).toThrow(/changedFields/);
  });
});

describe("CloudEvents envelope", () => {
  test("carries id, source, type, subject, time, data, actor and traceparent", () => {
    const env = createEnvelope(PersonRegistered, registeredPerson(7), {
      actor: "u1",
      traceparent: "00-aa-bb-01",
    });
    expect(envelopeSchema.parse(env)).toBeTruthy();
    expect(env).toMatchObject({
      specversion: "1.0",
      source: "/services/registry",
      subject: "p-7",
      actor: "u1",
      traceparent: "00-aa-bb-01",
    });
    const later = createEnvelope(PersonRegistered, registeredPerson(8));
    expect(later.id > env.id).toBe(true); // ids sort by creation
    expect(later.actor).toBe("system");
  });

  test("the error names the broken field and says nothing was recorded", () => {
    expect(() =>
      createEnvelope(PersonRegistered, { ...registeredPerson(1), birthDate: "1980-13-01" }),
    ).toThrow(/birthDate.*|nothing was recorded/);
  });
});

describe("handlers tolerate reordering by comparing versions", () => {
  test("isNewer", () => {
    expect(isNewer(undefined, 1)).toBe(true);
    expect(isNewer(null, 1)).toBe(true);
    expect(isNewer(2, 3)).toBe(true);
    expect(isNewer(3, 3)).toBe(false);
    expect(isNewer(4, 3)).toBe(false);
  });
});

describe("subjects and streams", () => {
  test("production: subject = type, stream PA_<SERVICE>; a test namespace prefixes and suffixes", () => {
    expect(subjectFor("pa.registry.person.registered.v1")).toBe("pa.registry.person.registered.v1");
    expect(streamNameFor("registry")).toBe("PA_REGISTRY");
    expect(streamNameFor("social-security")).toBe("PA_SOCIAL_SECURITY");
    expect(streamSubjectFor("registry")).toBe("pa.registry.>");
    expect(dlqStreamName()).toBe("PA_DLQ");
    expect(dlqSubjectFor("employment", "pa.registry.person.registered.v1")).toBe(
      "pa.dlq.employment.pa.registry.person.registered.v1",
    );
    expect(subjectFor("pa.a.b.c.v1", "t_x")).toBe("t_x.pa.a.b.c.v1");
    expect(typeFromSubject("t_x.pa.a.b.c.v1", "t_x")).toBe("pa.a.b.c.v1");
    expect(streamNameFor("registry", "t_x")).toBe("PA_REGISTRY_T_X");
    expect(() => subjectFor("pa.a.b.c.v1", "bad.ns")).toThrow(/namespace/);
  });
});

describe("AsyncAPI document", () => {
  test("docs/events.asyncapi.yaml is up to date (run `pnpm --filter @pa/events asyncapi`)", () => {
    expect(readFileSync(ASYNCAPI_PATH, "utf8")).toBe(asyncApiYaml());
  });

  test("has a channel per event, with its producer, consumers and payload schema", () => {
    const doc = asyncApiDocument() as {
      asyncapi: string;
      channels: Record<string, { address: string; "x-producer": string }>;
    };
    expect(doc.asyncapi).toBe("3.0.0");
    expect(Object.values(doc.channels).map((c) => c.address)).toHaveLength(allEvents().length);
    expect(doc.channels["pa_registry_person_registered_v1"]?.["x-producer"]).toBe("registry");
  });
});
