import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { envelopeSchema, EventPayloadError, type EventEnvelope } from "./catalog";
import { PersonExited, PersonRegistered } from "./contracts";
import { EventConsumer, defineHandler } from "./inbox";
import { EventMetrics, standaloneMetrics } from "./metrics";
import { connectNats } from "./nats";
import { Outbox, OutboxEvent, OutboxRelay } from "./outbox";
import { streamNameFor } from "./streams";
import {
  countRows,
  deleteTestStreams,
  Effect,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  TestPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import { testDialects, type Orm } from "./test-support/kit";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

describe.each(testDialects())("outbox → JetStream → inbox on %s", (dialect) => {
  const namespace = testNamespace(`ob${dialect.slice(0, 2)}`);
  let nc: NatsConnection;
  let orm: Orm;
  let close: () => Promise<void>;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  const received: EventEnvelope<unknown>[] = [];
  const exited: string[] = [];
  const logBindings: Record<string, unknown>[] = [];
  const metrics = new EventMetrics(standaloneMetrics());

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    await ensureTestStreams(nc, namespace);
    ({ orm, close } = await eventDatabase(dialect, "outbox"));
    // A poll of a minute: every delivery below must come from the wake-up on commit.
    relay = new OutboxRelay({ orm, nc, namespace, metrics, pollIntervalMs: 60_000 }).start();
    consumer = await new EventConsumer({
      service: "employment",
      orm,
      nc,
      namespace,
      metrics,
      handlers: [
        defineHandler(PersonRegistered, async (data, { em, envelope, log }) => {
          received.push(envelope);
          logBindings.push(log.bindings());
          em.persist(
            Object.assign(new Effect(), {
              eventId: envelope.id,
              personId: data.personId,
              consumer: "employment",
            }),
          );
        }),
        // A second type of the same producer: one durable, two filters (a wildcard on NATS 2.9).
        defineHandler(PersonExited, async (data) => {
          exited.push(data.personId);
        }),
      ],
    }).start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await deleteTestStreams(nc, namespace);
    await nc?.close();
    await close?.();
  });

  test("a registered person's event reaches the consumer once, with a valid CloudEvents envelope", async () => {
    const outbox = new Outbox({
      actor: "clerk-1",
      traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    });
    const added = await orm.em.fork().transactional(async (em) => {
      em.persist(Object.assign(new TestPerson(), { id: "p-1" }));
      return outbox.add(em, PersonRegistered, registeredPerson(1));
    });

    await waitFor("the handler to commit", async () => (await countRows(orm, "test_effect")) === 1);
    expect(received).toHaveLength(1);
    const env = received[0] as EventEnvelope<unknown>;
    expect(envelopeSchema.safeParse(env).success).toBe(true);
    expect(env).toMatchObject({
      specversion: "1.0",
      id: added.id,
      source: "/services/registry",
      type: "pa.registry.person.registered.v1",
      subject: "p-1",
      datacontenttype: "application/json",
      actor: "clerk-1",
      traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
      data: registeredPerson(1),
    });
    expect(env.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    // The request's trace continues in the handler's log lines.
    expect(logBindings[0]).toMatchObject({
      traceparent: env.traceparent,
      eventId: env.id,
      consumer: "employment",
    });
    await waitFor(
      "the row to be marked published",
      async () => (await countRows(orm, "outbox_event", "published_at is not null")) === 1,
    );
    expect(await countRows(orm, "inbox_entry")).toBe(1);
    // Nothing is delivered twice: a redelivery would add an effect or at least a second receipt.
    expect(received).toHaveLength(1);
  });

  test("a payload that breaks its schema is refused at add, and the whole transaction rolls back", async () => {
    const outbox = new Outbox();
    const leaking = { ...registeredPerson(2), idNumber: "440103198005010021", phone: "13800000000" };
    await expect(
      orm.em.fork().transactional(async (em) => {
        em.persist(Object.assign(new TestPerson(), { id: "p-2" }));
        // Structural typing lets the extra keys through the compiler; the strict schema does not.
        outbox.add(em, PersonRegistered, leaking);
      }),
    ).rejects.toThrow(EventPayloadError);
    await expect(
      orm.em.fork().transactional(async (em) => {
        outbox.add(em, PersonRegistered, { ...registeredPerson(3), laborCapacity: "SOME" as "FULL" });
      }),
    ).rejects.toThrow(/laborCapacity/);
    expect(await countRows(orm, "test_person", "id = 'p-2'")).toBe(0);
    expect(await countRows(orm, "outbox_event", "subject in ('p-2', 'p-3')")).toBe(0);
  });

  test("a transaction that rolls back after adding an event leaves no outbox row and publishes nothing", async () => {
    const jsm = await jetstreamManager(nc);
    const before = (await jsm.streams.info(streamNameFor("registry", namespace))).state.messages;
    await expect(
      orm.em.fork().transactional(async (em) => {
        new Outbox().add(em, PersonRegistered, registeredPerson(4));
        em.persist(Object.assign(new TestPerson(), { id: "p-4" }));
        await em.flush(); // the row is written inside the transaction…
        throw new Error("the mutation failed after adding its event"); // …and rolled back here
      }),
    ).rejects.toThrow(/mutation failed/);
    expect(await countRows(orm, "outbox_event", "subject = 'p-4'")).toBe(0);
    // A later event goes through; the rolled-back one never appears before it.
    await orm.em
      .fork()
      .transactional(async (em) => void new Outbox().add(em, PersonRegistered, registeredPerson(5)));
    await waitFor("the later event", () => received.some((e) => e.subject === "p-5"));
    expect(received.some((e) => e.subject === "p-4")).toBe(false);
    expect((await jsm.streams.info(streamNameFor("registry", namespace))).state.messages).toBe(before + 1);
  });

  test("one consumer handles several event types of one producer", async () => {
    await orm.em.fork().transactional(async (em) => {
      new Outbox().add(em, PersonExited, {
        personId: "p-1",
        version: 2,
        townshipCode: "440103001",
        village: "东山村",
        householdId: "h-1",
        povertyStatus: "EXITED",
        registeredOn: "2018-03-01",
        exitedOn: "2020-12-01",
      });
    });
    await waitFor("the exit", () => exited.includes("p-1"));
  });

  test("the relay wakes on commit instead of waiting for its poll", async () => {
    const t0 = Date.now();
    await orm.em
      .fork()
      .transactional(async (em) => void new Outbox().add(em, PersonRegistered, registeredPerson(6)));
    await waitFor("the event", () => received.some((e) => e.subject === "p-6"), 5000, 5);
    expect(Date.now() - t0).toBeLessThan(500);
    // The consumer may hear the event before the relay's round commits its mark (several rounds
    // are in flight since issue 10): the mark follows within the round.
    await waitFor(
      "the row marked published",
      async () => (await orm.em.fork().count(OutboxEvent, { publishedAt: null })) === 0,
      2000,
      5,
    );
  });
});
