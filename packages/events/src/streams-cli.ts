/**
 * `pnpm --filter @pa/events streams [--replicas 3] [--url nats://…]`: creates or updates every event stream on
 * NATS_URL. Services also do this for their own stream at start; the command is for operators
 * bringing up a cluster or changing replicas.
 */
import "./contracts";
import { ensureAllStreams } from "./streams";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const url = flag("url") ?? process.env.NATS_URL ?? "nats://127.0.0.1:4222";
// For trying the command without touching the real streams: suffixes names, prefixes subjects.
const namespace = flag("namespace") ?? "";
const replicas = Number(flag("replicas") ?? process.env.NATS_STREAM_REPLICAS ?? 1);
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) {
  console.error("--replicas must be an integer from 1 to 5 (JetStream allows at most 5).");
  process.exit(2);
}

try {
  const result = await ensureAllStreams(url, replicas, { namespace });
  for (const [stream, what] of Object.entries(result)) console.log(`${stream}: ${what}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
