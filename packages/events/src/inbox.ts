import { Entity, PrimaryKey, Property, type EntityManager, type MikroORM } from "@mikro-orm/core";
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JsMsg,
} from "@nats-io/jetstream";
import { headers as natsHeaders, nanos, type NatsConnection } from "@nats-io/transport-node";
import { pino, type Logger } from "pino";
import { businessDate, executeBound, refreshPlannerStatistics } from "@pa/service-kit";
import { envelopeSchema, type EventDefinition, type EventEnvelope } from "./catalog";
import { EventMetrics, type MetricsSource } from "./metrics";
import { serverAtLeast } from "./nats";
import { insertOutboxRows, Outbox, type OutboxEvent } from "./outbox";
import {
  dlqSubjectFor,
  streamNameFor,
  streamSubjectFor,
  subjectFor,
  typeFromSubject,
  type BusNamespace,
} from "./streams";

/**
 * One event a consumer has handled. Its primary key (consumer, event id) is what makes handlers
 * idempotent: it is inserted in the handler's transaction, so the handler's effects and this row
 * commit together, and a redelivered event finds the row and is skipped.
 */
@Entity({ tableName: "inbox_entry" })
export class InboxEntry {
  @PrimaryKey({ type: "string", length: 100, fieldName: "consumer" })
  consumer!: string;

  @PrimaryKey({ type: "string", length: 26, fieldName: "event_id" })
  eventId!: string;

  @Property({ type: "datetime", fieldName: "handled_at" })
  handledAt: Date = new Date();
}

/** What a handler receives besides the payload. */
export interface HandlerContext<T> {
  /** The transaction's entity manager: write through it so the effects commit with the inbox row. */
  em: EntityManager;
  envelope: EventEnvelope<T>;
  /** A child of the consumer's log carrying `traceparent`, `eventId` and `type`. */
  log: Logger;
  /** Where the handler's own events go: they carry this event's trace, the consuming service as actor. */
  outbox: Outbox;
  /** The business date (Asia/Shanghai) the event happened on, from `envelope.time`. */
  businessDate: string;
}

/**
 * The context of a handler for one event, as the inbox builds it. With `emitted`, the handler's
 * events are collected there and the inbox inserts them, all at once, before the commit.
 */
export function handlerContext<T>(
  service: string,
  em: EntityManager,
  envelope: EventEnvelope<T>,
  log: Logger | (() => Logger),
  emitted?: OutboxEvent[],
): HandlerContext<T> {
  let child = typeof log === "function" ? undefined : log;
  return {
    em,
    envelope,
    // Made when a handler first logs: most never do, and a pino child per event is not free.
    get log() {
      return (child ??= (log as () => Logger)());
    },
    outbox: new Outbox({
      actor: service,
      traceparent: envelope.traceparent,
      ...(emitted ? { sink: emitted } : {}),
    }),
    businessDate: businessDate(new Date(envelope.time)),
  };
}

/**
 * How a handler takes several events at once. Consecutive events (in delivery order) whose
 * handlers share a `key` are handed over together, in one call inside the batch's transaction —
 * e.g. every `person.registered` and `person.updated` feeding one projection.
 */
export interface BatchHandling {
  readonly key: object;
  // Any payload type: the handlers sharing a key each hand over their own (checked on receipt).
  handle(em: EntityManager, items: { data: never; ctx: HandlerContext<never> }[]): Promise<void>;
}

/** A handler of one event type, made by {@link defineHandler} (or a projection's `handler`). */
export interface EventHandler<T> {
  readonly event: EventDefinition<T>;
  // Method syntax on purpose: handlers of different payload types go in one list.
  handle(data: T, ctx: HandlerContext<T>): Promise<void>;
  /** Present when the handler can take a batch; without it, events are handled one at a time. */
  readonly batch?: BatchHandling;
}

/**
 * A handler of one consumed event type (`src/events/on-<event>.ts`). It runs inside a transaction
 * with the inbox row; it may run again for the same event only if that transaction rolled back, so
 * it must not call other systems it cannot undo. Events can arrive out of order: compare the
 * payload's `version` with what you hold (`isNewer`).
 */
export function defineHandler<T>(
  event: EventDefinition<T>,
  handle: (data: T, ctx: HandlerContext<T>) => Promise<void> | void,
): EventHandler<T> {
  return {
    event,
    async handle(data, ctx) {
      await handle(data, ctx);
    },
  };
}

