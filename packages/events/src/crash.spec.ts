import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { PersonRegistered } from "./contracts";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import { streamNameFor } from "./streams";
import {
  countRows,
  deleteTestStreams,
  ensureTestStreams,
  eventDatabase,
  registeredPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";
import type { TestDatabase, Orm } from "./test-support/kit";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const EVENTS = 400;
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const childScript = fileURLToPath(new URL("./test-support/consumer-child.ts", import.meta.url));

/**
 * Two consumer processes start (tsx compiles the package in each): on a machine shared by several
 * test runs a start alone took 18 s, so the default 60 s per test and 20 s per start were not enough.
 */
const PROCESS_TEST_TIMEOUT_MS = 300_000;

/** Starts the consuming service as a separate Node process (tsx) and waits until it consumes. */
async function startConsumerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", childScript], {
    cwd: packageDir,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: fileURLToPath(new URL("../../../tsconfig.base.json", import.meta.url)),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`consumer process did not start: ${stderr}`)), 120_000);
    child.stdout?.on("data", (d: Buffer) => {
      if (d.toString().includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`consumer process exited (${code}): ${stderr}`)));
  });
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await exited;
}

describe("a consumer process killed with SIGKILL in the middle of a batch", () => {
  const namespace = testNamespace("crash");
  let nc: NatsConnection;
  let orm: Orm;
  let db: TestDatabase;
  let close: () => Promise<void>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    await ensureTestStreams(nc, namespace);
    ({ orm, db, close } = await eventDatabase("postgresql", "crash"));
  });

  afterAll(async () => {
    for (const c of children) await kill(c, "SIGKILL");
    await deleteTestStreams(nc, namespace);
    await nc?.close();
    await close?.();
  });

  test(
    "after a restart every event is handled, none twice in effect",
    async () => {
      const relay = new OutboxRelay({ orm, nc, namespace }).start();
      await orm.em.fork().transactional(async (em) => {
        for (let i = 0; i < EVENTS; i++) new Outbox().add(em, PersonRegistered, registeredPerson(i));
      });
      await waitFor(
        "all events published",
        async () => (await countRows(orm, "outbox_event", "published_at is null")) === 0,
      );
      await relay.stop();

      const env = {
        DATABASE_URL: db.url,
        NATS_URL,
        BUS_NAMESPACE: namespace,
        HANDLER_DELAY_MS: "20",
        ACK_WAIT_MS: "2000",
      };
      const first = await startConsumerProcess(env);
      children.push(first);
      await waitFor(
        "the first process to be mid-way",
        async () => (await countRows(orm, "test_effect")) >= EVENTS / 4,
        30_000,
        10,
      );
      await kill(first, "SIGKILL");
      const afterKill = await countRows(orm, "test_effect");
      expect(afterKill).toBeLessThan(EVENTS); // it really died mid-way

      const second = await startConsumerProcess(env);
      children.push(second);
      const jsm = await jetstreamManager(nc);
      await waitFor(
        "every event handled and acknowledged",
        async () => {
          const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
          return (
            info.num_pending === 0 &&
            info.num_ack_pending === 0 &&
            (await countRows(orm, "test_effect")) >= EVENTS
          );
        },
        60_000,
        100,
      );
      const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
      // Deliveries exceed the stream's messages: the killed process's unacknowledged batch came back.
      expect(info.delivered.consumer_seq).toBeGreaterThan(info.delivered.stream_seq);
      expect(await countRows(orm, "test_effect")).toBe(EVENTS);
      expect(await countRows(orm, "(select distinct event_id from test_effect) as d")).toBe(EVENTS);
      expect(await countRows(orm, "inbox_entry")).toBe(EVENTS);
      await kill(second, "SIGTERM");
      expect(second.exitCode).toBe(0);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});

/**
 * Issue 10: the same, with a set-based consumer. Registrations reach a projection in bulk batches
 * (one read, one flush, the audit entries and the reaction's own events by multi-row insert, inbox
 * rows included, one commit); the process is killed while a bulk batch's effects are flushed but
 * not committed. After a restart every effect exists exactly once: projected row, audit entry,
 * reaction effect, published event and inbox row, one per registration.
 */
describe("a set-based consumer killed with SIGKILL in the middle of a bulk batch", () => {
  const namespace = testNamespace("crashbulk");
  const BULK = 2000;
  let nc: NatsConnection;
  let orm: Orm;
  let db: TestDatabase;
  let close: () => Promise<void>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    await ensureTestStreams(nc, namespace, ["registry", "employment"]);
    ({ orm, db, close } = await eventDatabase("postgresql", "crashbulk"));
  });

  afterAll(async () => {
    for (const c of children) await kill(c, "SIGKILL");
    await deleteTestStreams(nc, namespace);
    await nc?.close();
    await close?.();
  });

  test(
    "after a restart every bulk effect exists exactly once",
    async () => {
      const relay = new OutboxRelay({ orm, nc, namespace }).start();
      await orm.em.fork().transactional(async (em) => {
        for (let i = 0; i < BULK; i++) new Outbox().add(em, PersonRegistered, registeredPerson(i));
      });
      await waitFor(
        "all registrations published",
        async () => (await countRows(orm, "outbox_event", "published_at is null")) === 0,
      );
      await relay.stop();
      const registrations = await countRows(orm, "outbox_event");

      const env = {
        DATABASE_URL: db.url,
        NATS_URL,
        BUS_NAMESPACE: namespace,
        CHILD_MODE: "projection",
        HANDLER_DELAY_MS: "2",
        ACK_WAIT_MS: "2000",
      };
      const first = await startConsumerProcess(env);
      children.push(first);
      await waitFor(
        "the first process to be a quarter through",
        async () => (await countRows(orm, "test_effect")) >= BULK / 4,
        60_000,
        10,
      );
      await kill(first, "SIGKILL");
      const afterKill = await countRows(orm, "test_effect");
      expect(afterKill).toBeLessThan(BULK);
      // Nothing of a batch is visible without all of it: every committed effect has its inbox row.
      expect(await countRows(orm, "inbox_entry")).toBe(afterKill);

      const second = await startConsumerProcess(env);
      children.push(second);
      const jsm = await jetstreamManager(nc);
      await waitFor(
        "every registration handled and acknowledged",
        async () => {
          const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
          return (
            info.num_pending === 0 &&
            info.num_ack_pending === 0 &&
            (await countRows(orm, "test_effect")) >= BULK
          );
        },
        120_000,
        100,
      );
      const info = await jsm.consumers.info(streamNameFor("registry", namespace), "employment");
      expect(info.delivered.consumer_seq).toBeGreaterThan(info.delivered.stream_seq);
      expect(await countRows(orm, "test_effect")).toBe(BULK);
      expect(await countRows(orm, "(select distinct event_id from test_effect) as d")).toBe(BULK);
      expect(await countRows(orm, "test_projected")).toBe(BULK);
      expect(await countRows(orm, "audit_entry", "action = 'applyTestProjected.created'")).toBe(BULK);
      expect(await countRows(orm, "inbox_entry")).toBe(BULK);
      // The reaction's own events: one per person, none lost with the killed batch, none doubled.
      const opened = `type = 'pa.employment.case.opened.v1'`;
      expect(await countRows(orm, "outbox_event", opened)).toBe(BULK);
      expect(
        await countRows(orm, "(select distinct subject from outbox_event where " + opened + ") as d"),
      ).toBe(BULK);
      expect(registrations).toBe(BULK);
      await kill(second, "SIGTERM");
      expect(second.exitCode).toBe(0);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
