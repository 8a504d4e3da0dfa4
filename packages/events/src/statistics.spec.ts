import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pino } from "pino";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { PersonRegistered } from "./contracts";
import { EventConsumer, StatisticsSchedule, type EventHandler } from "./inbox";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import { defineProjection } from "./projection";
import { streamNameFor } from "./streams";
import {
  countRows,
  deleteTestStreams,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  TestProjected,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import type { Orm } from "./test-support/kit";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const PEOPLE = 3000;

type Plan = { "Node Type": string; "Plan Rows": number; "Index Name"?: string; Plans?: Plan[] };

/**
 * Issue 10 item 2 (statistics): a consumer that fills a table from empty refreshes PostgreSQL's
 * planner statistics itself, so with autovacuum off the plans still see the rows that are there.
 * PostgreSQL only: SQLite plans without statistics unless asked, and the kit leaves it alone there.
 */
describe("when a consumer refreshes planner statistics", () => {
  test("at 5,000 handled events and each doubling after: five times in a 100,000-event catch-up, not twenty", () => {
    const schedule = new StatisticsSchedule(5000);
    const due: number[] = [];
    for (let n = 1; n <= 100_000; n++) if (schedule.handled()) due.push(n);
    expect(due).toEqual([5000, 10_000, 20_000, 40_000, 80_000]);
    const never = new StatisticsSchedule(0);
    expect(Array.from({ length: 10_000 }, () => never.handled()).some(Boolean)).toBe(false);
  });
});

describe("planner statistics after a bulk catch-up on postgresql", () => {
  const namespace = testNamespace("stats");
  let nc: NatsConnection;
  let orm: Orm;
  let close: () => Promise<void>;
  let consumer: EventConsumer | undefined;

  const projection = defineProjection<
    TestProjected,
    { personId: string; version: number; townshipCode: string }
  >({
    service: "employment",
    entity: TestProjected,
    key: "personId",
    version: "version",
    values: (f) => ({ personId: f.personId, version: f.version, townshipCode: f.townshipCode }),
    audit: { action: "applyTestProjected", entityName: "TestProjected" },
  });

  const plan = async (sql: string): Promise<Plan> => {
    const rows = (await orm.em.getConnection().execute(`explain (format json) ${sql}`)) as {
      "QUERY PLAN": { Plan: Plan }[];
    }[];
    return (rows[0] as { "QUERY PLAN": { Plan: Plan }[] })["QUERY PLAN"][0]!.Plan;
  };

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    await ensureTestStreams(nc, namespace);
    ({ orm, close } = await eventDatabase("postgresql", "stats"));
    // What a busy or badly tuned server looks like: autovacuum never analyzes this table.
    await orm.em.getConnection().execute(`alter table test_projected set (autovacuum_enabled = false)`);
  });

  afterAll(async () => {
    await consumer?.stop();
    await deleteTestStreams(nc, namespace);
    await nc?.close();
    await close?.();
  });

  test("with autovacuum off, the plans after a 3,000-person catch-up use the real row counts (EXPLAIN), from a handful of ANALYZE runs", async () => {
    const relay = new OutboxRelay({ orm, nc, namespace }).start();
    await orm.em.fork().transactional(async (em) => {
      for (let i = 0; i < PEOPLE; i++) new Outbox().add(em, PersonRegistered, registeredPerson(i));
    });
    await waitFor(
      "all registrations published",
      async () => (await countRows(orm, "outbox_event", "published_at is null")) === 0,
    );
    await relay.stop();
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    consumer = await new EventConsumer({
      service: "employment",
      orm,
      nc,
      namespace,
      log,
      analyzeAfterEvents: 250,
      handlers: [projection.handler(PersonRegistered, (d) => d) as EventHandler<unknown>],
    }).start();
    const jsm = await jetstreamManager(nc);
    await waitFor(
      "the catch-up",
      async () => {
        const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      60_000,
    );
    await consumer.stop(); // waits for a statistics run still under way
    consumer = undefined;
    expect(await countRows(orm, "test_projected")).toBe(PEOPLE);
    // At 250, 500, 1,000 and 2,000 handled events and once more at the end: not once per 250
    // (12 runs of ANALYZE over the whole database).
    const runs = lines.filter((l) => l.includes("planner statistics refreshed")).length;
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(5);

    // Every registration is in one township: the planner must know the condition matches them all
    // (a sequential scan), not guess 0.5 % of an "empty" table and walk the township index.
    const township = await plan(`select * from test_projected where township_code = '440103001'`);
    expect(township["Node Type"]).toBe("Seq Scan");
    expect(township["Plan Rows"]).toBeGreaterThan(PEOPLE * 0.9);
    // One person: the primary key's index.
    const one = await plan(`select * from test_projected where person_id = 'p-7'`);
    expect(one["Node Type"]).toBe("Index Scan");
    expect(one["Plan Rows"]).toBe(1);
  });
});
