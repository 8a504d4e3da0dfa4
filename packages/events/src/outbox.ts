import {
  BigIntType,
  Entity,
  Index,
  PrimaryKey,
  Property,
  type EntityManager,
  type MikroORM,
  type TransactionEventArgs,
} from "@mikro-orm/core";
import {
  createInbox,
  headers as natsHeaders,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  type Subscription,
} from "@nats-io/transport-node";
import type { Logger } from "pino";
import { createEnvelope, type EventDefinition, type EventEnvelope } from "./catalog";
import { executeBound, insertRows } from "@pa/service-kit";
import { dialectOf, type EventsDialect } from "./dialect";
import { EventMetrics, type MetricsSource } from "./metrics";
import { subjectFor, type BusNamespace } from "./streams";

/**
 * One event waiting for (or done with) publication. Written in the caller's transaction, so it
 * exists if and only if the domain change committed.
 *
 * `seq` is the primary key and a database sequence (PostgreSQL `bigserial`, SQLite `integer primary
 * key autoincrement`): the order the relay publishes in. ULIDs would order rows from one process
 * but not across two replicas whose clocks differ; a sequence is one counter for all writers.
 * A sequence value is taken at insert, not commit, so two concurrent transactions may commit out of
 * seq order — consumers compare aggregate versions rather than trust arrival order.
 */
@Entity({ tableName: "outbox_event" })
// Partial index: the relay only ever looks for pending rows, and published ones pile up below them.
@Index({
  name: "outbox_event_pending_idx",
  expression: "create index outbox_event_pending_idx on outbox_event (seq) where published_at is null",
})
export class OutboxEvent {
  @PrimaryKey({ type: new BigIntType("number"), autoincrement: true, fieldName: "seq" })
  seq!: number;

  /** The event id (ULID), also the `Nats-Msg-Id` that lets JetStream drop a republished row. */
  @Property({ type: "string", length: 26, unique: "outbox_event_id_unique", fieldName: "id" })
  id!: string;

  @Property({ type: "string", length: 200, fieldName: "type" })
  type!: string;

  /** The aggregate id (CloudEvents `subject`), for operators looking for a person's events. */
  @Property({ type: "string", length: 200, fieldName: "subject" })
  subject!: string;

  /** The whole envelope as validated at `add`, published byte for byte as JSON. */
  @Property({ type: "json", fieldName: "payload" })
  payload!: EventEnvelope<unknown>;

