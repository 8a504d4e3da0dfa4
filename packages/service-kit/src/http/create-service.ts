import type { GraphQLSchema } from "graphql";
import { createTokenVerifier, type TokenSettings } from "../auth/tokens";
import type { ServiceContext } from "../context";
import { openOrm, type MigrationSets, type Orm, type OrmOptions } from "../db/orm";
import { createLogger, type Logger } from "../logger";
import { ServiceMetrics } from "../metrics";
import { createSubgraphApp, type SubgraphApp } from "./subgraph-app";

/** What every service's `createXApp(deps)` receives: from `main.ts` (config) or the test harness. */
export interface ServiceDeps {
  databaseUrl: string;
  auth: TokenSettings;
  natsUrl: string;
  /** Bus namespace: empty in production; tests and the local launcher pass their own. */
  natsNamespace?: string;
  natsStreamReplicas?: number;
  /** Load the demo data when the database is empty, before the service joins the bus. */
  loadDemo?: boolean;
  /**
   * With `loadDemo`: also record the demo's activity once the registry's people arrived (default
   * true; `DEMO_ACTIVITY=false` in a service's environment turns it off, for benchmarks that
   * import their own people and want only the reference data).
   */
  demoActivity?: boolean;
  logger?: Logger;
  production?: boolean;
}

/** What a plugin (the event bus, say) needs when the service starts. */
export interface PluginStart {
  service: string;
  orm: Orm;
  logger: Logger;
  metrics: ServiceMetrics;
  deps: ServiceDeps;
}

/** What a started plugin contributes: `X` on each request's context, readiness checks, shutdown. */
export interface StartedPlugin<X extends object = object> {
  extendContext?: (ctx: ServiceContext) => X;
  readinessChecks?: Record<string, () => Promise<void>>;
  close?: () => Promise<void>;
}

/**
 * A part a service runs beside its GraphQL server: adds `X` to the request context (the event
 * bus adds `{ outbox }`), checks to `/ready`, a step to shutdown.
 */
export interface ServicePlugin<X extends object = object> {
  start(at: PluginStart): Promise<StartedPlugin<X>>;
}

/** The context additions of one plugin. */
export type PluginAdditions<P> = P extends ServicePlugin<infer X> ? X : never;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The request context a list of plugins gives: the kit's, with every plugin's additions. */
export type PluginContext<P extends readonly ServicePlugin[]> = ServiceContext &
  Intersection<PluginAdditions<P[number]>>;

export interface CreateServiceOptions<P extends readonly ServicePlugin[], X extends object> {
  name: string;
  deps: ServiceDeps;
  entities: OrmOptions["entities"];
  migrations: MigrationSets;
  schema: () => Promise<{ schema: GraphQLSchema }>;
  /** Runs on an empty database when `deps.loadDemo` is set, before the plugins start. */
  loadDemo?: (orm: Orm, logger: Logger) => Promise<unknown>;
  /**
   * The demo's activity that needs other services' data (the registry's people, arriving over
   * the bus once this service has joined it): run in the background after the service is built,
   * when `deps.loadDemo` is set and `deps.demoActivity` is not false. Its progress is on
   * `/health` as `demo` (see `DemoState`); a failure is logged, never thrown.
   */
  demoActivity?: (orm: Orm, logger: Logger) => Promise<unknown>;
  plugins?: P;
  /** The service's own additions to each request's context, given what the plugins added. */
  extendContext?: (ctx: PluginContext<P>) => X;
}

/**
 * Where a service's demo stands, on `/health` as `demo`: `off` (no demo asked, or activity turned
 * off), `recording` (waiting for other services' data or writing it), `recorded`, or `failed`
 * (the log says why). A benchmark or a walkthrough waits for every service's `recorded` before it
 * measures what a clerk sees.
 */
export type DemoState = "off" | "recording" | "recorded" | "failed";

/**
 * Each service's demo state read from its `/health` (name → URL), for whoever waits for the demo
 * (`npm start`'s announcement, the benchmarks): a service that does not answer within 10 s is busy,
 * so it is still `recording`.
 */
