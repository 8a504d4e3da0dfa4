import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, PersonExited, PersonRegistered, TownshipUpdated } from "@pa/events";
import { AuditEntry } from "@pa/service-kit";
import { callers, startServiceHarness, type ServiceHarness } from "@pa/testing";
import { createRegistryApp } from "../app";
import { Person } from "../person/person.entity";
import { PovertyStatus } from "../person/person.enums";
import { Township } from "../township/township.entity";
import { DEMO_DEFAULT_PEOPLE } from "./demo-generator";

// The demo city goes through the register's operations (townships, the import, exits, surveys), so
// every department hears of it by the usual events. One dialect is enough for the demo's path.
describe("registry demo: the demo city is loaded through the register's operations (sqlite)", () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness(createRegistryApp, {
      dialect: "sqlite",
      label: "reg-demo",
      loadDemo: true,
      user: callers.povertyOffice.clerk(),
    });
  }, 180_000);
  afterAll(() => h?.close());

  test("twelve townships and the demo's people, each audited and published", async () => {
    const em = h.app.orm.em.fork();
    expect(await em.count(Township, {})).toBe(12);
    expect(await em.count(Person, {})).toBe(DEMO_DEFAULT_PEOPLE);
    const exited = await em.count(Person, { povertyStatus: PovertyStatus.EXITED });
    expect(exited).toBeGreaterThan(0);
    expect(await em.count(AuditEntry, { actor: "demo-loader", action: "saveTownship" })).toBe(12);
    expect(await em.count(AuditEntry, { actor: "demo-loader", action: "importRegister" })).toBe(
      DEMO_DEFAULT_PEOPLE,
    );
    expect(await em.count(AuditEntry, { actor: "demo-loader", action: "recordExit" })).toBe(exited);
    expect(await em.count(OutboxEvent, { type: TownshipUpdated.type })).toBe(12);
    expect(await em.count(OutboxEvent, { type: PersonRegistered.type })).toBe(DEMO_DEFAULT_PEOPLE);
    expect(await em.count(OutboxEvent, { type: PersonExited.type })).toBe(exited);
  });
});
