import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { createEnvelope } from "./catalog";
import { PersonRegistered } from "./contracts";
import { EventConsumer, defineHandler } from "./inbox";
import { EventMetrics, standaloneMetrics } from "./metrics";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import { dlqStreamName, dlqSubjectFor, streamNameFor, subjectFor } from "./streams";
import {
  countRows,
  deleteTestStreams,
  Effect,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import type { Orm } from "./test-support/kit";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const TYPE = PersonRegistered.type;

async function counterValue(
  metrics: EventMetrics,
  name: "deadLetters" | "redeliveries",
  labels: Record<string, string>,
): Promise<number> {
  const data = await metrics[name].get();
  return data.values
    .filter((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val))
    .reduce((s, v) => s + v.value, 0);
}

describe("bounded redelivery, then the dead-letter stream", () => {
  const namespace = testNamespace("dlq");
  let nc: NatsConnection;
  let orm: Orm;
  let close: () => Promise<void>;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  const metrics = new EventMetrics(standaloneMetrics());
  let poisonAttempts = 0;

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    await ensureTestStreams(nc, namespace);
    ({ orm, close } = await eventDatabase("postgresql", "dlq"));
    relay = new OutboxRelay({ orm, nc, namespace }).start();
    consumer = await new EventConsumer({
      service: "employment",
      orm,
      nc,
      namespace,
      metrics,
      maxDeliver: 3,
      backoffMs: [50, 100],
      handlers: [
        defineHandler(PersonRegistered, async (data, { em, envelope }) => {
          em.persist(
            Object.assign(new Effect(), {
              eventId: envelope.id,
              personId: data.personId,
              consumer: "employment",
            }),
          );
          if (data.personId === "p-poison") {
            poisonAttempts++;
            throw new Error("assistance case rule R-EMP-1 cannot be evaluated for this person");
          }
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

  test("a handler that always throws: its event lands in PA_DLQ after the configured tries, the others keep flowing", async () => {
    const outbox = new Outbox();
    let poisonId = "";
    // One transaction: the twenty arrive together and are handled as a batch, which the poison
    // event makes fail; the batch falls back to one transaction per event.
    await orm.em.fork().transactional(async (em) => {
      for (let i = 0; i < 20; i++) {
        const env = outbox.add(em, PersonRegistered, registeredPerson(i === 5 ? "poison" : i));
        if (i === 5) poisonId = env.id;
      }
    });
    const jsm = await jetstreamManager(nc);
    await waitFor(
      "the dead letter",
      async () => (await jsm.streams.info(dlqStreamName(namespace))).state.messages === 1,
    );
    await waitFor("the others", async () => (await countRows(orm, "test_effect")) === 19);

    const dead = await jsm.streams.getMessage(dlqStreamName(namespace), {
      last_by_subj: dlqSubjectFor("employment", TYPE, namespace),
    });
    expect(dead).not.toBeNull();
    expect(dead?.json<{ id: string }>().id).toBe(poisonId);
    expect(dead?.header.get("Pa-Dlq-Reason")).toMatch(/R-EMP-1 cannot be evaluated/);
    expect(dead?.header.get("Pa-Dlq-Kind")).toBe("handler");
    expect(dead?.header.get("Pa-Dlq-Deliveries")).toBe("3");
    expect(dead?.header.get("Pa-Dlq-Original-Subject")).toBe(subjectFor(TYPE, namespace));
    // Three deliveries; the first may also have run inside the failed batch.
    expect(poisonAttempts).toBeGreaterThanOrEqual(3);
    expect(poisonAttempts).toBeLessThanOrEqual(4);
    // The failed attempts rolled back: no effect and no inbox row for the poison event.
    expect(await countRows(orm, "test_effect", "person_id = 'p-poison'")).toBe(0);
    expect(await countRows(orm, "inbox_entry", `event_id = '${poisonId}'`)).toBe(0);
    expect(await counterValue(metrics, "deadLetters", { reason: "handler" })).toBe(1);
    expect(await counterValue(metrics, "redeliveries", {})).toBe(2);
    // Terminated, so the server stops offering it.
    await waitFor(
      "no message outstanding",
      async () =>
        (await jsm.consumers.info(streamNameFor("registry", namespace), "employment")).num_ack_pending === 0,
    );
  });

  test("an event whose payload breaks its schema on receipt goes to PA_DLQ at once, without retries", async () => {
    const bad = {
      ...createEnvelope(PersonRegistered, registeredPerson("forged")),
      data: { personId: "p-forged", idNumber: "440103198005010021" },
    };
    await jetstream(nc).publish(subjectFor(TYPE, namespace), JSON.stringify(bad), { msgID: bad.id });
    const jsm = await jetstreamManager(nc);
    await waitFor(
      "the second dead letter",
      async () => (await jsm.streams.info(dlqStreamName(namespace))).state.messages === 2,
    );
    const dead = await jsm.streams.getMessage(dlqStreamName(namespace), {
      last_by_subj: dlqSubjectFor("employment", TYPE, namespace),
    });
    expect(dead?.header.get("Pa-Dlq-Kind")).toBe("invalid");
    expect(dead?.header.get("Pa-Dlq-Deliveries")).toBe("1");
    expect(dead?.header.get("Pa-Dlq-Reason")).toMatch(/breaks its schema/);
    expect(await counterValue(metrics, "deadLetters", { reason: "invalid" })).toBe(1);
  });
});
