import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, ProjectStarted } from "@pa/events";
import { AuditEntry, createLogger } from "@pa/service-kit";
import { callers, readPublished, startServiceHarness, waitFor, type ServiceHarness } from "@pa/testing";
import { createEmploymentApp } from "../app";
import { PublicWelfarePost } from "../post/post.entity";
import { EmploymentProject } from "../project/project.entity";
import { DEMO_POSTS, DEMO_PROJECTS, loadDemoIfEmpty } from "./demo-loader";

// The demo goes through the service operations, so it is audited and published like a clerk's
// data. One dialect is enough: the operations themselves are proven on both in their own specs.
describe("employment demo: loaded through the service operations (sqlite)", () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    // The plan years' activity needs the registry's people: demo-activity.spec.ts.
    h = await startServiceHarness((deps) => createEmploymentApp({ ...deps, demoActivity: false }), {
      dialect: "sqlite",
      label: "emp-demo",
      loadDemo: true,
      user: callers.hrCentre.clerk(),
    });
  }, 120_000);
  afterAll(() => h?.close());

  test("the demo keeps its content: 484 posts opened in 2018–2020 (12 closed), 18 projects", async () => {
    const em = h.app.orm.em.fork();
    expect(await em.count(PublicWelfarePost, {})).toBe(DEMO_POSTS);
    expect(await em.count(PublicWelfarePost, { closedOn: { $ne: null } })).toBe(12);
    expect(await em.count(PublicWelfarePost, { openedOn: { $lt: "2018-01-01" } })).toBe(0);
    expect(await em.count(EmploymentProject, {})).toBe(DEMO_PROJECTS);
  });

  test("every demo record has its audit entry, by the demo loader", async () => {
    const em = h.app.orm.em.fork();
    const count = (action: string) => em.count(AuditEntry, { action, actor: "demo-loader" });
    expect(await count("openPost")).toBe(DEMO_POSTS);
    expect(await count("closePost")).toBe(12);
    expect(await count("startEmploymentProject")).toBe(DEMO_PROJECTS);
  });

  test("the demo's projects are in the outbox and published to the bus", async () => {
    const em = h.app.orm.em.fork();
    expect(await em.count(OutboxEvent, { type: ProjectStarted.type })).toBe(DEMO_PROJECTS);
    await waitFor("the demo's events on the bus", async () => {
      const published = await readPublished("employment", h.natsNamespace).catch(() => []);
      return published.filter((m) => m.envelope.type === ProjectStarted.type).length >= DEMO_PROJECTS;
    });
    const types = (await readPublished("employment", h.natsNamespace)).map((m) => m.envelope.type);
    expect(types.filter((t) => t === ProjectStarted.type)).toHaveLength(DEMO_PROJECTS);
  });

  test("a second start on the loaded database loads nothing more", async () => {
    expect(await loadDemoIfEmpty(h.app.orm, createLogger("employment", "silent"))).toBe(false);
    expect(await h.app.orm.em.fork().count(PublicWelfarePost, {})).toBe(DEMO_POSTS);
  });
});
