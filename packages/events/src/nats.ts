import { connect, type NatsConnection, type NodeConnectionOptions } from "@nats-io/transport-node";

/** Options of {@link connectNats}; anything the NATS client accepts, plus a name for server logs. */
export type ConnectNatsOptions = Omit<NodeConnectionOptions, "servers"> & { name?: string };

/**
 * Connects to NATS and keeps reconnecting forever: a NATS restart must never take a service down,
 * because the outbox holds events until it is back. Only the first connection can fail, and then
 * with a message that says what to do.
 */
export async function connectNats(url: string, opts: ConnectNatsOptions = {}): Promise<NatsConnection> {
  try {
    return await connect({
      servers: url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      reconnectJitter: 250,
      pingInterval: 10_000,
      ...opts,
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(
      `Cannot reach NATS at ${url} (${why}). Start it (\`nats-server -a 127.0.0.1 -js\`, or \`pnpm start\` which launches one) or set NATS_URL to a running server with JetStream.`,
      { cause: e },
    );
  }
}

/**
 * Whether the connected server is at least `major.minor`. Debian ships NATS 2.9, which lacks
 * 2.10's `filter_subjects` (several subjects on one consumer) and ignores `+TERM` with a reason.
 */
export function serverAtLeast(nc: NatsConnection, major: number, minor: number): boolean {
  const v = nc.info?.version ?? "0.0.0";
  const [ma = 0, mi = 0] = v.split(".").map((p) => parseInt(p, 10));
  return ma > major || (ma === major && mi >= minor);
}