/**
 * A handler of one consumed event type that takes the events waiting in a batch at once (in
 * delivery order, inside the batch's transaction): one read and one write for all of them instead
 * of one each. A single event comes as a list of one. The same rules as {@link defineHandler}.
 */
export function defineBatchHandler<T>(
  event: EventDefinition<T>,
  handleMany: (em: EntityManager, items: { data: T; ctx: HandlerContext<T> }[]) => Promise<void>,
): EventHandler<T> {
  const batch: BatchHandling = {
    key: {},
    handle: (em, items) => handleMany(em, items as unknown as { data: T; ctx: HandlerContext<T> }[]),
  };
  return {
    event,
    batch,
    async handle(data, ctx) {
      await handleMany(ctx.em, [{ data, ctx }]);
    },
  };
}

/** Options of {@link EventConsumer}. */
export interface EventConsumerOptions extends BusNamespace {
  /** The consuming service; also the durable consumer's name on each producer's stream. */
  service: string;
  orm: MikroORM;
  nc: NatsConnection;
  handlers: EventHandler<unknown>[];
  log?: Logger;
  metrics?: EventMetrics | MetricsSource;
  /** Messages handled at once (default 8). Each holds a database connection while it runs. */
  concurrency?: number;
  /** Deliveries before an event goes to PA_DLQ (default 5). */
  maxDeliver?: number;
  /** Delay before redelivery after the n-th failure; the last one repeats (default 1 s, 5 s, 30 s, 2 min). */
  backoffMs?: number[];
  /** Unacknowledged for this long (a crashed process), the server redelivers (default 30 s). */
  ackWaitMs?: number;
  /**
   * Messages already waiting are handled together, up to this many per transaction (default 256):
   * one inbox insert, one flush, one commit instead of one each. A batch whose handler fails rolls
   * back whole and its messages are handled one by one, so a failure stays with its own event. 1
   * turns batching off.
   */
  maxBatch?: number;
  /**
   * After this many handled events (default 5,000; 0 never) the consumer refreshes the database's
   * planner statistics (`ANALYZE` on PostgreSQL, in the background, one at a time), and again each
   * time the count has doubled (10,000, 20,000, …): a catch-up that fills a table from empty is not
   * planned against the empty table's statistics for the rest of the run, autovacuum or not. Not
   * every further 5,000: PostgreSQL scales a table's analysed row density by its current size at
   * each plan, so statistics taken at half the rows plan as well, and an `ANALYZE` of the whole
   * database every 5,000 events was two fifths of PostgreSQL's CPU in the pipeline bench.
   */
  analyzeAfterEvents?: number;
  /** Called after each commit and acknowledgement (benchmarks, tests); must not throw. */
  onHandled?: (envelope: EventEnvelope<unknown>, outcome: "handled" | "duplicate") => void;
}

/**
 * When a consumer refreshes planner statistics during a run: at `after` handled events, then each
 * time the count has doubled (see `analyzeAfterEvents`).
 */
export class StatisticsSchedule {
  private handledCount = 0;
  private next: number;

  constructor(after: number) {
    this.next = after > 0 ? after : Infinity;
  }

  /** One more event handled; true when statistics are due now. */
  handled(): boolean {
    if (++this.handledCount < this.next) return false;
    this.next = this.handledCount * 2;
    return true;
  }
}

/** A burst of events has ended when none has been handled for this long (statistics refresh). */
const QUIET_MS = 2_000;
const DEFAULT_BACKOFF_MS = [1000, 5000, 30_000, 120_000];

/** Header values must be one line; reasons are error messages of any length and content. */
function headerValue(s: string): string {
  return s.replace(/[\r\n]+/g, " ").slice(0, 1000);
}

/**
 * Runs a service's handlers: one durable pull consumer named after the service on each producer's
 * stream, filtered to the handled types. Per message: validate the envelope and payload, open a
 * transaction, insert the inbox row (present already → acknowledge and skip), run the handler,
 * commit, and only then acknowledge — a redelivery is cheaper than a lost effect. Messages that are
 * already waiting share one transaction (see `maxBatch`). A failing handler is retried after a
 * backoff; after `maxDeliver` deliveries the message goes to `PA_DLQ` with the reason and is
 * terminated, so one bad event never holds up the others. Several replicas share the durable: the
 * server hands each message to one of them.
 */
