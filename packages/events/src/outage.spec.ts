import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { PersonRegistered } from "./contracts";
import { EventConsumer, defineHandler } from "./inbox";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import { streamNameFor } from "./streams";
import {
  countRows,
  Effect,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import { PrivateNatsServer } from "./test-support/nats-server";
import type { Orm } from "./test-support/kit";

// The scenario: NATS down for 30 s. EVENTS_OUTAGE_MS shortens it for quick local runs.
const OUTAGE_MS = Number(process.env.EVENTS_OUTAGE_MS ?? 30_000);
const EVENTS = 1000;

describe("NATS stopped while 1,000 people are registered", () => {
  const namespace = testNamespace("outage");
  let server: PrivateNatsServer;
  let producerNc: NatsConnection;
  let consumerNc: NatsConnection;
  let orm: Orm;
  let close: () => Promise<void>;
  let relay: OutboxRelay;
  let consumer: EventConsumer;

  beforeAll(async () => {
    // A private server on its own port and store: this file kills it, nobody else notices.
    server = await PrivateNatsServer.start();
    producerNc = await connectNats(server.url);
    consumerNc = await connectNats(server.url);
    await ensureTestStreams(producerNc, namespace);
    ({ orm, close } = await eventDatabase("postgresql", "outage"));
    relay = new OutboxRelay({
      orm,
      nc: producerNc,
      namespace,
      publishTimeoutMs: 1000,
      maxBackoffMs: 1000,
    }).start();
    consumer = await new EventConsumer({
      service: "employment",
      orm,
      nc: consumerNc,
      namespace,
      concurrency: 16,
      handlers: [
        defineHandler(PersonRegistered, async (data, { em, envelope }) => {
          em.persist(
            Object.assign(new Effect(), {
              eventId: envelope.id,
              personId: data.personId,
              consumer: "employment",
            }),
          );
        }),
      ],
    }).start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await producerNc?.close();
    await consumerNc?.close();
    await server?.dispose();
    await close?.();
  });

  test(
    "every event waits in the outbox and arrives once NATS is back; the handler's effects count exactly 1,000",
    async () => {
      await server.down();
      const downAt = Date.now();
      // One transaction per registration, ten at a time, as clerks would.
      const outbox = new Outbox({ actor: "clerk" });
      for (let i = 0; i < EVENTS; i += 10) {
        await Promise.all(
          Array.from({ length: 10 }, (_, k) =>
            orm.em
              .fork()
              .transactional(async (em) => void outbox.add(em, PersonRegistered, registeredPerson(i + k))),
          ),
        );
      }
      expect(await countRows(orm, "outbox_event", "published_at is null")).toBe(EVENTS);
      expect(await countRows(orm, "test_effect")).toBe(0);

      await waitFor(
        "the outage to last its time",
        () => Date.now() - downAt >= OUTAGE_MS,
        OUTAGE_MS + 5000,
        100,
      );
      expect(await countRows(orm, "outbox_event", "published_at is null")).toBe(EVENTS);
      await server.up();

      await waitFor("all effects", async () => (await countRows(orm, "test_effect")) >= EVENTS, 60_000, 100);
      await waitFor(
        "the outbox to drain",
        async () => (await countRows(orm, "outbox_event", "published_at is null")) === 0,
        10_000,
      );
      // Let stragglers (redeliveries) land before counting, without a blind sleep: the consumer has
      // nothing pending once every message is acknowledged.
      const jsm = await jetstreamManager(consumerNc);
      await waitFor("every message acknowledged", async () => {
        const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
        return info.num_pending === 0 && info.num_ack_pending === 0;
      });
      expect(await countRows(orm, "test_effect")).toBe(EVENTS);
      expect(await countRows(orm, "(select distinct event_id from test_effect) as d")).toBe(EVENTS);
      expect(await countRows(orm, "inbox_entry")).toBe(EVENTS);
      expect((await jsm.streams.info(streamNameFor("registry", namespace))).state.messages).toBe(EVENTS);
    },
    OUTAGE_MS + 90_000,
  );
});
