import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import { newId } from "../ids";
import type { Logger } from "../logger";
import { ServiceMetrics } from "../metrics";
import { bearerToken, type TokenVerifier } from "../auth/tokens";
import { LoaderCache, type ServiceContext } from "../context";
import type { Orm } from "../db/orm";
import { UnauthenticatedError } from "../errors";
import { createErrorFormatter, metricsPlugin, requestIdOnErrorsPlugin } from "../graphql/plugins";
import { compiledExecution } from "../graphql/compiled-execution";
import { inputFieldOnErrorsPlugin } from "../graphql/input-errors";
import { withheldReferencesPlugin } from "../graphql/withheld";
import { jsonGraphqlHttp } from "./json-graphql";

export interface SubgraphAppOptions<C extends ServiceContext = ServiceContext> {
  name: string;
  schema: GraphQLSchema;
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: Logger;
  metrics?: ServiceMetrics;
  /** Allow introspection (off in production). */
  introspection?: boolean;
  /** Adds service-specific members to each request's context (an outbox, say). */
  extendContext?: (ctx: ServiceContext) => C;
  /** Extra readiness checks beyond the database (NATS connected, say). */
  readinessChecks?: Record<string, () => Promise<void>>;
  /** Largest request body in bytes (default 25 MiB); register imports carry files. */
  bodyLimitBytes?: number;
  /** Closed after the HTTP server on shutdown (relays, consumers, connections). */
  onClose?: Array<() => Promise<void>>;
  /** More members of `/health`'s answer, read at each request (the demo's progress, say). */
  health?: () => Record<string, unknown>;
}

export interface SubgraphApp {
  name: string;
  express: Express;
  apollo: ApolloServer<ServiceContext>;
  metrics: ServiceMetrics;
  orm: Orm;
  /** Starts listening; port 0 picks a free one. */
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops accepting, drains in-flight requests, then closes what the app holds. */
  close(): Promise<void>;
}

/**
 * An Apollo subgraph on Express with `/graphql`, `/health` (alive), `/ready` (database reachable)
 * and `/metrics`. Every GraphQL request needs a valid bearer token — no trust in the network.
 */
export async function createSubgraphApp<C extends ServiceContext>(
  opts: SubgraphAppOptions<C>,
): Promise<SubgraphApp> {
  const metrics = opts.metrics ?? new ServiceMetrics(opts.name);
  const app = express();
  app.disable("x-powered-by");
  // POST /graphql with JSON is answered without Express (json-graphql.ts); the rest goes to `app`.
  let handler: (req: IncomingMessage, res: ServerResponse) => void = app;
  const httpServer: Server = createServer((req, res) => handler(req, res));
  httpServer.keepAliveTimeout = 65_000;

  const apollo = new ApolloServer<ServiceContext>({
    // Apollo parses, validates and runs the plugins; the operation runs compiled.
    gateway: compiledExecution(opts.schema),
    introspection: opts.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // handleShutdown owns the signals: Apollo's own handler would stop and re-raise, exiting early.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(opts.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No Apollo Studio here: traces would only cost time on every request.
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are declared or read: Apollo's default cache-control plugin would wrap
      // every field's resolver and run a hook per resolved field (issue 10 item 4).
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(metrics),
      requestIdOnErrorsPlugin(),
      inputFieldOnErrorsPlugin(),
      withheldReferencesPlugin(),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: opts.name, ...opts.health?.() });
  });
  app.get("/ready", async (_req, res) => {
    const checks: Record<string, string> = {};
    let ok = true;
    const all = {
      database: async () =>
        void ((await opts.orm.isConnected()) || Promise.reject(new Error("not connected"))),
      ...opts.readinessChecks,
    };
    for (const [name, check] of Object.entries(all)) {
      try {
        await check();
        checks[name] = "ok";
      } catch (e) {
        ok = false;
        checks[name] = e instanceof Error ? e.message : "failed";
      }
    }
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "not ready", service: opts.name, checks });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const contextOf = async (req: IncomingMessage, res: ServerResponse): Promise<C> => {
    const given = req.headers["x-request-id"];
    const requestId = (typeof given === "string" ? given.slice(0, 64) : "") || newId();
    res.setHeader("x-request-id", requestId);
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new UnauthenticatedError("send Authorization: Bearer <token>");
    const identity = await opts.verifyToken(token);
    const traceparent = req.headers.traceparent;
    const base: ServiceContext = {
      requestId,
      traceparent: typeof traceparent === "string" ? traceparent : undefined,
      identity,
      em: opts.orm.em.fork(),
      log: opts.logger.child({ requestId, user: identity.sub }),
      loaders: new LoaderCache(),
    };
    return opts.extendContext ? opts.extendContext(base) : (base as C);
  };
  const bodyLimitBytes = opts.bodyLimitBytes ?? 25 * 1024 * 1024;
  const graphql = jsonGraphqlHttp(apollo, { bodyLimitBytes });
  handler = (req, res) => {
    if (graphql.accepts(req)) void graphql.handle(req, res, () => contextOf(req, res));
    else app(req, res);
  };
  // Anything else at /graphql (GET, another content type): Apollo answers it (CSRF prevention
  // refuses a simple request; a GET runs a query) with an empty body when it is not JSON.
  app.use(
    "/graphql",
    express.json({ limit: bodyLimitBytes }),
    (req, res) => void graphql.run(req, res, req.body ?? {}, () => contextOf(req, res)),
  );

  let closed = false;
  return {
    name: opts.name,
    express: app,
    apollo,
    metrics,
    orm: opts.orm,
    listen(port, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address() as AddressInfo;
          resolve({ url: `http://${host}:${addr.port}/graphql`, port: addr.port });
        });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await apollo.stop(); // drains the HTTP server through the plugin
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      for (const fn of opts.onClose ?? []) await fn();
      await opts.orm.close(true);
    },
  };
}