export class EventConsumer {
  private readonly js: JetStreamClient;
  private readonly metrics: EventMetrics;
  private readonly log: Logger;
  private readonly handlers = new Map<string, EventHandler<unknown>>();
  private readonly concurrency: number;
  private readonly maxDeliver: number;
  private readonly backoffMs: number[];
  private readonly ackWaitMs: number;
  private readonly namespace: string;
  private readonly subscriptions: ConsumerMessages[] = [];
  private readonly loops: Promise<void>[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly queue: JsMsg[] = [];
  private readonly queueWaiters: (() => void)[] = [];
  private readonly maxBatch: number;
  private workers = 0;
  private startScheduled = false;
  private stopping = false;
  private readonly analyzeAfter: number;
  private readonly statistics: StatisticsSchedule;
  /** Handled since the last statistics run began, and when the last one was handled. */
  private sinceRefresh = 0;
  private lastHandledAt = 0;
  private quietTimer: NodeJS.Timeout | undefined;
  private analyzing: Promise<void> | undefined;
  private analyzeAgain = false;

  constructor(private readonly opts: EventConsumerOptions) {
    this.js = jetstream(opts.nc);
    this.metrics = opts.metrics instanceof EventMetrics ? opts.metrics : new EventMetrics(opts.metrics);
    this.log = (opts.log ?? pino({ level: "silent" })).child({ consumer: opts.service });
    this.concurrency = Math.max(1, opts.concurrency ?? 8);
    this.maxDeliver = Math.max(1, opts.maxDeliver ?? 5);
    this.backoffMs = opts.backoffMs?.length ? opts.backoffMs : DEFAULT_BACKOFF_MS;
    this.ackWaitMs = opts.ackWaitMs ?? 30_000;
    this.maxBatch = Math.max(1, opts.maxBatch ?? 256);
    this.analyzeAfter = Math.max(0, opts.analyzeAfterEvents ?? 5000);
    this.statistics = new StatisticsSchedule(this.analyzeAfter);
    this.namespace = opts.namespace ?? "";
    for (const h of opts.handlers) {
      if (this.handlers.has(h.event.type)) {
        throw new Error(
          `${opts.service} has two handlers for ${h.event.type}; keep one handler per consumed event type.`,
        );
      }
      this.handlers.set(h.event.type, h);
    }
  }

  /** The durable consumer configuration on one producer's stream (exported for operators' eyes). */
  consumerConfig(producer: string, types: string[]): Partial<ConsumerConfig> {
    const filters = types.map((t) => subjectFor(t, this.namespace));
    const filter: Partial<ConsumerConfig> =
      filters.length === 1
        ? { filter_subject: filters[0] }
        : serverAtLeast(this.opts.nc, 2, 10)
          ? { filter_subjects: filters }
          : // NATS < 2.10 filters on one subject: take the producer's wildcard, acknowledge the rest.
            { filter_subject: streamSubjectFor(producer, this.namespace) };
    return {
      durable_name: this.opts.service,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.ackWaitMs),
      // One more than ours: a message that keeps crashing the process (never nak'ed) still comes
      // back once past the limit, and is then dead-lettered without running the handler.
      max_deliver: this.maxDeliver + 1,
      max_ack_pending: Math.max(1000, this.concurrency * 4),
      ...filter,
    };
  }

  /** Creates or updates the durable consumers and starts handling. Streams must exist (`ensureStreams`). */
  async start(): Promise<this> {
    const jsm = await jetstreamManager(this.opts.nc);
    const byProducer = new Map<string, string[]>();
    for (const type of this.handlers.keys()) {
      const producer = (this.handlers.get(type) as EventHandler<unknown>).event.producer;
      byProducer.set(producer, [...(byProducer.get(producer) ?? []), type]);
    }
    for (const [producer, types] of byProducer) {
      const stream = streamNameFor(producer, this.namespace);
      const config = this.consumerConfig(producer, types);
      try {
        await jsm.consumers.info(stream, this.opts.service);
        await jsm.consumers.update(stream, this.opts.service, config).catch((e: unknown) => {
          // Some fields cannot change in place on older servers; the consumer still works as it is.
          this.log.warn({ err: e, stream }, "durable consumer config not updated");
        });
      } catch (e) {
        if (!/not found/i.test(String(e))) throw e;
        try {
          await jsm.consumers.add(stream, config);
        } catch (e2) {
          if (/stream not found/i.test(String(e2))) {
            throw new Error(
              `Stream ${stream} does not exist; the producer (${producer}) creates it at start, or run \`pnpm --filter @pa/events streams\`.`,
              { cause: e2 },
            );
          }
          // Another replica created it at the same moment.
          if (!/already (exists|in use)/i.test(String(e2))) throw e2;
        }
      }
      const consumer = await this.js.consumers.get(stream, this.opts.service);
      const messages = await consumer.consume({
        max_messages: Math.min(Math.max(this.concurrency * this.maxBatch, 64), 1000),
      });
      this.subscriptions.push(messages);
      this.loops.push(this.run(messages));
    }
    return this;
  }

