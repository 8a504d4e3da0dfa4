import type { MikroORM } from "@mikro-orm/core";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "pino";
import { EventConsumer, type EventConsumerOptions, type EventHandler } from "./inbox";
import { EventMetrics, type MetricsSource } from "./metrics";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import type { ServicePlugin } from "@pa/service-kit";
import { ensureStreams, type BusNamespace } from "./streams";

/** Options of {@link startEventBus}. */
export interface EventBusOptions extends BusNamespace {
  /** The service: names its stream (`PA_<SERVICE>`) and its durable consumers. */
  service: string;
  orm: MikroORM;
  natsUrl: string;
  log: Logger;
  metrics: MetricsSource;
  /** The service publishes events: ensure its stream and run the outbox relay. */
  produces: boolean;
  /** Handlers of consumed events; none means no consumer. */
  handlers?: EventHandler<unknown>[];
  /** Stream replicas (1 on one node, 3 in a cluster). */
  replicas?: number;
  consumer?: Partial<
    Pick<EventConsumerOptions, "concurrency" | "maxDeliver" | "backoffMs" | "ackWaitMs" | "maxBatch">
  >;
}

/** A service's connection to the event backbone. */
export interface EventBus {
  nc: NatsConnection;
  relay: OutboxRelay | undefined;
  consumer: EventConsumer | undefined;
  /** For `/ready`: throws while the connection is closed. */
  ready(): Promise<void>;
  /** Stops consuming and publishing (pending rows stay in the outbox) and drains the connection. */
  close(): Promise<void>;
}

/**
 * Wires a service to the backbone the same way everywhere: connect (reconnecting forever), ensure
 * its stream, start the outbox relay, start its consumers. Each service's `app.ts` calls this once.
 */
export async function startEventBus(opts: EventBusOptions): Promise<EventBus> {
  const ns = opts.namespace ?? "";
  const nc = await connectNats(opts.natsUrl, { name: opts.service });
  const metrics = new EventMetrics(opts.metrics);
  let relay: OutboxRelay | undefined;
  let consumer: EventConsumer | undefined;
  try {
    const jsm = await jetstreamManager(nc);
    // Streams are ensured by their producer and, idempotently, by every consumer of them too, so
    // services can start in any order.
    const producers = new Set((opts.handlers ?? []).map((h) => h.event.producer));
    if (opts.produces) producers.add(opts.service);
    for (const service of producers) {
      await ensureStreams(jsm, { service, replicas: opts.replicas ?? 1, namespace: ns });
    }
    if (opts.produces) {
      relay = new OutboxRelay({ orm: opts.orm, nc, log: opts.log, metrics, namespace: ns }).start();
    }
    if (opts.handlers && opts.handlers.length > 0) {
      consumer = await new EventConsumer({
        service: opts.service,
        orm: opts.orm,
        nc,
        log: opts.log,
        metrics,
        handlers: opts.handlers,
        namespace: ns,
        ...opts.consumer,
      }).start();
    }
  } catch (e) {
    await relay?.stop();
    await nc.close();
    throw e;
  }
  return {
    nc,
    relay,
    consumer,
    async ready() {
      if (nc.isClosed()) throw new Error("NATS connection closed");
    },
    async close() {
      await consumer?.stop();
      await relay?.stop();
      if (!nc.isClosed()) await nc.drain();
    },
  };
}

/** What the event bus adds to every request's context. */
export interface BusContext {
  /** The transactional outbox, bound to the caller and the request's trace. */
  outbox: Outbox;
}

/**
 * The event backbone as a service plugin (`createService({ plugins: [eventBusPlugin(…)] })`):
 * joins the bus with the service's name and `deps` (NATS URL, namespace, replicas), puts the
 * request-bound outbox on every context, adds NATS to `/ready`, and leaves the bus on shutdown.
 */
export function eventBusPlugin(opts: {
  produces: boolean;
  handlers?: EventHandler<unknown>[];
}): ServicePlugin<BusContext> {
  return {
    async start({ service, orm, logger, metrics, deps }) {
      const bus = await startEventBus({
        service,
        orm,
        natsUrl: deps.natsUrl,
        namespace: deps.natsNamespace ?? "",
        replicas: deps.natsStreamReplicas ?? 1,
        log: logger,
        metrics,
        produces: opts.produces,
        ...(opts.handlers ? { handlers: opts.handlers } : {}),
      });
      return {
        extendContext: (ctx) => ({ outbox: Outbox.forRequest(ctx) }),
        readinessChecks: { nats: bus.ready },
        close: bus.close,
      };
    },
  };
}
