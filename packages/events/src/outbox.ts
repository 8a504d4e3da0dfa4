import {
  BigIntType,
  Entity,
  Index,
  LockMode,
  PrimaryKey,
  Property,
  type EntityManager,
  type MikroORM,
  type TransactionEventArgs,
} from "@mikro-orm/core";
import { headers as natsHeaders, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import type { Logger } from "pino";
import { createEnvelope, type EventDefinition, type EventEnvelope } from "./catalog";
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
      sink?: OutboxEvent[];
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
    else em.persist(row);
    return row.payload as EventEnvelope<T>;
  }

  /**
   * The outbox row of an event, validated but not persisted: bulk writers (a register import)
   * collect many and write them with `em.insertMany(OutboxEvent, rows)` inside their transaction.
   */
  row<T>(event: EventDefinition<T>, data: T, opts: OutboxAddOptions = {}): OutboxEvent {
    const envelope = createEnvelope(event, data, {
      subject: opts.subject,
      actor: opts.actor ?? this.defaults.actor,
      traceparent: opts.traceparent ?? this.defaults.traceparent,
    });
    const row = new OutboxEvent();
    row.id = envelope.id;
    row.type = envelope.type;
    row.subject = envelope.subject;
    row.payload = envelope as EventEnvelope<unknown>;
    row.createdAt = new Date(envelope.time);
    return row;
  }
}

/** Outbox rows per multi-row INSERT: eight columns each, well under either dialect's parameter limit. */
const OUTBOX_INSERT_CHUNK = 500;

/**
 * Writes collected outbox rows (an {@link Outbox} with a `sink`) in the caller's transaction with
 * multi-row inserts, in the order they were added, and empties the list.
 */
export async function insertOutboxRows(em: EntityManager, rows: OutboxEvent[]): Promise<void> {
  const all = rows.splice(0);
  for (let i = 0; i < all.length; i += OUTBOX_INSERT_CHUNK)
    await em.insertMany(OutboxEvent, all.slice(i, i + OUTBOX_INSERT_CHUNK));
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
  private readonly js: JetStreamClient;
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
    this.js = jetstream(opts.nc);
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

  private pending(em: EntityManager, lock: boolean): Promise<OutboxEvent[]> {
    return em.find(
      OutboxEvent,
      { publishedAt: null },
      {
        orderBy: { seq: "asc" },
        limit: this.batchSize,
        ...(lock ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {}),
      },
    );
  }

  private async publishRows(
    em: EntityManager,
    rows: OutboxEvent[],
  ): Promise<{ published: number; failed: number }> {
    if (rows.length === 0) return { published: 0, failed: 0 };
    // All publishes go out in seq order on one connection (so the stream keeps that order); their
    // acks are awaited together, which is what makes a round cost one round trip, not hundreds.
    const results = await Promise.allSettled(
      rows.map((row) => {
        const h = natsHeaders();
        h.set("Content-Type", "application/cloudevents+json");
        return this.js.publish(subjectFor(row.type, this.opts.namespace), JSON.stringify(row.payload), {
          msgID: row.id,
          headers: h,
          timeout: this.publishTimeoutMs,
        });
      }),
    );
    const now = new Date();
    const ok: number[] = [];
    let failed = 0;
    results.forEach((r, i) => {
      const row = rows[i] as OutboxEvent;
      if (r.status === "fulfilled") {
        ok.push(row.seq);
        if (r.value.duplicate) this.metrics.publishDuplicates.inc();
        else this.metrics.published.inc({ type: row.type });
        this.metrics.publishLatency.observe(
          { type: row.type },
          (now.getTime() - row.createdAt.getTime()) / 1000,
        );
      } else {
        failed++;
        row.attempts += 1;
        row.lastError = String(r.reason instanceof Error ? r.reason.message : r.reason).slice(0, 2000);
      }
    });
    if (ok.length > 0) await em.nativeUpdate(OutboxEvent, { seq: { $in: ok } }, { publishedAt: now });
    // Only the failures changed in memory (attempts, last_error), so only they are written here.
    if (failed > 0) await em.flush();
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