  @Property({ type: "datetime", fieldName: "created_at" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", nullable: true, fieldName: "published_at" })
  publishedAt: Date | null = null;

  @Property({ type: "integer", fieldName: "attempts" })
  attempts: number = 0;

  @Property({ type: "text", nullable: true, fieldName: "last_error" })
  lastError: string | null = null;
}

/**
 * An outbox row before it is written: what {@link Outbox.row} builds and {@link insertOutboxRows}
 * writes. A plain object, not an entity instance (issue 10: an import builds 130,000 of them).
 */
export type OutboxRow = Pick<OutboxEvent, "id" | "type" | "subject" | "payload" | "createdAt">;

/** Options of {@link Outbox.add}. */
export interface OutboxAddOptions {
  /** The aggregate id; defaults to the definition's `subjectOf(data)`. */
  subject?: string;
  /** Who caused the event; defaults to the outbox's actor (the request's user) or `system`. */
  actor?: string;
  /** Defaults to the outbox's traceparent (the request's). */
  traceparent?: string | undefined;
}

/**
 * Adds events to the transactional outbox. A service puts one on each request's context (bound to
 * the caller and the request's traceparent) and calls `ctx.outbox.add(em, Event, data)` inside its
 * `em.transactional(...)`: the event commits with the change or not at all.
 */
export class Outbox {
  constructor(
    private readonly defaults: {
      actor?: string;
      traceparent?: string | undefined;
      /**
       * Collect the rows here instead of persisting them in the unit of work: the inbox gives its
       * handlers such an outbox and writes a batch's rows with one multi-row insert before the
       * batch commits (issue 10: no change tracking for rows that are only ever inserted).
       */
      sink?: OutboxRow[];
    } = {},
  ) {}

  /** An outbox bound to a request: its user as actor, its traceparent carried into the event. */
  static forRequest(ctx: { identity?: { sub: string } | null; traceparent?: string | undefined }): Outbox {
    return new Outbox({ actor: ctx.identity?.sub ?? "system", traceparent: ctx.traceparent });
  }

  /**
   * Validates the payload and persists the event in `em`'s unit of work; it is written when the
   * caller's transaction flushes and commits. Throws `EventPayloadError` when the payload breaks its
   * schema — thrown inside `em.transactional`, that rolls back the whole change, so a mutation never
   * half-succeeds without its event. Returns the envelope (its `id` is the event id).
   */
  add<T>(
    em: EntityManager,
    event: EventDefinition<T>,
    data: T,
    opts: OutboxAddOptions = {},
  ): EventEnvelope<T> {
    const row = this.row(event, data, opts);
    if (this.defaults.sink) this.defaults.sink.push(row);
    else em.persist(Object.assign(new OutboxEvent(), row));
    return row.payload as EventEnvelope<T>;
  }

  /**
   * The outbox row of an event, validated but not persisted: bulk writers (a register import)
   * collect many and write them with {@link insertOutboxRows} inside their transaction.
   */
  row<T>(event: EventDefinition<T>, data: T, opts: OutboxAddOptions = {}): OutboxRow {
    const envelope = createEnvelope(event, data, {
      subject: opts.subject,
      actor: opts.actor ?? this.defaults.actor,
      traceparent: opts.traceparent ?? this.defaults.traceparent,
    });
    return {
      id: envelope.id,
      type: envelope.type,
      subject: envelope.subject,
      payload: envelope as EventEnvelope<unknown>,
      createdAt: new Date(envelope.time),
    };
  }
}

/**
 * Writes collected outbox rows (an {@link Outbox} with a `sink`, or {@link Outbox.row}'s) in the
 * caller's transaction, in the order they were added (their `seq`), and empties the list. The
 * kit's multi-row insert (`insertRows`: on PostgreSQL the rows as one JSON parameter), the
 * envelope serialised once (issue 10): not the unit of work, nor `insertMany`, which inlines every
 * value into the SQL text.
 */
export async function insertOutboxRows(em: EntityManager, rows: OutboxRow[]): Promise<void> {
  const all = rows.splice(0);
  if (all.length === 0) return;
  await insertRows(
    em,
    OutboxEvent,
    all.map((r) => ({
      id: r.id,
      type: r.type,
      subject: r.subject,
      payload: r.payload,
      createdAt: r.createdAt,
      publishedAt: null,
      attempts: 0,
      lastError: null,
    })),
  );
}

/**
 * A context with the outbox added, bound to its caller: for work outside a request (the demo
 * loader with `systemContext`) that goes through the service's own operations.
 */
export function withOutbox<C extends { identity?: { sub: string } | null; traceparent?: string | undefined }>(
  ctx: C,
): C & { outbox: Outbox } {
  return { ...ctx, outbox: Outbox.forRequest(ctx) };
}

/** Options of {@link OutboxRelay}. */
export interface OutboxRelayOptions extends BusNamespace {
  orm: MikroORM;
  nc: NatsConnection;
  log?: Logger;
  metrics?: EventMetrics | MetricsSource;
  /** Rows per publish round (default 500): acks are awaited together, so bigger is faster. */
  batchSize?: number;
  /**
   * Rounds in flight at once (default 4 on PostgreSQL; always 1 on SQLite, whose relay reads
   * without row locks). Each round locks its own rows (`SKIP LOCKED`), so rounds are disjoint, and
   * while one waits for JetStream's acks the next is already selecting and publishing: a bulk
   * import's 100,000 events drain at the bus's pace rather than one round trip at a time.
   */
  roundsInFlight?: number;
  /** Fallback poll when no commit pokes the relay (another process wrote rows), default 1 s. */
  pollIntervalMs?: number;
  /** How long to wait for one JetStream ack (default 5 s). */
  publishTimeoutMs?: number;
  /** Upper bound of the retry backoff while NATS is away (default 5 s). */
  maxBackoffMs?: number;
  /** Published rows older than this are deleted (default 7 days; 0 keeps them). */
  retainPublishedMs?: number;
}

/**
 * Publishes committed outbox rows to JetStream, in `seq` order, with `Nats-Msg-Id` = event id, and
 * marks each published once JetStream acknowledged it. Wakes on every commit of the service's ORM,
 * polls every second for rows written by other processes, retries with backoff while NATS is away,
 * and resumes from the table after a restart.
 *
 * Two replicas: on PostgreSQL each round locks its rows with `FOR UPDATE SKIP LOCKED`, so a row is
 * in one replica's round at a time, and a published row is never selected again. A crash between
 * the ack and the commit republishes the round; the stream's duplicate window (≥ 2 min) drops the
 * copies. On SQLite the database belongs to one process (it is the single-node default), so there is
 * one relay; it reads without a transaction because SQLite's one write lock would otherwise stall
 * the service's own writes for as long as NATS takes to answer. Should two processes ever share the
 * file, the Nats-Msg-Id dedupe still absorbs the double publish.
 */
export class OutboxRelay {
  private readonly acks: AckInbox;
  private readonly metrics: EventMetrics;
  private readonly dialect: EventsDialect;
  private readonly batchSize: number;
  private readonly roundsInFlight: number;
  private readonly pollIntervalMs: number;
  private readonly publishTimeoutMs: number;
  private readonly maxBackoffMs: number;
  private readonly retainPublishedMs: number;
  private readonly ownEms = new WeakSet<EntityManager>();
  private running: Promise<void> | undefined;
  private stopped = false;
  private natsDown = false;
  private poked = false;
  private wake: ((reason: "poke" | "reconnect" | "stop") => void) | undefined;
  private lastPurge = 0;

  constructor(private readonly opts: OutboxRelayOptions) {
    this.acks = new AckInbox(opts.nc);
    this.metrics = opts.metrics instanceof EventMetrics ? opts.metrics : new EventMetrics(opts.metrics);
    this.dialect = dialectOf(opts.orm);
    this.batchSize = opts.batchSize ?? 500;
    this.roundsInFlight = this.dialect === "sqlite" ? 1 : Math.max(1, opts.roundsInFlight ?? 4);
    this.pollIntervalMs = opts.pollIntervalMs ?? 1000;
    this.publishTimeoutMs = opts.publishTimeoutMs ?? 5000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 5000;
    this.retainPublishedMs = opts.retainPublishedMs ?? 7 * 24 * 3600_000;
  }

  /** Starts the relay loop and subscribes to the ORM's commits. */
  start(): this {
    if (this.running) return this;
    this.opts.orm.em.getEventManager().registerSubscriber({
      afterTransactionCommit: (args: TransactionEventArgs) => {
        // The relay's own commits must not wake it, or an idle relay would spin.
        if (!this.ownEms.has(args.em)) this.poke();
      },
    });
    void this.watchStatus();
    this.running = this.loop();
    return this;
  }

  /** Asks the relay to look for new rows now (it also does after every commit of the service's ORM). */
  poke(): void {
    this.poked = true;
    this.wake?.("poke");
  }

  /** Finishes the current round and stops. Pending rows stay in the outbox for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.("stop");
    await this.running;
    this.running = undefined;
    this.acks.close();
  }

  /** Rows committed but not yet acknowledged by JetStream. */
  async backlog(): Promise<number> {
    return this.opts.orm.em.fork().count(OutboxEvent, { publishedAt: null });
  }

  private async loop(): Promise<void> {
    let backoff = 0;
    let lastGauge = 0;
    while (!this.stopped) {
      if (this.natsDown) {
        await this.sleep(this.pollIntervalMs, false);
        continue;
      }
      try {
        const { published, failed, full } = await this.publishRounds();
        if (failed > 0) throw new Error(`${failed} of ${published + failed} events were not acknowledged`);
        backoff = 0;
        const now = Date.now();
        if (full) {
          if (now - lastGauge > 1000) {
            lastGauge = now;
            this.metrics.outboxBacklog.set(await this.backlog());
          }
          continue;
        }
        this.metrics.outboxBacklog.set(published === 0 ? 0 : await this.backlog());
        lastGauge = now;
        await this.maybePurge(now);
        await this.sleep(this.pollIntervalMs, true);
      } catch (e) {
        this.metrics.publishFailures.inc();
        backoff = Math.min(Math.max(100, backoff * 2), this.maxBackoffMs);
        this.opts.log?.warn(
          { err: e, retryInMs: backoff },
          "outbox relay could not publish; events wait in the outbox",
        );
        await this.backlog()
          .then((n) => this.metrics.outboxBacklog.set(n))
          .catch(() => undefined);
        await this.sleep(backoff, false);
      }
    }
  }

  /** `roundsInFlight` rounds at once; `full` when one of them found a whole batch (more may wait). */
  private async publishRounds(): Promise<{ published: number; failed: number; full: boolean }> {
    const rounds = await Promise.allSettled(
      Array.from({ length: this.roundsInFlight }, () => this.publishRound()),
    );
    let published = 0;
    let failed = 0;
    let full = false;
    for (const r of rounds) {
      if (r.status === "rejected") throw r.reason;
      published += r.value.published;
      failed += r.value.failed;
      if (r.value.published + r.value.failed === this.batchSize) full = true;
    }
    return { published, failed, full };
  }

  /** One round: select pending rows in seq order, publish them, mark the acknowledged ones. */
  async publishRound(): Promise<{ published: number; failed: number }> {
    const fork = this.opts.orm.em.fork();
    this.ownEms.add(fork);
    if (this.dialect === "sqlite") return this.publishRows(fork, await this.pending(fork, false));
    return fork.transactional(async (em) => {
      this.ownEms.add(em);
      return this.publishRows(em, await this.pending(em, true));
    });
  }

  /**
   * The next pending rows in seq order, read as plain rows (issue 10): no entity hydration, no
   * identity map, the payload as the JSON text the database holds (published as is, never parsed).
   */
  private async pending(em: EntityManager, lock: boolean): Promise<PendingRow[]> {
    const payload = this.dialect === "sqlite" ? "payload" : "payload::text";
    const rows = (await em
      .getConnection()
      .execute(
        `select seq, id, type, ${payload} as payload, created_at from outbox_event where published_at is null order by seq limit ?${lock ? " for update skip locked" : ""}`,
        [this.batchSize],
        "all",
        em.getTransactionContext(),
      )) as {
      seq: number | string;
      id: string;
      type: string;
      payload: string | object;
      created_at: unknown;
    }[];
    return rows.map((r) => ({
      seq: Number(r.seq),
      id: r.id,
      type: r.type,
      payload: typeof r.payload === "string" ? r.payload : JSON.stringify(r.payload),
      createdAt: timeOf(r.created_at),
    }));
  }

  private async publishRows(
    em: EntityManager,
    rows: PendingRow[],
  ): Promise<{ published: number; failed: number }> {
    if (rows.length === 0) return { published: 0, failed: 0 };
    // All publishes go out in seq order on one connection (so the stream keeps that order); their
    // acks come back on one subscription and are awaited together: a round costs one round trip.
    const outcomes = await this.acks.publishAll(
      rows.map((row) => {
        const h = natsHeaders();
        h.set("Nats-Msg-Id", row.id);
        h.set("Content-Type", "application/cloudevents+json");
        return { subject: subjectFor(row.type, this.opts.namespace), data: row.payload, headers: h };
      }),
      this.publishTimeoutMs,
    );
    const now = Date.now();
    const ok: number[] = [];
    const failures = new Map<string, number[]>();
    const byType = new Map<string, { published: number; latencies: number[] }>();
    let duplicates = 0;
    outcomes.forEach((outcome, i) => {
      const row = rows[i] as PendingRow;
      if (outcome.ok) {
        ok.push(row.seq);
        let t = byType.get(row.type);
        if (!t) byType.set(row.type, (t = { published: 0, latencies: [] }));
        if (outcome.duplicate) duplicates++;
        else t.published++;
        t.latencies.push((now - row.createdAt) / 1000);
      } else {
        const error = outcome.error.slice(0, 2000);
        failures.set(error, [...(failures.get(error) ?? []), row.seq]);
      }
    });
    if (duplicates > 0) this.metrics.publishDuplicates.inc(duplicates);
    for (const [type, t] of byType) {
      if (t.published > 0) this.metrics.published.inc({ type }, t.published);
      const latency = this.metrics.publishLatency.labels({ type });
      for (const s of t.latencies) latency.observe(s);
    }
    if (ok.length > 0) {
      await executeBound(
        em,
        `update outbox_event set published_at = ? where seq in (${ok.map(() => "?").join(", ")})`,
        [em.getPlatform().processDateProperty(new Date(now)), ...ok],
      );
    }
    // The failures: attempts counted and the reason kept, one statement per distinct reason.
    let failed = 0;
    for (const [error, seqs] of failures) {
      failed += seqs.length;
      await executeBound(
        em,
        `update outbox_event set attempts = attempts + 1, last_error = ? where seq in (${seqs.map(() => "?").join(", ")})`,
        [error, ...seqs],
      );
    }
    return { published: ok.length, failed };
  }

  private async maybePurge(now: number): Promise<void> {
    if (this.retainPublishedMs <= 0 || now - this.lastPurge < 600_000) return;
    this.lastPurge = now;
    const fork = this.opts.orm.em.fork();
    this.ownEms.add(fork);
    await fork.nativeDelete(OutboxEvent, { publishedAt: { $lt: new Date(now - this.retainPublishedMs) } });
  }

  private async watchStatus(): Promise<void> {
    for await (const s of this.opts.nc.status()) {
      if (s.type === "disconnect") this.natsDown = true;
      if (s.type === "reconnect") {
        this.natsDown = false;
        // Interrupt the backoff: the outbox should drain the moment NATS is back.
        this.poked = true;
        this.wake?.("reconnect");
      }
    }
  }

  private sleep(ms: number, wakeOnPoke: boolean): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (wakeOnPoke && this.poked) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        if (wakeOnPoke) this.poked = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      // A backoff is cut short by NATS coming back or by stop, not by every commit of the service.
      this.wake = (reason) => {
        if (reason !== "poke" || wakeOnPoke) done();
      };
    });
  }
}