  /** Stops pulling, lets handlers in flight finish and acknowledge, then returns. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const s of this.subscriptions) s.stop();
    for (const w of this.queueWaiters.splice(0)) w();
    await Promise.allSettled(this.loops);
    await Promise.allSettled([...this.inFlight]);
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
    if (this.analyzeAfter > 0 && this.sinceRefresh >= this.analyzeAfter) this.refreshStatistics();
    await this.analyzing;
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    for await (const m of messages) {
      if (this.stopping) {
        // Buffered but not started: hand it back at once rather than after ack_wait.
        m.nak();
        continue;
      }
      this.queue.push(m);
      this.startWorkers();
      // Back-pressure: stop taking messages from the client while the workers are saturated.
      while (this.queue.length >= this.concurrency * this.maxBatch && !this.stopping) {
        await new Promise<void>((r) => this.queueWaiters.push(r));
      }
    }
  }

  /**
   * Starts workers up to `concurrency`; each takes whatever is queued (up to maxBatch) at once.
   * Deferred to the next turn of the event loop: the messages of one pull response arrive
   * together, and handing the first of them to a worker alone would make a batch of one.
   */
  private startWorkers(): void {
    if (this.startScheduled) return;
    this.startScheduled = true;
    setImmediate(() => {
      this.startScheduled = false;
      this.startWorkersNow();
    });
  }

  private startWorkersNow(): void {
    while (this.workers < this.concurrency && this.queue.length > 0) {
      this.workers++;
      const p = this.work().finally(() => {
        this.workers--;
        this.inFlight.delete(p);
      });
      this.inFlight.add(p);
    }
  }

