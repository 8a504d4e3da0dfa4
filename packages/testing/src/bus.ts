import { randomBytes } from "node:crypto";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { streamNameFor, type EventEnvelope } from "@pa/events";

/** The NATS server the suites use. */
export const TEST_NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

/**
 * A bus namespace no other test file or run uses: subjects are prefixed and stream names suffixed
 * with it (`@pa/events` `BusNamespace`), so files run in parallel on one NATS server.
 */
export function testNamespace(label: string): string {
  return `t_${label
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()
    .slice(0, 12)}_${randomBytes(3).toString("hex")}`;
}

/** Deletes every stream of a namespace, so test runs do not pile up on the shared server. */
export async function deleteNamespaceStreams(namespace: string, natsUrl = TEST_NATS_URL): Promise<void> {
  const nc = await connect({ servers: natsUrl, maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nc);
    const suffix = `_${namespace.toUpperCase()}`;
    for await (const name of jsm.streams.names()) {
      if (name.endsWith(suffix)) await jsm.streams.delete(name).catch(() => undefined);
    }
  } finally {
    await nc.close();
  }
}

/** Polls until `check` holds (no fixed sleeps); fails naming `what` after the timeout. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Every event a producer has published in a namespace, oldest first (envelopes as parsed JSON). */
export async function readPublished(
  service: string,
  namespace: string,
  natsUrl = TEST_NATS_URL,
): Promise<{ subject: string; envelope: EventEnvelope<Record<string, unknown>>; raw: string }[]> {
  const nc = await connect({ servers: natsUrl, maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nc);
    const stream = streamNameFor(service, namespace);
    const info = await jsm.streams.info(stream);
    const out = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(stream, { seq });
      if (!m) continue;
      const raw = new TextDecoder().decode(m.data);
      out.push({
        subject: m.subject,
        envelope: JSON.parse(raw) as EventEnvelope<Record<string, unknown>>,
        raw,
      });
    }
    return out;
  } finally {
    await nc.close();
  }
}
