import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import cors from "cors";
import express, { type ErrorRequestHandler, type Express } from "express";
import { GraphQLError, Kind, Lexer, Source, TokenKind, parse, type GraphQLFormattedError } from "graphql";
import { z } from "zod";
import type { AnyGraphLedger } from "@pa/service-kit/ledger";
import {
  ClaimsSchema,
  ErrorCode,
  LruCache,
  ServiceMetrics,
  UnauthenticatedError,
  bearerToken,
  inputFieldOnErrorsPlugin,
  jsonGraphqlHttp,
  metricsPlugin,
  writeBadRequest,
  writeJsonError,
  newId,
  requestIdOnErrorsPlugin,
  signDevToken,
  type Identity,
  type Logger,
  type TokenVerifier,
} from "@pa/service-kit";
import { overrideFor } from "./config";
import { consoleRoutes, hasConsoleBuild } from "./console";
import { SubgraphDataSource } from "./data-source";
import { directFetches, type DirectFetches } from "./direct-fetch";
import { createKeepAliveFetcher } from "./fetcher";
import { exportRoutes } from "./exports";
import { LimitCode, LimitExceededError, gatewayArmor, limitErrorOf, type GatewayLimits } from "./limits";
import { installResultShaping } from "./result-shaping";

export type { GatewayLimits } from "./limits";

/** What each operation carries from the HTTP request to the subgraph calls. */
export interface GatewayContext {
  requestId: string;
  traceparent: string;
  /** The caller's `Authorization` header, forwarded as is: every subgraph verifies it again. */
  authorization: string;
  identity: Identity;
  log: Logger;
}

export interface DevTokenSettings {
  secret: string;
  issuer: string;
  audience: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs replacing the supergraph's, keyed by upper snake name (`SOCIAL_SECURITY`). */
  urlOverrides?: Record<string, string>;
  verifyToken: TokenVerifier;
  logger: Logger;
  corsOrigins: string[];
  production: boolean;
  limits: GatewayLimits;
  /** Enables `POST /dev/token` outside production (HS256 secret); omit to disable it. */
  devToken?: DevTokenSettings | null;
  metrics?: ServiceMetrics;
  /** Per subgraph call; a slow subgraph fails its part of the plan instead of hanging it. */
  subgraphTimeoutMs?: number;
  /** The ledgers served at `GET /exports/<name>.xlsx` (`loadLedgers` reads them from the service list). */
  ledgers?: readonly AnyGraphLedger[];
  /** Rows per page when reading a ledger through the graph (default 500, the page limit). */
  exportPageSize?: number;
  /** The web console's production build to serve at `/` (same origin); omit to serve none. */
  consoleDir?: string | null;
  /**
   * Whether a query planned as one fetch that asks exactly what the client asked is answered
   * with the subgraph's data as it came (`direct-fetch.ts`; default true). Off only to compare.
   */
  directFetches?: boolean;
}

export interface Gateway {
  express: Express;
  apollo: ApolloServer<GatewayContext>;
  metrics: ServiceMetrics;
  /** The subgraphs the gateway calls, with overrides applied. */
  subgraphs: SubgraphEndpoint[];
  /** Starts listening; port 0 picks a free one. */
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops accepting, drains in-flight requests, closes pooled subgraph connections. */
  close(): Promise<void>;
}

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** The subgraphs named in a supergraph (`enum join__Graph { X @join__graph(name, url) }`). */
export function subgraphsOf(supergraphSdl: string): SubgraphEndpoint[] {
  const doc = parse(supergraphSdl);
  const result: SubgraphEndpoint[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== "join__Graph") continue;
    for (const value of def.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === "join__graph");
      const arg = (n: string) => {
        const v = directive?.arguments?.find((a) => a.name.value === n)?.value;
        return v?.kind === Kind.STRING ? v.value : undefined;
      };
      const name = arg("name") ?? value.name.value.toLowerCase();
      result.push({ name, url: arg("url") ?? "" });
    }
  }
  return result;
}

/** `http://host:4101/graphql` → `http://host:4101/health`. */
export function healthUrlOf(graphqlUrl: string): string {
  const u = new URL(graphqlUrl);
  u.pathname = `${u.pathname.replace(/\/graphql\/?$/, "").replace(/\/$/, "")}/health`;
  u.search = "";
  return u.toString();
}

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;
const REQUEST_ID = /^[\w.:-]{1,64}$/;