  private async work(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      for (const w of this.queueWaiters.splice(0)) w();
      if (this.stopping) {
        for (const m of batch) m.nak();
        continue;
      }
      await this.processBatch(batch);
    }
  }

  /** Validates each message; the valid ones are handled together, or alone when only one. */
  private async processBatch(batch: JsMsg[]): Promise<void> {
    const items: Item[] = [];
    for (const m of batch) {
      const item = await this.prepare(m);
      if (item) items.push(item);
    }
    if (items.length === 1) return this.processOne(items[0] as Item);
    if (items.length === 0) return;
    let outcomes: Map<Item, "handled" | "duplicate">;
    try {
      outcomes = await this.opts.orm.em.fork().transactional(async (em) => {
        const inserted = await insertInboxRows(
          em,
          this.opts.service,
          items.map((i) => i.envelope.id),
        );
        const result = new Map<Item, "handled" | "duplicate">();
        const emitted: OutboxEvent[] = [];
        const toHandle: Item[] = [];
        for (const item of items) {
          // An id appears twice when a redelivery overtook its original: handle it once.
          if (!inserted.delete(item.envelope.id)) result.set(item, "duplicate");
          else toHandle.push(item);
        }
        for (const run of runsOf(toHandle)) {
          const context = (i: Item) =>
            handlerContext(this.opts.service, em, i.envelope, () => i.log, emitted);
          const batch = run[0]?.handler.batch;
          if (batch && run.length > 1)
            await batch.handle(
              em,
              run.map((i) => ({ data: i.envelope.data as never, ctx: context(i) as HandlerContext<never> })),
            );
          else for (const item of run) await item.handler.handle(item.envelope.data, context(item));
          for (const item of run) result.set(item, "handled");
        }
        await insertOutboxRows(em, emitted);
        return result;
      });
    } catch {
      // One handler failed (or the commit did): nothing of the batch was kept. Handle each alone so
      // the failure stays with its own event and the others commit.
      for (const item of items) await this.processOne(item);
      return;
    }
    for (const item of items) this.settled(item, outcomes.get(item) ?? "duplicate");
  }

  /** Checks type, envelope and payload; dead-letters what can never succeed. */
  private async prepare(m: JsMsg): Promise<Item | undefined> {
    const type = typeFromSubject(m.subject, this.namespace);
    const handler = this.handlers.get(type);
    const labels = { consumer: this.opts.service, type };
    if (!handler) {
      // Only on NATS < 2.10 (wildcard filter): a type this service does not handle.
      m.ack();
      this.metrics.handled.inc({ ...labels, outcome: "ignored" });
      return undefined;
    }
    const deliveries = m.info.deliveryCount;
    if (deliveries > 1) this.metrics.redeliveries.inc(labels);
    let envelope: EventEnvelope<unknown>;
    try {
      const raw = envelopeSchema.parse(m.json());
      if (raw.type !== type) throw new Error(`envelope type ${raw.type} arrived on subject ${m.subject}`);
      envelope = { ...raw, data: handler.event.parse(raw.data) } as EventEnvelope<unknown>;
    } catch (e) {
      // A malformed event will never become valid by retrying: straight to the dead letters.
      await this.deadLetter(m, type, "invalid", e);
      return undefined;
    }
    const item = new Item(m, type, handler, envelope, this.log);
    if (deliveries > this.maxDeliver) {
      await this.deadLetter(
        m,
        type,
        "crashed",
        new Error(`delivered ${deliveries} times without an outcome (process crash or ack timeout)`),
        item.log,
      );
      return undefined;
    }
    return item;
  }

  /** One event in its own transaction: the path for single messages and for a failed batch. */
  private async processOne(item: Item): Promise<void> {
    const { m, type, handler, envelope } = item;
    try {
      const outcome = await this.opts.orm.em.fork().transactional(async (em) => {
        if ((await insertInboxRows(em, this.opts.service, [envelope.id])).size === 0)
          return "duplicate" as const;
        const emitted: OutboxEvent[] = [];
        await handler.handle(
          envelope.data,
          handlerContext(this.opts.service, em, envelope, () => item.log, emitted),
        );
        await insertOutboxRows(em, emitted);
        return "handled" as const;
      });
      this.settled(item, outcome);
    } catch (e) {
      this.metrics.handled.inc({ consumer: this.opts.service, type, outcome: "failed" });
      const deliveries = m.info.deliveryCount;
      if (deliveries >= this.maxDeliver) {
        await this.deadLetter(m, type, "handler", e, item.log);
        return;
      }
      const delay = this.backoffMs[Math.min(deliveries - 1, this.backoffMs.length - 1)] as number;
      item.log.warn({ err: e, delivery: deliveries, retryInMs: delay }, "event handler failed; will retry");
      m.nak(delay);
    }
  }

  /** After the commit: acknowledge, count, measure. */
  private settled(item: Item, outcome: "handled" | "duplicate"): void {
    // Acknowledge only after commit: a redelivery is cheaper than a lost effect.
    item.m.ack();
    const labels = { consumer: this.opts.service, type: item.type };
    this.metrics.handled.inc({ ...labels, outcome });
    this.metrics.consumerLag.observe(labels, Math.max(0, Date.now() - Date.parse(item.envelope.time)) / 1000);
    if (outcome === "duplicate")
      item.log.debug("event already handled; acknowledged without running the handler");
    else this.countForStatistics();
    this.opts.onHandled?.(item.envelope, outcome);
  }

  /**
   * Planner statistics are refreshed (one run at a time) when the handled count reaches
   * `analyzeAfterEvents` and each time it has doubled since, and when a burst of at least that
   * many events ends (no event for {@link QUIET_MS}) or the consumer stops: the last rows of a
   * catch-up are counted, and a long catch-up costs a handful of `ANALYZE`s, not one per 5,000.
   */
  private countForStatistics(): void {
    if (this.analyzeAfter === 0) return;
    this.sinceRefresh++;
    this.lastHandledAt = Date.now();
    if (this.statistics.handled()) this.refreshStatistics();
    else if (this.sinceRefresh >= this.analyzeAfter) this.armQuietRefresh();
  }

  /** One timer at a time, pushed back while events keep coming. */
  private armQuietRefresh(): void {
    if (this.quietTimer || this.stopping) return;
    const check = (): void => {
      const idle = Date.now() - this.lastHandledAt;
      if (idle < QUIET_MS && !this.stopping) {
        this.quietTimer = setTimeout(check, QUIET_MS - idle).unref();
        return;
      }
      this.quietTimer = undefined;
      if (this.sinceRefresh >= this.analyzeAfter) this.refreshStatistics();
    };
    this.quietTimer = setTimeout(check, QUIET_MS).unref();
  }

  private refreshStatistics(): void {
    this.sinceRefresh = 0;
    if (this.analyzing) {
      this.analyzeAgain = true;
      return;
    }
    const run = async (): Promise<void> => {
      do {
        this.analyzeAgain = false;
        const started = Date.now();
        try {
          if (await refreshPlannerStatistics(this.opts.orm))
            this.log.info({ ms: Date.now() - started }, "planner statistics refreshed after a bulk catch-up");
        } catch (e) {
          this.log.warn({ err: e }, "could not refresh planner statistics");
        }
        // Events handled during the run are refreshed too, even when the consumer is stopping
        // (`stop` waits for it): a catch-up that ends in a stop would otherwise leave the planner
        // with the row counts of the run before (one ANALYZE, not a loop: stop ends the handling).
      } while (this.analyzeAgain);
    };
    this.analyzing = run().finally(() => {
      this.analyzing = undefined;
    });
  }

  private async deadLetter(
    m: JsMsg,
    type: string,
    reason: "invalid" | "handler" | "crashed",
    err: unknown,
    log: Logger = this.log,
  ): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    const h = natsHeaders();
    h.set("Pa-Dlq-Reason", headerValue(message));
    h.set("Pa-Dlq-Kind", reason);
    h.set("Pa-Dlq-Consumer", this.opts.service);
    h.set("Pa-Dlq-Original-Subject", m.subject);
    h.set("Pa-Dlq-Original-Stream", m.info.stream);
    h.set("Pa-Dlq-Original-Sequence", String(m.seq));
    h.set("Pa-Dlq-Deliveries", String(m.info.deliveryCount));
    try {
      await this.js.publish(dlqSubjectFor(this.opts.service, type, this.namespace), m.data, {
        // The same message dead-lettered twice (a crash before term) is stored once.
        msgID: `${this.opts.service}:${m.info.stream}:${m.seq}`,
        headers: h,
      });
    } catch (e) {
      log.error({ err: e }, "could not move the event to the dead-letter stream; will retry");
      m.nak(this.backoffMs[0]);
      return;
    }
    // NATS 2.9 does not understand `+TERM <reason>` and would leave the message pending forever.
    if (serverAtLeast(this.opts.nc, 2, 10)) m.term(headerValue(message).slice(0, 200));
    else m.term();
    this.metrics.deadLetters.inc({ consumer: this.opts.service, type, reason });
    log.error({ err, reason, deliveries: m.info.deliveryCount }, "event moved to the dead-letter stream");
  }
}

