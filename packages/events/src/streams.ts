import {
  jetstreamManager,
  type JetStreamManager,
  type StreamConfig,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { producingServices } from "./catalog";
import { connectNats } from "./nats";

/**
 * Where events live on the bus. Production uses the empty namespace: subject = event type, stream
 * `PA_<SERVICE>`. Tests pass their own namespace (`t_ab12`), which prefixes every subject and
 * suffixes every stream name, so test files share one NATS without seeing each other's events —
 * and run the very same code paths as production.
 */
export interface BusNamespace {
  namespace?: string;
}

const NAMESPACE_PATTERN = /^[a-z0-9_]{1,32}$/;

function checkNamespace(ns: string): string {
  if (ns !== "" && !NAMESPACE_PATTERN.test(ns)) {
    throw new Error(
      `Bus namespace "${ns}" must be 1–32 characters of a-z, 0-9 or _ (it becomes a subject token and part of a stream name).`,
    );
  }
  return ns;
}

/** The NATS subject of an event type: the type itself, prefixed in a test namespace. */
export function subjectFor(type: string, namespace = ""): string {
  return checkNamespace(namespace) ? `${namespace}.${type}` : type;
}

/** The event type carried on a NATS subject (inverse of {@link subjectFor}). */
export function typeFromSubject(subject: string, namespace = ""): string {
  return namespace && subject.startsWith(`${namespace}.`) ? subject.slice(namespace.length + 1) : subject;
}

/** `PA_REGISTRY` for `registry`, `PA_SOCIAL_SECURITY` for `social-security` (+ `_<NS>` in tests). */
export function streamNameFor(service: string, namespace = ""): string {
  const base = `PA_${service.toUpperCase().replace(/-/g, "_")}`;
  return checkNamespace(namespace) ? `${base}_${namespace.toUpperCase()}` : base;
}

/** The subjects a producer's stream captures: `pa.<service>.>`. */
export function streamSubjectFor(service: string, namespace = ""): string {
  return subjectFor(`pa.${service}.>`, namespace);
}

/** The dead-letter stream, `PA_DLQ`, capturing `pa.dlq.>`. */
export function dlqStreamName(namespace = ""): string {
  return streamNameFor("dlq", namespace);
}

/** Where a consumer's dead letter goes: `pa.dlq.<consumer>.<original type>`. */
export function dlqSubjectFor(consumer: string, type: string, namespace = ""): string {
  return subjectFor(`pa.dlq.${consumer}.${type}`, namespace);
}

/** Options of {@link ensureStreams}. */
export interface EnsureStreamsOptions extends BusNamespace {
  /** The producing service whose stream to ensure; omit to ensure only the dead-letter stream. */
  service?: string;
  /** 1 on one server, 3 in a JetStream cluster (ARCHITECTURE.md, "Running at scale"). */
  replicas?: number;
  /** At least 2 minutes: the relay may republish a row after a crash, and the window absorbs it. */
  duplicateWindowMs?: number;
  /** How long events stay in the stream; 0 keeps them (new consumers can replay history). */
  maxAgeMs?: number;
}

/** The minimum deduplication window (issue 3). */
export const MIN_DUPLICATE_WINDOW_MS = 2 * 60_000;

function desiredConfig(
  name: string,
  subject: string,
  opts: EnsureStreamsOptions,
  maxAgeMs: number,
): Partial<StreamConfig> & { name: string } {
  const dup = Math.max(opts.duplicateWindowMs ?? MIN_DUPLICATE_WINDOW_MS, MIN_DUPLICATE_WINDOW_MS);
  return {
    name,
    subjects: [subject],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    num_replicas: opts.replicas ?? 1,
    duplicate_window: nanos(dup),
    max_age: nanos(maxAgeMs),
  };
}

async function ensureStream(
  jsm: JetStreamManager,
  cfg: Partial<StreamConfig> & { name: string },
): Promise<"created" | "updated" | "unchanged"> {
  let current: StreamConfig | undefined;
  try {
    current = (await jsm.streams.info(cfg.name)).config;
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  if (!current) {
    try {
      await jsm.streams.add(cfg);
      return "created";
    } catch (e) {
      // Two replicas starting together: the other one created it first, which is what we wanted.
      if (!/already in use|already exists/i.test(String(e))) throw e;
      current = (await jsm.streams.info(cfg.name)).config;
    }
  }
  if (current.storage !== cfg.storage) {
    throw new Error(
      `Stream ${cfg.name} uses ${current.storage} storage but events need file storage; storage cannot change in place — move its messages and recreate it.`,
    );
  }
  const same =
    JSON.stringify(current.subjects) === JSON.stringify(cfg.subjects) &&
    current.num_replicas === cfg.num_replicas &&
    current.duplicate_window === cfg.duplicate_window &&
    current.max_age === cfg.max_age;
  if (same) return "unchanged";
  await jsm.streams.update(cfg.name, {
    subjects: cfg.subjects,
    num_replicas: cfg.num_replicas,
    duplicate_window: cfg.duplicate_window,
    max_age: cfg.max_age,
  });
  return "updated";
}

function isNotFound(e: unknown): boolean {
  return /not found/i.test(e instanceof Error ? e.message : String(e));
}

/**
 * Creates or updates, idempotently, the producer's stream (`PA_<SERVICE>` ← `pa.<service>.>`, file
 * storage, duplicate window ≥ 2 min) and the dead-letter stream `PA_DLQ` (← `pa.dlq.>`). Safe to call
 * from every replica at every start.
 */
export async function ensureStreams(
  jsm: JetStreamManager,
  opts: EnsureStreamsOptions = {},
): Promise<Record<string, string>> {
  const ns = opts.namespace ?? "";
  const result: Record<string, string> = {};
  if (opts.service) {
    const name = streamNameFor(opts.service, ns);
    result[name] = await ensureStream(
      jsm,
      desiredConfig(name, streamSubjectFor(opts.service, ns), opts, opts.maxAgeMs ?? 0),
    );
  }
  const dlq = dlqStreamName(ns);
  // Dead letters wait for a person to look at them; keep them a quarter unless told otherwise.
  result[dlq] = await ensureStream(
    jsm,
    desiredConfig(dlq, subjectFor("pa.dlq.>", ns), opts, opts.maxAgeMs ?? 90 * 24 * 3600_000),
  );
  return result;
}

/**
 * The operator command (`infra`, `pnpm --filter @pa/events streams`): ensures the stream of every
 * producing service in the catalog, and the dead-letter stream.
 */
export async function ensureAllStreams(
  natsUrl: string,
  replicas = 1,
  opts: BusNamespace = {},
): Promise<Record<string, string>> {
  const nc = await connectNats(natsUrl, { name: "pa-streams", maxReconnectAttempts: 0 });
  try {
    const jsm = await jetstreamManager(nc);
    const result: Record<string, string> = {};
    // PA_DLQ is ensured with every producer; report what its first ensure did.
    const keepFirst = (r: Record<string, string>) => {
      for (const [k, v] of Object.entries(r)) result[k] ??= v;
    };
    for (const service of producingServices())
      keepFirst(await ensureStreams(jsm, { service, replicas, ...opts }));
    keepFirst(await ensureStreams(jsm, { replicas, ...opts }));
    return result;
  } finally {
    await nc.close();
  }
}