function newTraceparent(): string {
  // One draw for the trace id (16 bytes) and the parent id (8): one system call, not two.
  const hex = randomBytes(24).toString("hex");
  return `00-${hex.slice(0, 32)}-${hex.slice(32)}-01`;
}

const DEFAULT_MAX_TOKENS = 5000;
/** Document texts whose token count is remembered, and the longest one remembered (characters). */
const DOCUMENT_CACHE_SIZE = 1000;
const MAX_CACHED_DOCUMENT = 20_000;

/** Counts lexical tokens, stopping as soon as the limit is passed (cheaper than parsing). */
export function tooManyTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > max) return true;
    }
  } catch {
    return false; // a lexical error: let Apollo report it as a parse failure
  }
  return false;
}

/** A request refused before GraphQL (its body, its size): 4xx as `BAD_REQUEST`, else internal. */
function badRequest(res: ServerResponse, status: number, message: string, requestId: string): void {
  if (status < 500) writeBadRequest(res, status, message, { requestId });
  else
    writeJsonError(res, status, {
      message: "Internal server error; report the request id to the administrator",
      extensions: { code: ErrorCode.Internal, requestId },
    });
}

/** The largest request body the gateway reads (a ledger's filters, a mutation's input). */
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const DevTokenRequest = ClaimsSchema.extend({
  sub: z.string().min(1).optional(),
  name: z.string().min(1).default("演示用户 Demo user"),
});

/** The direct path for single-fetch queries, counted in `gateway_direct_fetches_total`. */
function directFetchesOf(supergraphSdl: string, metrics: ServiceMetrics): DirectFetches {
  const count = metrics.counter(
    "gateway_direct_fetches_total",
    "Queries planned as one fetch asking what the client asked: answered with the subgraph's data, or planned (its answer had errors)",
    ["outcome"],
  );
  return directFetches({
    supergraphSdl,
    size: DOCUMENT_CACHE_SIZE,
    count: (outcome) => count.inc({ outcome }),
  });
}

/**
 * The federation's entry point: verifies the caller's JWT before any planning, plans each
 * operation over the subgraphs of the supergraph, and forwards the token so each subgraph
 * authorises again. Limits (depth, aliases, cost) stop abusive operations before planning.
 */