/** A validated message ready for its handler. */
class Item {
  private child: Logger | undefined;
  constructor(
    readonly m: JsMsg,
    readonly type: string,
    readonly handler: EventHandler<unknown>,
    readonly envelope: EventEnvelope<unknown>,
    private readonly parent: Logger,
  ) {}

  /** The event's log (trace, event id, type), made on first use: most events never log. */
  get log(): Logger {
    return (this.child ??= this.parent.child({
      traceparent: this.envelope.traceparent,
      eventId: this.envelope.id,
      type: this.type,
    }));
  }
}

/** Consecutive items whose handlers share a batch key, in order; the others one per run. */
function runsOf(items: Item[]): Item[][] {
  const runs: Item[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    const key = item.handler.batch?.key;
    if (last && key !== undefined && last[0]?.handler.batch?.key === key) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/**
 * Inserts the (consumer, event id) rows that do not exist yet and returns the ids it inserted.
 * `ON CONFLICT DO NOTHING` rather than catching a unique violation, because on PostgreSQL a failed
 * statement aborts the whole transaction. When another replica holds the same event's row
 * uncommitted, the insert waits for it: its commit makes this a duplicate, its rollback lets this
 * one through. (`RETURNING` needs SQLite ≥ 3.35; better-sqlite3 bundles a newer one.)
 */
export async function insertInboxRows(
  em: EntityManager,
  consumer: string,
  eventIds: string[],
): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const handledAt = em.getPlatform().processDateProperty(new Date());
  const values = eventIds.map(() => "(?, ?, ?)").join(", ");
  const params = eventIds.flatMap((id) => [consumer, id, handledAt]);
  // Bound parameters (the kit's executeBound): MikroORM's execute would inline every id as text.
  const rows = await executeBound<{ event_id: string }>(
    em,
    `insert into inbox_entry (consumer, event_id, handled_at) values ${values} on conflict (consumer, event_id) do nothing returning event_id`,
    params,
  );
  return new Set(rows.map((r) => r.event_id));
}