/** A date column as the driver returns it (a `Date` on PostgreSQL; epoch ms or text on SQLite). */
function timeOf(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === "number") return v;
  if (typeof v === "string") return /^\d+$/.test(v) ? Number(v) : new Date(v).getTime();
  return Date.now();
}

/** One pending row as the relay reads it: no entity, the envelope as the JSON text it was stored as. */
interface PendingRow {
  seq: number;
  id: string;
  type: string;
  payload: string;
  createdAt: number;
}

/** What JetStream answered for one published message: ok (maybe a duplicate) or why not. */
type AckOutcome = { ok: true; duplicate: boolean } | { ok: false; error: string };

/**
 * JetStream publishes with their acks on one multiplexed reply subscription (issue 10): each message
 * is a plain `PUB` with reply subject `<inbox>.<n>`, and one subscription on `<inbox>.*` settles them,
 * so a round of 500 costs one timer and one promise, not 500 requests each with its own timer,
 * deferred and error object (what `js.publish` does). The server's answer is a JetStream `PubAck`
 * (`{stream, seq, duplicate?}` or `{error}`), or a 503 status when no stream takes the subject.
 */
class AckInbox {
  private readonly prefix: string;
  private sub: Subscription | undefined;
  private next = 0;
  private readonly waiting = new Map<string, (outcome: AckOutcome) => void>();

