import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { PersonRegistered } from "./contracts";
import { EventConsumer, defineHandler } from "./inbox";
import { EventMetrics, standaloneMetrics } from "./metrics";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import { streamNameFor } from "./streams";
import {
  countRows,
  deleteTestStreams,
  Effect,
  ensureTestStreams,
  eventDatabase,
  openTestOrm,
  registeredPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import type { Orm } from "./test-support/kit";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const TRANSACTIONS = 300;
const PER_TRANSACTION = 2;
const EVENTS = TRANSACTIONS * PER_TRANSACTION;

async function total(metrics: EventMetrics, name: "published" | "publishDuplicates"): Promise<number> {
  return (await metrics[name].get()).values.reduce((s, v) => s + v.value, 0);
}

describe("two replicas of a producer and two of a consumer, on one database and one durable", () => {
  const namespace = testNamespace("replicas");
  const conns: NatsConnection[] = [];
  let orms: Orm[] = [];
  let close: () => Promise<void>;
  const relays: OutboxRelay[] = [];
  const consumers: EventConsumer[] = [];
  const relayMetrics = [new EventMetrics(standaloneMetrics()), new EventMetrics(standaloneMetrics())];

  beforeAll(async () => {
    for (let i = 0; i < 4; i++) conns.push(await connectNats(NATS_URL));
    await ensureTestStreams(conns[0] as NatsConnection, namespace);
    const first = await eventDatabase("postgresql", "replicas");
    close = first.close;
    orms = [first.orm, await openTestOrm(first.db.url)];
    orms.forEach((orm, i) => {
      relays.push(
        new OutboxRelay({
          orm,
          nc: conns[i] as NatsConnection,
          namespace,
          metrics: relayMetrics[i],
          batchSize: 32,
        }).start(),
      );
    });
    for (const [i, orm] of orms.entries()) {
      const name = `replica-${i}`;
      consumers.push(
        await new EventConsumer({
          service: "employment",
          orm,
          nc: conns[2 + i] as NatsConnection,
          namespace,
          concurrency: 4,
          handlers: [
            defineHandler(PersonRegistered, async (data, { em, envelope }) => {
              em.persist(
                Object.assign(new Effect(), {
                  eventId: envelope.id,
                  personId: data.personId,
                  consumer: name,
                }),
              );
            }),
          ],
        }).start(),
      );
    }
  });

  afterAll(async () => {
    for (const c of consumers) await c.stop();
    for (const r of relays) await r.stop();
    await deleteTestStreams(conns[0] as NatsConnection, namespace);
    for (const nc of conns) await nc.close();
    await orms[1]?.close(true);
    await close?.();
  });

  test("each event is published once and handled once in total", async () => {
    const outbox = new Outbox();
    // Both replicas take writes, so both relays are woken and compete for the same rows.
    for (let t = 0; t < TRANSACTIONS; t += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, k) =>
          (orms[(t + k) % 2] as Orm).em.fork().transactional(async (em) => {
            for (let e = 0; e < PER_TRANSACTION; e++)
              outbox.add(em, PersonRegistered, registeredPerson(`${t + k}-${e}`));
          }),
        ),
      );
    }
    const jsm = await jetstreamManager(conns[0] as NatsConnection);
    await waitFor(
      "every event handled and acknowledged",
      async () => {
        const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
        return (
          info.num_pending === 0 &&
          info.num_ack_pending === 0 &&
          (await countRows(orms[0] as Orm, "test_effect")) >= EVENTS
        );
      },
      // A loaded 2-core machine (other suites running) can take long; exactness is what is asserted.
      90_000,
      50,
    );
    const orm = orms[0] as Orm;
    expect(await countRows(orm, "test_effect")).toBe(EVENTS);
    expect(await countRows(orm, "(select distinct event_id from test_effect) as d")).toBe(EVENTS);
    expect(await countRows(orm, "outbox_event", "published_at is null")).toBe(0);
    // Published once: the relays' acknowledged publishes add up to the events, none a duplicate.
    const published = await Promise.all(relayMetrics.map((m) => total(m, "published")));
    const duplicates = await Promise.all(relayMetrics.map((m) => total(m, "publishDuplicates")));
    expect(published[0]! + published[1]!).toBe(EVENTS);
    expect(duplicates).toEqual([0, 0]);
    expect((await jsm.streams.info(streamNameFor("registry", namespace))).state.messages).toBe(EVENTS);
    // Both replicas did share the work.
    expect(await countRows(orm, "test_effect", "consumer = 'replica-0'")).toBeGreaterThan(0);
    expect(await countRows(orm, "test_effect", "consumer = 'replica-1'")).toBeGreaterThan(0);
    expect(published.every((n) => n > 0)).toBe(true);
  }, 150_000);
});
