/**
 * `pnpm --filter @pa/events bench:relay` — the outbox relay alone on PostgreSQL (issue 10): N
 * outbox rows (BENCH_EVENTS, default 50,000 registrations) committed first with the relay stopped,
 * then the relay started; reports the wall time until the outbox is empty and this process's CPU
 * (user + system) per event over that time — the relay's own cost: reading rows, publishing,
 * parsing acks, marking rows. Not a test: it prints figures.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { PersonRegistered } from "../src/contracts";
import { connectNats } from "../src/nats";
import { insertOutboxRows, Outbox, OutboxRelay, type OutboxRow } from "../src/outbox";
import {
  countRows,
  deleteTestStreams,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  testNamespace,
  waitFor,
} from "../src/test-support/fixtures";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const namespace = testNamespace("relaybench");
const nc = await connectNats(NATS_URL);
await ensureTestStreams(nc, namespace);
const { orm, close } = await eventDatabase("postgresql", "relay-bench");
try {
  const outbox = new Outbox({ actor: "bench" });
  for (let i = 0; i < EVENTS; i += 5000) {
    const rows: OutboxRow[] = [];
    for (let j = i; j < Math.min(EVENTS, i + 5000); j++)
      rows.push(outbox.row(PersonRegistered, registeredPerson(j)));
    await orm.em.fork().transactional((em) => insertOutboxRows(em, rows));
  }
  console.log(
    `relay bench: ${EVENTS} pending events; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
  const cpu0 = cpuMs();
  const t0 = performance.now();
  const relay = new OutboxRelay({ orm, nc, namespace }).start();
  await waitFor(
    "the relay to drain the outbox",
    async () => (await countRows(orm, "outbox_event", "published_at is null")) === 0,
    1_800_000,
    100,
  );
  const wall = performance.now() - t0;
  const cpu = cpuMs() - cpu0;
  await relay.stop();
  console.log(
    `  drained in ${(wall / 1000).toFixed(1)} s = ${Math.round(EVENTS / (wall / 1000))} events/s; CPU ${(cpu / 1000).toFixed(1)} s = ${((cpu / EVENTS) * 1000).toFixed(0)} µs/event; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
} finally {
  await deleteTestStreams(nc, namespace);
  await nc.close();
  await close();
}
