import { z } from "zod";
import { newId } from "@pa/service-kit";

/**
 * `pa.<service>.<aggregate>.<happened>.v<N>` (ARCHITECTURE.md, "Events"). Lower-case segments with
 * hyphens allowed (`social-security`), because the type is also the NATS subject and a `.`, `*` or
 * `>` inside a segment would change what subscribers match.
 */
export const EVENT_TYPE_PATTERN =
  /^pa\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.v([1-9][0-9]*)$/;

/** What the catalog records about an event type besides its payload schema. */
export interface EventMeta<T> {
  /** The service that owns the aggregate and alone publishes the event (the type's second segment). */
  producer: string;
  /** One sentence for the AsyncAPI document: what happened, and the rule it serves. */
  description: string;
  /** Services known to consume it; documentation only, never used for routing. */
  consumers?: string[];
  /**
   * The aggregate id (the CloudEvents `subject`) taken from the payload, so `outbox.add` need not be
   * told it every time.
   */
  subjectOf?: (data: T) => string;
}

/** One event type: its name, payload schema and catalog entry. Producer and consumer share it. */
export interface EventDefinition<T> {
  readonly type: string;
  readonly schema: z.ZodType<T>;
  readonly producer: string;
  readonly aggregate: string;
  readonly version: number;
  readonly description: string;
  readonly consumers: readonly string[];
  // Method syntax keeps the definition covariant, so definitions of any payload share one list.
  subjectOf?(data: T): string;
  /** Validates a payload; throws an {@link EventPayloadError} naming every broken field. */
  parse(data: unknown): T;
}

/** The payload type of an event definition: `EventData<typeof PersonRegistered>`. */
export type EventData<E> = E extends EventDefinition<infer T> ? T : never;

/**
 * The CloudEvents 1.0 envelope, structured JSON mode, exactly as it travels on NATS and sits in the
 * outbox. `actor` and `traceparent` are extension attributes (lower-case alphanumerics, as the spec
 * requires of extension names).
 */
export interface EventEnvelope<T> {
  specversion: "1.0";
  /** A ULID: unique, and sortable by creation time. Also the JetStream `Nats-Msg-Id`. */
  id: string;
  /** `/services/<producer>`. */
  source: string;
  type: string;
  /** The aggregate id (a person id, a household id). */
  subject: string;
  /** ISO 8601 instant of the change (UTC). */
  time: string;
  datacontenttype: "application/json";
  data: T;
  /** Who caused it: the JWT `sub` of the request, or `system`. */
  actor: string;
  /** W3C trace context of the request that caused it, so handler logs join the trace. */
  traceparent?: string;
}

/** A payload or envelope that breaks its schema. The message names each field and what is wrong. */
export class EventPayloadError extends Error {
  override name = "EventPayloadError";
  constructor(
    readonly eventType: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(
      `The ${eventType} payload breaks its schema, so nothing was recorded; fix these fields: ` +
        issues.map((i) => `${i.path || "(payload)"}: ${i.message}`).join("; "),
    );
  }
}

const registry = new Map<string, EventDefinition<unknown>>();

/**
 * Defines an event type and adds it to the catalog. The type is checked against the naming rule and
 * must name its producer; a second definition of one type is refused, because producer and consumer
 * must agree on exactly one schema per type (a breaking change is a new `vN`).
 */
export function defineEvent<S extends z.ZodType>(
  type: string,
  schema: S,
  meta: EventMeta<z.output<S>>,
): EventDefinition<z.output<S>> {
  const m = EVENT_TYPE_PATTERN.exec(type);
  if (!m) {
    throw new Error(
      `Event type "${type}" must look like pa.<service>.<aggregate>.<happened>.v<N> (e.g. pa.registry.person.registered.v1).`,
    );
  }
  const [, service, aggregate, , version] = m;
  if (service !== meta.producer) {
    throw new Error(
      `Event type "${type}" belongs to service "${service}" but names producer "${meta.producer}"; only the owner publishes its events.`,
    );
  }
  if (registry.has(type))
    throw new Error(
      `Event type "${type}" is defined twice; keep one definition in packages/events/src/contracts.`,
    );
  type T = z.output<S>;
  const def: EventDefinition<T> = {
    type,
    schema: schema as z.ZodType<T>,
    producer: meta.producer,
    aggregate: aggregate as string,
    version: Number(version),
    description: meta.description,
    consumers: [...(meta.consumers ?? [])].sort(),
    subjectOf: meta.subjectOf,
    parse(data: unknown): T {
      const r = schema.safeParse(data);
      if (r.success) return r.data as T;
      throw new EventPayloadError(
        type,
        r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      );
    },
  };
  registry.set(type, def as EventDefinition<unknown>);
  return def;
}

/** Every defined event, sorted by type (the AsyncAPI document and `ensureAllStreams` read it). */
export function allEvents(): EventDefinition<unknown>[] {
  return [...registry.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** The definition of a type, or undefined when no contract defines it. */
export function eventByType(type: string): EventDefinition<unknown> | undefined {
  return registry.get(type);
}

/** Every service that publishes at least one event: each gets a stream. */
export function producingServices(): string[] {
  return [...new Set(allEvents().map((e) => e.producer))].sort();
}

/**
 * A new event id. Monotonic within a process, so ids from one transaction sort in the order they
 * were added (it is `newId()` of @pa/service-kit).
 */
export function newEventId(): string {
  return newId();
}

/** The envelope's own shape, checked on receipt before the payload (a foreign publisher may err). */
export const envelopeSchema = z.object({
  specversion: z.literal("1.0"),
  id: z.string().min(1),
  source: z.string().regex(/^\/services\/[a-z][a-z0-9-]*$/),
  type: z.string().regex(EVENT_TYPE_PATTERN),
  subject: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal("application/json"),
  data: z.unknown(),
  actor: z.string().min(1),
  traceparent: z.string().optional(),
});

/** Options of {@link createEnvelope}. */
export interface EnvelopeOptions {
  subject?: string;
  actor?: string;
  traceparent?: string | undefined;
  /** For tests and imports that replay history; defaults to now. */
  time?: Date;
}

/**
 * Validates the payload and wraps it in an envelope. Throws {@link EventPayloadError} when the
 * payload breaks the schema (extra keys too, since contracts are `.strict()`), so a caller inside a
 * transaction rolls back the whole change.
 */
export function createEnvelope<T>(
  def: EventDefinition<T>,
  data: T,
  opts: EnvelopeOptions = {},
): EventEnvelope<T> {
  const parsed = def.parse(data);
  const subject = opts.subject ?? def.subjectOf?.(parsed);
  if (!subject) throw new Error(`${def.type}: say which aggregate the event is about (pass { subject }).`);
  const env: EventEnvelope<T> = {
    specversion: "1.0",
    id: newEventId(),
    source: `/services/${def.producer}`,
    type: def.type,
    subject,
    time: (opts.time ?? new Date()).toISOString(),
    datacontenttype: "application/json",
    data: parsed,
    actor: opts.actor ?? "system",
  };
  if (opts.traceparent) env.traceparent = opts.traceparent;
  return env;
}

/**
 * Handlers tolerate reordering: payloads carry the aggregate's version, and a handler applies an
 * event only when it is newer than what it already holds. `localVersion` is undefined when the
 * consumer has never seen the aggregate.
 */
export function isNewer(localVersion: number | null | undefined, eventVersion: number): boolean {
  return localVersion === null || localVersion === undefined || eventVersion > localVersion;
}
