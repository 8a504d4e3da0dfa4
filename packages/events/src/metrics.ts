import { Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The part of `ServiceMetrics` (@pa/service-kit) the event machinery uses. Structural, so the
 * service passes its own `ServiceMetrics` and the figures appear on its `/metrics`.
 */
export interface MetricsSource {
  gauge(name: string, help: string, labelNames?: string[]): Gauge<string>;
  counter(name: string, help: string, labelNames?: string[]): Counter<string>;
  histogram(name: string, help: string, labelNames?: string[], buckets?: number[]): Histogram<string>;
}

/** A stand-alone source on its own registry, for tools and tests that have no service. */
export function standaloneMetrics(registry = new Registry()): MetricsSource & { registry: Registry } {
  const get = <M>(name: string, make: () => M): M =>
    (registry.getSingleMetric(name) as M | undefined) ?? make();
  return {
    registry,
    gauge: (name, help, labelNames = []) =>
      get(name, () => new Gauge({ name, help, labelNames, registers: [registry] })),
    counter: (name, help, labelNames = []) =>
      get(name, () => new Counter({ name, help, labelNames, registers: [registry] })),
    histogram: (name, help, labelNames = [], buckets) =>
      get(
        name,
        () =>
          new Histogram({ name, help, labelNames, registers: [registry], ...(buckets ? { buckets } : {}) }),
      ),
  };
}

// Lag and latency span milliseconds (normal) to minutes (NATS was down): buckets cover both.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** The event metrics of one service (issue 3, "Observability"). */
export class EventMetrics {
  /** Outbox rows not yet acknowledged by JetStream. */
  readonly outboxBacklog: Gauge<string>;
  /** From the outbox commit to the JetStream acknowledgement, per event. */
  readonly publishLatency: Histogram<string>;
  readonly published: Counter<string>;
  readonly publishFailures: Counter<string>;
  /** Acks saying JetStream already had the event: a round republished after a crash or timeout. */
  readonly publishDuplicates: Counter<string>;
  /** From the event's `time` to the handler's commit, per consumer and type. */
  readonly consumerLag: Histogram<string>;
  readonly handled: Counter<string>;
  readonly redeliveries: Counter<string>;
  readonly deadLetters: Counter<string>;

  constructor(source: MetricsSource = standaloneMetrics()) {
    this.outboxBacklog = source.gauge("pa_events_outbox_backlog", "Outbox events waiting to be published");
    this.publishLatency = source.histogram(
      "pa_events_publish_latency_seconds",
      "Time from outbox commit to JetStream acknowledgement",
      ["type"],
      LATENCY_BUCKETS,
    );
    this.published = source.counter("pa_events_published_total", "Events acknowledged by JetStream", [
      "type",
    ]);
    this.publishFailures = source.counter(
      "pa_events_publish_failures_total",
      "Outbox publish attempts that failed (NATS away, timeout)",
    );
    this.publishDuplicates = source.counter(
      "pa_events_publish_duplicates_total",
      "Publishes JetStream dropped as duplicates (Nats-Msg-Id seen within the window)",
    );
    this.consumerLag = source.histogram(
      "pa_events_consumer_lag_seconds",
      "Time from the event's time to the handler's commit",
      ["consumer", "type"],
      LATENCY_BUCKETS,
    );
    this.handled = source.counter(
      "pa_events_handled_total",
      "Events handled, by outcome (handled, duplicate, failed, ignored)",
      ["consumer", "type", "outcome"],
    );
    this.redeliveries = source.counter(
      "pa_events_redeliveries_total",
      "Deliveries after the first (handler failed, crash, ack timeout)",
      ["consumer", "type"],
    );
    this.deadLetters = source.counter("pa_events_dead_letters_total", "Events moved to PA_DLQ", [
      "consumer",
      "type",
      "reason",
    ]);
  }
}