export async function readDemoStates(healthUrls: Record<string, string>): Promise<Record<string, DemoState>> {
  return Object.fromEntries(
    await Promise.all(
      Object.entries(healthUrls).map(async ([name, url]) => {
        const body = await fetch(url, { signal: AbortSignal.timeout(10_000) })
          .then((r) => r.json() as Promise<{ demo?: DemoState }>)
          .catch(() => ({ demo: "recording" as const }));
        return [name, body.demo ?? "off"] as const;
      }),
    ),
  );
}

/**
 * Waits until no service's demo is `recording` (each `recorded`, `off` or `failed`) and returns
 * the states; throws after `timeoutMs` naming what was still recording. For tests and benchmarks
 * that measure what a clerk sees only once the demo's figures are complete.
 */
export async function waitForDemoStates(
  healthUrls: Record<string, string>,
  { timeoutMs, pollMs = 1000 }: { timeoutMs: number; pollMs?: number },
): Promise<Record<string, DemoState>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await readDemoStates(healthUrls);
    if (!Object.values(states).includes("recording")) return states;
    if (Date.now() > deadline)
      throw new Error(`demo still recording after ${timeoutMs} ms: ${JSON.stringify(states)}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * Each plugin's additions on top of the kit's context. The one assertion of the mechanism: a
 * loop cannot fold a tuple's types, and each plugin's `extendContext` is typed by `ServicePlugin<X>`,
 * so the result is what `PluginContext<P>` names.
 */
function pluginContext<P extends readonly ServicePlugin[]>(
  ctx: ServiceContext,
  started: StartedPlugin[],
): PluginContext<P> {
  let extended: ServiceContext = ctx;
  for (const p of started) if (p.extendContext) extended = { ...extended, ...p.extendContext(extended) };
  return extended as PluginContext<P>;
}

/**
 * A subgraph service from its parts, the same way in every service: open the database (migrations
 * applied), load the demo if asked, start the plugins (the event bus), build the schema, and serve
 * it with the plugins' context, readiness checks and shutdown. If anything fails on the way, what
 * was opened is closed again.
 */
export async function createService<
  const P extends readonly ServicePlugin[] = [],
  X extends object = Record<never, never>,
>(opts: CreateServiceOptions<P, X>): Promise<SubgraphApp> {
  const { deps } = opts;
  const logger = deps.logger ?? createLogger(opts.name, process.env.LOG_LEVEL ?? "warn");
  const metrics = new ServiceMetrics(opts.name);
  const orm = await openOrm({
    databaseUrl: deps.databaseUrl,
    entities: opts.entities,
    migrations: opts.migrations,
    logger,
  });
  const started: StartedPlugin[] = [];
  try {
    // Demo data first: the service then joins the bus with it in place (policies before people,
    // say), and what the demo wrote to the outbox is published as soon as the relay starts.
    if (deps.loadDemo && opts.loadDemo) await opts.loadDemo(orm, logger);
    for (const plugin of opts.plugins ?? []) {
      started.push(await plugin.start({ service: opts.name, orm, logger, metrics, deps }));
    }
    const { schema } = await opts.schema();
    const activity = deps.loadDemo && deps.demoActivity !== false ? opts.demoActivity : undefined;
    let demo: DemoState = deps.loadDemo && opts.loadDemo ? (activity ? "recording" : "recorded") : "off";
    const app = await createSubgraphApp({
      name: opts.name,
      schema,
      orm,
      metrics,
      verifyToken: createTokenVerifier(deps.auth),
      logger,
      introspection: !deps.production,
      extendContext: (ctx) => {
        const withPlugins = pluginContext<P>(ctx, started);
        return opts.extendContext ? { ...withPlugins, ...opts.extendContext(withPlugins) } : withPlugins;
      },
      readinessChecks: Object.assign({}, ...started.map((p) => p.readinessChecks ?? {})),
      onClose: started.flatMap((p) => (p.close ? [p.close] : [])).reverse(),
      health: () => ({ demo }),
    });
    if (activity) {
      activity(orm, logger).then(
        () => void (demo = "recorded"),
        (e: unknown) => {
          demo = "failed";
          logger.error({ err: e }, "demo activity failed");
        },
      );
    }
    return app;
  } catch (e) {
    for (const p of started.reverse()) await p.close?.().catch(() => undefined);
    await orm.close(true);
    throw e;
  }
}