export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  // Apollo's result shaping, per request once per selection set instead of once per value.
  installResultShaping();
  const log = opts.logger;
  const metrics = opts.metrics ?? new ServiceMetrics("gateway");
  const subgraphs = subgraphsOf(opts.supergraphSdl).map((s) => ({
    name: s.name,
    url: overrideFor(opts.urlOverrides, s.name) ?? s.url,
  }));
  const keepAlive = createKeepAliveFetcher({ maxSockets: 64, timeoutMs: opts.subgraphTimeoutMs ?? 30_000 });
  const unauthenticated = metrics.counter(
    "gateway_unauthenticated_total",
    "Requests refused before planning for a missing or bad token",
  );

  const direct = opts.directFetches === false ? null : directFetchesOf(opts.supergraphSdl, metrics);
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    logger: log,
    ...(direct ? { experimental_didResolveQueryPlan: direct.didResolveQueryPlan } : {}),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        { url: overrideFor(opts.urlOverrides, name) ?? url, fetcher: keepAlive.fetcher },
        log,
      ),
  });

  direct?.install(gateway);

  const app = express();
  app.disable("x-powered-by");
  // POST /graphql with JSON is answered without Express (the kit's json-graphql.ts); the rest,
  // and /graphql by GET or another content type, goes to `app`.
  let handler: (req: IncomingMessage, res: ServerResponse) => void = app;
  const httpServer: Server = createServer((req, res) => handler(req, res));
  httpServer.keepAliveTimeout = 65_000;

  const armor = gatewayArmor(opts.limits, opts.production);
  const maxTokens = opts.limits.maxTokens ?? DEFAULT_MAX_TOKENS;
  // Clients send the same few documents again and again: each text is counted once. Apollo's own
  // document store then parses and validates (armor, cost) each text once too.
  const tokenCounts = new LruCache<string, boolean>(DOCUMENT_CACHE_SIZE);
  const tooLong = (query: string): boolean => {
    if (query.length > MAX_CACHED_DOCUMENT) return tooManyTokens(query, maxTokens);
    let result = tokenCounts.get(query);
    if (result === undefined) {
      result = tooManyTokens(query, maxTokens);
      tokenCounts.set(query, result);
    }
    return result;
  };

  const countRefusedTokens: ApolloServerPlugin<GatewayContext> = {
    async contextCreationDidFail({ error }) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      metrics.errors.inc({ operation: "unknown", code: String(code ?? ErrorCode.Internal) });
      if (code === ErrorCode.Unauthenticated) unauthenticated.inc();
    },
  };

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    // main.ts drains and exits through the kit's handleShutdown; Apollo's own handler would stop
    // the server and re-raise the signal, which handleShutdown takes for a second one (exit 1).
    stopOnTerminationSignals: false,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError: createGatewayErrorFormatter(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints anywhere: no cache policy to compute per request.
      ApolloServerPluginCacheControlDisabled(),
      opts.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      metricsPlugin(metrics),
      requestIdOnErrorsPlugin(),
      // The gateway validates the document and the variables before any subgraph sees them: its
      // refusals name their field as the subgraphs' do.
      inputFieldOnErrorsPlugin(),
      countRefusedTokens,
      ...armor.plugins,
    ],
  });
  await apollo.start();

  // A request id on every request and every log line; a caller's own id is kept when it is safe.
  const begin = (req: IncomingMessage, res: ServerResponse): string => {
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : newId();
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const url = req.url ?? "";
      const q = url.indexOf("?");
      const path = q >= 0 ? url.slice(0, q) : url;
      const line = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      };
      if (path === "/health" || path === "/metrics" || path === "/ready") log.debug(line, "request");
      else log.info(line, "request");
    });
    return requestId;
  };
  app.use((req, res, next) => {
    res.locals["requestId"] = begin(req, res);
    next();
  });

  const corsMiddleware = cors({
    origin: opts.corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "authorization",
      "content-type",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "x-request-id",
      "traceparent",
    ],
    // The console reads the download's file name from content-disposition.
    exposedHeaders: ["x-request-id", "content-disposition"],
    maxAge: 600,
  });
  // CORS is a browser's: a request without an Origin header (a service, a script, the console's
  // own same-origin GET) needs none of its headers, and they cost ~0.07 ms a request (issue 10).
  // Responses still vary by Origin for caches.
  app.use((req, res, next) => {
    if (req.headers.origin === undefined) {
      res.vary("Origin");
      next();
      return;
    }
    corsMiddleware(req, res, next);
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });

  app.get("/ready", async (_req, res) => {
    const checks: Record<string, string> = {};
    await Promise.all(
      subgraphs.map(async (s) => {
        try {
          const r = await fetch(healthUrlOf(s.url), { signal: AbortSignal.timeout(2_000) });
          checks[s.name] = r.ok ? "ok" : `HTTP ${r.status}`;
        } catch (e) {
          checks[s.name] = e instanceof Error ? e.message : "unreachable";
        }
      }),
    );
    const ok = Object.values(checks).every((c) => c === "ok");
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? "ready" : "not ready", service: "gateway", subgraphs: checks });
  });

  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const devToken = opts.devToken;
  if (devToken && !opts.production) {
    // Development only: lets the demo and the console sign in without an identity provider.
    app.post("/dev/token", express.json({ limit: "16kb" }), async (req, res) => {
      const parsed = DevTokenRequest.safeParse(req.body ?? {});
      if (!parsed.success) {
        res.status(400).json({
          error: "Send JSON { unit, roles, townships, name } with a known unit and at least one role.",
          problems: parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
        });
        return;
      }
      const { sub, ...claims } = parsed.data;
      const identity: Identity = { ...claims, sub: sub ?? `dev-${claims.unit}-${claims.name}` };
      res.json({ token: await signDevToken(identity, devToken) });
    });
  }

  const contextFor = (
    headers: IncomingHttpHeaders,
    requestId: string,
    authorization: string,
    identity: Identity,
  ): GatewayContext => {
    const given = headers.traceparent;
    const traceparent = typeof given === "string" && TRACEPARENT.test(given) ? given : newTraceparent();
    return {
      requestId,
      traceparent,
      authorization,
      identity,
      log: log.child({ requestId, user: identity.sub }),
    };
  };

  app.use(
    "/exports",
    exportRoutes({
      ledgers: opts.ledgers ?? [],
      apollo,
      verifyToken: opts.verifyToken,
      log,
      contextFor,
      ...(opts.exportPageSize ? { pageSize: opts.exportPageSize } : {}),
    }),
  );

  const tokenRefusal = (res: ServerResponse, requestId: string): void => {
    const refusal = new LimitExceededError(LimitCode.Tokens, maxTokens);
    writeJsonError(res, 400, { message: refusal.message, extensions: { ...refusal.extensions, requestId } });
  };
  const contextOf = async (headers: IncomingHttpHeaders, requestId: string): Promise<GatewayContext> => {
    const authorization = typeof headers.authorization === "string" ? headers.authorization : "";
    const token = bearerToken(authorization);
    if (!token) throw new UnauthenticatedError("send Authorization: Bearer <token>");
    // Verified here, before parsing and planning: an anonymous caller costs no subgraph call.
    const identity = await opts.verifyToken(token);
    return contextFor(headers, requestId, authorization, identity);
  };
  const requestIdOf = (res: ServerResponse): string => String(res.getHeader("x-request-id"));
  const graphql = jsonGraphqlHttp(apollo, {
    bodyLimitBytes: BODY_LIMIT_BYTES,
    refuse: (res, status, message) => badRequest(res, status, message, requestIdOf(res)),
    screen: (body, res) => {
      const query = (body as { query?: unknown }).query;
      if (typeof query !== "string" || !tooLong(query)) return false;
      tokenRefusal(res, requestIdOf(res));
      return true;
    },
  });
  handler = (req, res) => {
    if (!graphql.accepts(req)) {
      app(req, res);
      return;
    }
    const requestId = begin(req, res);
    const run = () => void graphql.handle(req, res, () => contextOf(req.headers, requestId));
    if (req.headers.origin === undefined) {
      res.setHeader("vary", "Origin");
      run();
    } else corsMiddleware(req, res, run);
  };

  app.use("/graphql", express.json({ limit: BODY_LIMIT_BYTES }), (req, res) => {
    const requestId = String(res.locals["requestId"]);
    // A GET's query, or the body of a POST the direct path left here (a compressed one, say).
    const posted = (req.body as { query?: unknown } | undefined)?.query;
    const query = typeof posted === "string" ? posted : req.query["query"];
    if (typeof query === "string" && tooLong(query)) {
      tokenRefusal(res, requestId);
      return;
    }
    // Express 5 leaves req.body unset for other content types: an empty body lets Apollo's
    // CSRF prevention refuse such a request with its own 400.
    void graphql.run(req, res, req.body ?? {}, () => contextOf(req.headers, requestId));
  });

  if (hasConsoleBuild(opts.consoleDir)) app.use(consoleRoutes(opts.consoleDir));

  app.use((_req, res) => {
    res.status(404).json({
      error: "Not found. The GraphQL endpoint is POST /graphql; ledgers are GET /exports/<name>.xlsx.",
    });
  });
  const onError: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
    const status = (err as { status?: unknown }).status;
    const code = typeof status === "number" && status >= 400 && status < 500 ? status : 500;
    const requestId = String(res.locals["requestId"]);
    if (code === 500) log.error({ err, requestId }, "unexpected error");
    badRequest(res, code, (err as Error).message, requestId);
  };
  app.use(onError);

  let closed = false;
  return {
    express: app,
    apollo,
    metrics,
    subgraphs,
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
      await apollo.stop(); // drains the HTTP server through the plugin and stops the gateway
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      keepAlive.destroy();
    },
  };
}

