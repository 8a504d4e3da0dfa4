import { Counter, Histogram, Gauge, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Prometheus metrics of one service. Each app has its own registry (not prom-client's global one)
 * so several services can run in one test process without clashing names.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<"operation" | "type">;
  readonly latency: Histogram<"operation" | "type">;
  readonly errors: Counter<"operation" | "code">;

  constructor(service: string, opts: { defaultMetrics?: boolean } = {}) {
    this.registry.setDefaultLabels({ service });
    if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: "graphql_requests_total",
      help: "GraphQL operations by name and type",
      labelNames: ["operation", "type"],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL operation latency",
      labelNames: ["operation", "type"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: "graphql_errors_total",
      help: "GraphQL errors by extensions.code",
      labelNames: ["operation", "code"],
      registers: [this.registry],
    });
  }

  gauge(name: string, help: string, labelNames: string[] = []): Gauge<string> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Gauge<string>;
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  counter(name: string, help: string, labelNames: string[] = []): Counter<string> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Counter<string>;
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram(name: string, help: string, labelNames: string[] = [], buckets?: number[]): Histogram<string> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Histogram<string>;
    return new Histogram({
      name,
      help,
      labelNames,
      registers: [this.registry],
      ...(buckets ? { buckets } : {}),
    });
  }
}
