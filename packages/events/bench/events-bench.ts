/**
 * `pnpm --filter @pa/events bench:events` — end-to-end figures on PostgreSQL: outbox commit →
 * relay → JetStream → durable consumer → handler transaction committed (inbox row + effect row).
 *
 *   1. sustained: the producer commits at a fixed offered rate (BENCH_RATE, default 2,000 events/s,
 *      in transactions of 10) for BENCH_SECONDS; reports delivered events/s and lag p50/p99/max
 *      (lag = handler commit − event time).
 *   2. burst: BENCH_BURST events (default 20,000) committed as fast as the producer can; reports
 *      events/s from the first commit to the last handler commit, and lag percentiles.
 *
 * Not a test: it prints figures. Needs NATS_URL (default 127.0.0.1:4222) and PostgreSQL (PG_ADMIN_URL).
 */
import { jetstreamManager } from "@nats-io/jetstream";
import { PersonRegistered } from "../src/contracts";
import { EventConsumer, defineHandler } from "../src/inbox";
import { EventMetrics, standaloneMetrics } from "../src/metrics";
import { connectNats } from "../src/nats";
import { Outbox, OutboxRelay } from "../src/outbox";
import { ensureStreams } from "../src/streams";
import {
  deleteTestStreams,
  Effect,
  eventDatabase,
  registeredPerson,
  testNamespace,
  waitFor,
} from "../src/test-support/fixtures";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const RATE = Number(process.env.BENCH_RATE ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BURST = Number(process.env.BENCH_BURST ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PER_TX = 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const namespace = testNamespace("bench");
const producerNc = await connectNats(NATS_URL);
const consumerNc = await connectNats(NATS_URL);
await ensureStreams(await jetstreamManager(producerNc), { service: "registry", namespace });
// Pool: the consumer's concurrent transactions plus the producer's and the relay's.
const { orm, close } = await eventDatabase("postgresql", "bench", { poolMax: CONCURRENCY + 8 });
const metrics = new EventMetrics(standaloneMetrics());

let lags: number[] = [];
let handled = 0;
let lastHandledAt = 0;
const relay = new OutboxRelay({ orm, nc: producerNc, namespace, metrics }).start();
const consumer = await new EventConsumer({
  service: "employment",
  orm,
  nc: consumerNc,
  namespace,
  metrics,
  concurrency: CONCURRENCY,
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
  onHandled: (env) => {
    const now = Date.now();
    lags.push(now - Date.parse(env.time));
    handled++;
    lastHandledAt = now;
  },
}).start();

const outbox = new Outbox({ actor: "bench" });
let seq = 0;
async function commitBatch(n: number): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    for (let i = 0; i < n; i++) outbox.add(em, PersonRegistered, registeredPerson(seq++));
  });
}

function report(label: string, events: number, ms: number): void {
  const sorted = [...lags].sort((a, b) => a - b);
  console.log(
    `${label}: ${events} events in ${(ms / 1000).toFixed(2)} s = ${Math.round((events / ms) * 1000)} events/s end to end; ` +
      `lag p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted[sorted.length - 1]} ms`,
  );
}

try {
  // Warm-up: connections, JIT, the consumer's first pull.
  for (let i = 0; i < 20; i++) await commitBatch(PER_TX);
  await waitFor("warm-up", () => handled >= 200, 30_000, 10);

  // 1. Sustained offered rate.
  lags = [];
  handled = 0;
  const total = RATE * SECONDS;
  const intervalMs = (PER_TX / RATE) * 1000;
  const start = Date.now();
  const inFlight = new Set<Promise<void>>();
  for (let sent = 0; sent < total; sent += PER_TX) {
    const due = start + (sent / PER_TX) * intervalMs;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = commitBatch(PER_TX).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  const producedMs = Date.now() - start;
  await waitFor("sustained phase delivered", () => handled >= total, 120_000, 5);
  console.log(
    `sustained: offered ${RATE} events/s for ${SECONDS} s (producer kept up: ${Math.round((total / producedMs) * 1000)} events/s committed)`,
  );
  report("sustained", total, lastHandledAt - start);

  // 2. Burst.
  lags = [];
  handled = 0;
  const burstStart = Date.now();
  const producers = Array.from({ length: 4 }, async (_, w) => {
    for (let sent = w * 50; sent < BURST; sent += 4 * 50) await commitBatch(Math.min(50, BURST - sent));
  });
  await Promise.all(producers);
  const burstCommitted = Date.now() - burstStart;
  await waitFor("burst delivered", () => handled >= BURST, 300_000, 5);
  console.log(
    `burst: producer committed ${BURST} events in ${(burstCommitted / 1000).toFixed(2)} s (${Math.round((BURST / burstCommitted) * 1000)} events/s)`,
  );
  report("burst", BURST, lastHandledAt - burstStart);
} finally {
  await consumer.stop();
  await relay.stop();
  await deleteTestStreams(producerNc, namespace);
  await producerNc.close();
  await consumerNc.close();
  await close();
}
