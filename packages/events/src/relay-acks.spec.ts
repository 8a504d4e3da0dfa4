import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { NatsConnection } from "@nats-io/transport-node";
import { executeBound } from "@pa/service-kit";
import { PersonRegistered } from "./contracts";
import { connectNats } from "./nats";
import { insertOutboxRows, Outbox, OutboxRelay, type OutboxRow } from "./outbox";
import { streamNameFor } from "./streams";
import {
  deleteTestStreams,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import { testDialects, type Orm } from "./test-support/kit";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

/**
 * The relay's publish path (issue 10): plain rows read with the payload as text, a round published
 * on one multiplexed ack subscription, published and failed rows marked with one statement each.
 */
describe.each(testDialects())("relay acknowledgements on %s", (dialect) => {
  const namespace = testNamespace(`ra${dialect.slice(0, 2)}`);
  let nc: NatsConnection;
  let orm: Orm;
  let close: () => Promise<void>;
  let relay: OutboxRelay | undefined;

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    ({ orm, close } = await eventDatabase(dialect, "relay-acks"));
  });

  afterAll(async () => {
    await relay?.stop();
    await deleteTestStreams(nc, namespace);
    await nc?.close();
    await close?.();
  });

  const rowsOf = (em = orm.em.fork()) =>
    executeBound<{ id: string; published_at: unknown; attempts: number; last_error: string | null }>(
      em,
      "select id, published_at, attempts, last_error from outbox_event order by seq",
      [],
    );

  test("a refused publish is counted on its row and retried; once the stream exists every event is in it once, in order, byte for byte", async () => {
    // No stream yet: JetStream cannot take the subject, each row's failure is recorded on it.
    const outbox = new Outbox({ actor: "clerk-1" });
    const rows: OutboxRow[] = [];
    for (let i = 0; i < 600; i++) rows.push(outbox.row(PersonRegistered, registeredPerson(`ack-${i}`)));
    const ids = rows.map((r) => r.id);
    const payloads = new Map(rows.map((r) => [r.id, r.payload]));
    await orm.em.fork().transactional((em) => insertOutboxRows(em, rows));
    expect(rows).toHaveLength(0); // the list is emptied, as the inbox's sink expects

    relay = new OutboxRelay({
      orm,
      nc,
      namespace,
      batchSize: 250,
      pollIntervalMs: 100,
      publishTimeoutMs: 1000,
      maxBackoffMs: 200,
    }).start();
    // The oldest round is retried first (seq order), so at least its 250 rows have failed.
    await waitFor(
      "a round of rows to have failed at least twice",
      async () => (await rowsOf()).slice(0, 250).every((r) => Number(r.attempts) >= 2),
      30_000,
    );
    const failed = await rowsOf();
    expect(failed.every((r) => r.published_at === null)).toBe(true);
    expect(failed[0]?.last_error).toMatch(/no JetStream stream|no responders|ack/i);

    const jsm = await ensureTestStreams(nc, namespace);
    await waitFor(
      "every row to be published",
      async () => (await rowsOf()).every((r) => r.published_at !== null),
      20_000,
    );
    const stream = streamNameFor("registry", namespace);
    const info = await jsm.streams.info(stream);
    expect(info.state.messages).toBe(600);
    const seen: string[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(stream, { seq });
      const id = m!.header.get("Nats-Msg-Id");
      expect(m!.header.get("Content-Type")).toBe("application/cloudevents+json");
      expect(m!.json()).toEqual(payloads.get(id));
      seen.push(id);
    }
    // Each event once, and in the order the rows were written (one round at a time on SQLite,
    // and on PostgreSQL rounds in flight are disjoint ranges, each published in seq order).
    expect(new Set(seen).size).toBe(600);
    expect([...seen].sort()).toEqual([...ids].sort());
    if (dialect === "sqlite") expect(seen).toEqual(ids);
  });

  test("acks that came while the event loop was busy past the ack timeout still count: no round is failed for a process that was only busy", async () => {
    await ensureTestStreams(nc, namespace);
    await relay?.stop();
    relay = undefined;
    await orm.em.fork().transactional((em) => executeBound(em, "delete from outbox_event", []));
    const outbox = new Outbox({ actor: "clerk-1" });
    const rows: OutboxRow[] = [];
    for (let i = 0; i < 40; i++) rows.push(outbox.row(PersonRegistered, registeredPerson(`busy-${i}`)));
    await orm.em.fork().transactional((em) => insertOutboxRows(em, rows));
    // The real connection, which also keeps the event loop busy for 700 ms right after the round
    // went out (as SQLite's synchronous statements of a bulk write do): the acks arrive meanwhile,
    // and the 200 ms ack timer has expired by the time the loop turns.
    let blocked = false;
    const busyAfterSend = new Proxy(nc, {
      get(target, prop) {
        if (prop === "publish")
          return (...args: Parameters<NatsConnection["publish"]>) => {
            target.publish(...args);
            if (!blocked) {
              blocked = true;
              // Outside the timers phase, as a chain of statements after an I/O callback is.
              setImmediate(() => {
                const until = Date.now() + 700;
                while (Date.now() < until); // busy, on purpose
              });
            }
          };
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const busy = new OutboxRelay({ orm, nc: busyAfterSend, namespace, publishTimeoutMs: 200 });
    const outcome = await busy.publishRound();
    await busy.stop();
    expect(blocked).toBe(true);
    expect(outcome).toEqual({ published: 40, failed: 0 });
    expect((await rowsOf()).every((r) => r.published_at !== null && Number(r.attempts) === 0)).toBe(true);
  });
});