  constructor(private readonly nc: NatsConnection) {
    this.prefix = createInbox();
  }

  /**
   * Publishes the messages in order on the connection and resolves, once every ack came or the
   * timeout passed, with one outcome per message (a missing ack is a failure of that message).
   */
  publishAll(
    messages: { subject: string; data: string; headers: MsgHdrs }[],
    timeoutMs: number,
  ): Promise<AckOutcome[]> {
    this.sub ??= this.nc.subscribe(`${this.prefix}.*`, {
      callback: (err, msg) => {
        if (err) return; // the subscription closed with the connection: the round's timer settles it
        const settle = this.waiting.get(msg.subject);
        if (!settle) return; // a late ack of a round that already timed out: that row is published again
        this.waiting.delete(msg.subject);
        settle(parseAck(msg));
      },
    });
    return new Promise((resolve) => {
      const outcomes: (AckOutcome | undefined)[] = new Array(messages.length);
      const replies: string[] = new Array(messages.length);
      let left = messages.length;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        for (let i = 0; i < replies.length; i++) {
          if (outcomes[i] === undefined) {
            this.waiting.delete(replies[i] as string);
            outcomes[i] = { ok: false, error: `no JetStream ack within ${timeoutMs} ms` };
          }
        }
        resolve(outcomes as AckOutcome[]);
      };
      // When the timer fires, acks may already wait in the socket: a process whose event loop was
      // busy (SQLite's statements are synchronous; a demo's bulk history, say) runs its expired
      // timers before it reads I/O, and every message of the round would count as unacknowledged.
      // `setImmediate` lets this turn's I/O be read first.
      const timer = setTimeout(() => setImmediate(finish), timeoutMs);
      messages.forEach((m, i) => {
        const reply = `${this.prefix}.${(this.next++).toString(36)}`;
        replies[i] = reply;
        this.waiting.set(reply, (outcome) => {
          outcomes[i] = outcome;
          if (--left === 0) finish();
        });
        try {
          this.nc.publish(m.subject, m.data, { reply, headers: m.headers });
        } catch (e) {
          this.waiting.delete(reply);
          outcomes[i] = { ok: false, error: e instanceof Error ? e.message : String(e) };
          if (--left === 0) finish();
        }
      });
    });
  }

  close(): void {
    this.sub?.unsubscribe();
    this.sub = undefined;
  }
}

function parseAck(msg: Msg): AckOutcome {
  if (msg.data.length === 0) {
    const code = msg.headers?.code ?? 0;
    return {
      ok: false,
      error: code === 503 ? "no JetStream stream takes this subject (no responders)" : `empty ack (${code})`,
    };
  }
  try {
    const ack = msg.json<{
      stream?: string;
      duplicate?: boolean;
      error?: { description?: string; code?: number };
    }>();
    if (ack.error) return { ok: false, error: ack.error.description ?? `JetStream error ${ack.error.code}` };
    if (!ack.stream) return { ok: false, error: "invalid ack response" };
    return { ok: true, duplicate: ack.duplicate === true };
  } catch {
    return { ok: false, error: "unreadable ack response" };
  }
}