/**
 * Errors from subgraphs pass through with their `extensions.code` (they were already made safe
 * there; a subgraph's refusal of bad input keeps its message and `extensions.field`, and a subgraph
 * that did not answer is `SERVICE_UNAVAILABLE` on each field it owes). A refused limit keeps its
 * own code. An unexpected error raised in the gateway itself is logged and returned without internals.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const limit = limitErrorOf(error);
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit says which.
    if (limit) return { ...formatted, extensions: { ...extensions, ...limit.extensions, code: limit.code } };
    // The cost rule refuses a page size out of range with the subgraphs' own BAD_USER_INPUT.
    const original = (error as { originalError?: unknown } | null)?.originalError;
    if (original instanceof GraphQLError && original.extensions["code"] === ErrorCode.BadUserInput) {
      const { http: _http, ...own } = original.extensions;
      return { ...formatted, extensions: { ...extensions, ...own } };
    }
    const code = typeof extensions["code"] === "string" ? extensions["code"] : ErrorCode.Internal;
    const fromSubgraph = typeof extensions["serviceName"] === "string";
    if (code === ErrorCode.Internal && !fromSubgraph) {
      logger.error(
        { err: error, path: formatted.path, requestId: extensions["requestId"] },
        "unexpected gateway error",
      );
      return {
        message:
          "服务器内部错误，请联系管理员 / Internal server error; report the request id to the administrator",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code, ...(extensions["requestId"] ? { requestId: extensions["requestId"] } : {}) },
      };
    }
    return { ...formatted, extensions: { ...extensions, code } };
  };
}
