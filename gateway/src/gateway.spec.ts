import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  NotFoundError,
  buildFederatedSchema,
  createLogger,
  createSubgraphApp,
  createTokenVerifier,
  openOrm,
  signDevToken,
  type ReferenceResolver,
  type ServiceContext,
} from "@pa/service-kit";
import { callers, signTestToken, TEST_AUTH } from "@pa/testing";
import { composeSupergraph } from "./compose";
import { createGateway, healthUrlOf, type Gateway, type GatewayLimits } from "./gateway";

// ── two tiny subgraphs: `widgets` owns Widget, `pricing` adds Widget.priceFen ──────────────────

@Directive('@key(fields: "id")')
@ObjectType("Widget", { description: "测试部件 A test widget" })
class Widget {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

const WIDGETS: Widget[] = [
  { id: "w1", name: "齿轮 Gear" },
  { id: "w2", name: "弹簧 Spring" },
];

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => [Widget])
  widgets(): Widget[] {
    return WIDGETS;
  }

  @Query(() => Widget)
  widget(@Arg("id", () => ID) id: string): Widget {
    const w = WIDGETS.find((x) => x.id === id);
    if (!w) throw new NotFoundError({ zh: "部件", en: "Widget" }, id);
    return w;
  }

  /** A nullable field that fails for the second widget: a partial answer with an error. */
  @FieldResolver(() => String, { nullable: true })
  label(@Root() w: Widget): string {
    if (w.id === "w2") throw new NotFoundError({ zh: "标签", en: "Label" }, w.id);
    return `L-${w.id}`;
  }

  /** Lets a test build an operation as deep as it likes. */
  @FieldResolver(() => Widget)
  next(@Root() w: Widget): Widget {
    const i = WIDGETS.findIndex((x) => x.id === w.id);
    return WIDGETS[(i + 1) % WIDGETS.length] as Widget;
  }
}

@Directive('@key(fields: "id")')
@ObjectType("Widget")
class WidgetStub {
  @Field(() => ID)
  id!: string;
}

/** Who the pricing subgraph saw, straight from its own context (it verified the token itself). */
const pricingSaw: Array<{ sub: string | undefined; requestId: string; traceparent: string | undefined }> = [];

@Resolver(() => WidgetStub)
class PriceResolver {
  @Query(() => Int)
  pricingVersion(): number {
    return 1;
  }

  @FieldResolver(() => Int, { description: "价格（分） Price in fen" })
  priceFen(@Root() w: WidgetStub, @Ctx() ctx: ServiceContext): number {
    pricingSaw.push({ sub: ctx.identity?.sub, requestId: ctx.requestId, traceparent: ctx.traceparent });
    return w.id === "w1" ? 1250 : 800;
  }
}

interface TestSubgraph {
  name: string;
  sdl: string;
  url: string;
  /** Headers of every HTTP request that reached the subgraph's /graphql. */
  hits: IncomingHttpHeaders[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

async function startSubgraph(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's resolver class list
  resolvers: [Function, ...Function[]],
  referenceResolvers: Record<string, ReferenceResolver>,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's class list
  orphanedTypes: Function[] = [],
): Promise<TestSubgraph> {
  const { schema, sdl } = await buildFederatedSchema({ resolvers, referenceResolvers, orphanedTypes });
  const orm = await openOrm({
    databaseUrl: "sqlite::memory:",
    entities: [],
    migrations: { postgresql: [], sqlite: [] },
  });
  const app = await createSubgraphApp({
    name,
    schema,
    orm,
    verifyToken: createTokenVerifier(TEST_AUTH),
    logger: createLogger(name, "silent"),
  });
  const hits: IncomingHttpHeaders[] = [];
  // Our own server in front of the app's handler, to see exactly what the gateway sends.
  const server = createServer((req, res) => {
    if (req.url?.startsWith("/graphql")) hits.push(req.headers);
    void app.express(req, res);
  });
  const port = await listen(server);
  return {
    name,
    sdl,
    url: `http://127.0.0.1:${port}/graphql`,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await app.close();
    },
  };
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────────

const ALLOWED_ORIGIN = "http://localhost:5173";
// A low cost limit: the widgets schema has no pages, so only breadth and nesting add up.
const LIMITS: GatewayLimits = { maxDepth: 12, maxAliases: 30, maxCost: 500 };
const DEV_TOKEN = {
  secret: TEST_AUTH.JWT_SECRET,
  issuer: TEST_AUTH.JWT_ISSUER,
  audience: TEST_AUTH.JWT_AUDIENCE,
};

interface GqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GqlBody; res: Response }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as GqlBody, res };
}

async function bearer(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signTestToken(callers.bureau.viewer())}` };
}

function startGateway(
  supergraphSdl: string,
  extra: Partial<Parameters<typeof createGateway>[0]> = {},
): Promise<Gateway> {
  return createGateway({
    supergraphSdl,
    verifyToken: createTokenVerifier(TEST_AUTH),
    logger: createLogger("gateway", "silent"),
    corsOrigins: [ALLOWED_ORIGIN],
    production: false,
    limits: LIMITS,
    devToken: DEV_TOKEN,
    ...extra,
  });
}

const JOINED = "query Joined { widgets { id name priceFen } }";

// ── the gateway in development mode ───────────────────────────────────────────────────────────

let widgets: TestSubgraph;
let pricing: TestSubgraph;
let gateway: Gateway;
let url: string;
let base: string;

beforeAll(async () => {
  widgets = await startSubgraph("widgets", [WidgetResolver], {
    Widget: (ref) => WIDGETS.find((w) => w.id === ref["id"]) ?? null,
  });
  pricing = await startSubgraph("pricing", [PriceResolver], { Widget: (ref) => ({ id: ref["id"] }) }, [
    WidgetStub,
  ]);
  const supergraph = composeSupergraph([
    { name: widgets.name, url: widgets.url, typeDefs: widgets.sdl },
    { name: pricing.name, url: pricing.url, typeDefs: pricing.sdl },
  ]);
  gateway = await startGateway(supergraph);
  url = (await gateway.listen(0)).url;
  base = url.replace(/\/graphql$/, "");
});

afterAll(async () => {
  await gateway?.close();
  await widgets?.close();
  await pricing?.close();
});

describe("the gateway plans across subgraphs", () => {
  test("one query spanning both subgraphs returns the joined widgets", async () => {
    const { status, body } = await post(url, JOINED, await bearer());
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toEqual({
      widgets: [
        { id: "w1", name: "齿轮 Gear", priceFen: 1250 },
        { id: "w2", name: "弹簧 Spring", priceFen: 800 },
      ],
    });
  });

  test("each subgraph receives the caller's Authorization header, the request id and the trace context", async () => {
    const user = callers.povertyOffice.clerk();
    const authorization = `Bearer ${await signTestToken(user)}`;
    const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    widgets.hits.length = 0;
    pricing.hits.length = 0;
    pricingSaw.length = 0;
    const { status, res } = await post(url, JOINED, {
      authorization,
      "x-request-id": "req-forward-1",
      traceparent,
    });
    expect(status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("req-forward-1");
    for (const sub of [widgets, pricing]) {
      expect(sub.hits.length).toBeGreaterThan(0);
      for (const h of sub.hits) {
        expect(h.authorization).toBe(authorization);
        expect(h["x-request-id"]).toBe("req-forward-1");
        expect(h.traceparent).toBe(traceparent);
      }
    }
    expect(pricingSaw[0]).toEqual({ sub: user.sub, requestId: "req-forward-1", traceparent });
  });

  test("a request without x-request-id gets one generated and returned", async () => {
    const { res } = await post(url, JOINED, await bearer());
    expect(res.headers.get("x-request-id")).toMatch(/^[\w.:-]{10,64}$/);
  });

  test("an error raised by a subgraph reaches the client with its extensions.code", async () => {
    const { body } = await post(url, '{ widget(id: "nope") { id name } }', await bearer());
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect(body.errors?.[0]?.message).toContain("nope");
  });
});

describe("authentication happens before any planning", () => {
  test("no token: HTTP 401, UNAUTHENTICATED, and no subgraph receives a request", async () => {
    const before = widgets.hits.length + pricing.hits.length;
    const { status, body } = await post(url, JOINED);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    expect(widgets.hits.length + pricing.hits.length).toBe(before);
  });

  test("a token signed with another secret: HTTP 401 UNAUTHENTICATED", async () => {
    const forged = await signDevToken(callers.bureau.viewer(), {
      secret: "an-attacker-secret-that-is-long-enough-to-sign",
      issuer: TEST_AUTH.JWT_ISSUER,
      audience: TEST_AUTH.JWT_AUDIENCE,
    });
    const before = widgets.hits.length + pricing.hits.length;
    const { status, body } = await post(url, JOINED, { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    expect(widgets.hits.length + pricing.hits.length).toBe(before);
  });

  test("a malformed token: HTTP 401", async () => {
    const { status } = await post(url, JOINED, { authorization: "Bearer not-a-jwt" });
    expect(status).toBe(401);
  });
});

describe("abusive operations are refused before they reach a subgraph", () => {
  test(`an operation deeper than ${LIMITS.maxDepth} levels is refused, naming the limit`, async () => {
    const deep = `{ widgets { ${"next { ".repeat(LIMITS.maxDepth + 1)}id${" }".repeat(LIMITS.maxDepth + 1)} } }`;
    const before = widgets.hits.length;
    const { status, body } = await post(url, deep, await bearer());
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/i);
    expect(body.errors?.[0]?.message).toMatch(
      /^查询嵌套过深：最多 12 层，本次 15 层.* \/ Query depth limit of 12 exceeded, found 15/,
    );
    expect(body.errors?.[0]?.message).not.toMatch(/Syntax Error/);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_DEEP",
      setting: "MAX_DEPTH",
      limit: 12,
      found: 15,
    });
    expect(widgets.hits.length).toBe(before);
  });

  test("an operation within the depth limit is answered", async () => {
    const ok = `{ widgets { ${"next { ".repeat(5)}id${" }".repeat(5)} } }`;
    const { status, body } = await post(url, ok, await bearer());
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  test(`more than ${LIMITS.maxAliases} aliases are refused, naming the limit`, async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: widgets { id }`).join(
      " ",
    );
    const { status, body } = await post(url, `{ ${aliases} }`, await bearer());
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/aliases limit of 30 exceeded/i);
    expect(body.errors?.[0]?.message).toMatch(
      /^别名过多：最多 30 个，本次 31 个.* \/ Aliases limit of 30 exceeded, found 31/,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_ALIASES",
      setting: "MAX_ALIASES",
      limit: 30,
      found: 31,
    });
  });

  test("aliased __typename counts toward the alias limit", async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(" ");
    const { status, body } = await post(url, `{ ${aliases} }`, await bearer());
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("TOO_MANY_ALIASES");
  });

  test("an operation whose cost exceeds the limit is refused", async () => {
    // Within the depth and alias limits: 25 aliases of 11 nested levels cost 25 × 33 = 825.
    const level = (n: number): string => (n === 0 ? "id name" : `id name next { ${level(n - 1)} }`);
    const fields = Array.from({ length: 25 }, (_, i) => `a${i}: widgets { ${level(10)} }`).join(" ");
    const { status, body } = await post(url, `{ ${fields} }`, await bearer());
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/cost limit of 500 exceeded, found 825/i);
    expect(body.errors?.[0]?.message).toMatch(
      /^查询过于复杂：成本上限 500.* \/ Query cost limit of 500 exceeded/,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      setting: "MAX_COST",
      limit: 500,
      found: 825,
    });
  });
});

describe("oversized documents", () => {
  test("an operation with more lexical tokens than the limit is a 400, not a 500", async () => {
    const fields = Array.from({ length: 5100 }, () => "id").join(" ");
    const { status, body } = await post(url, `{ widgets { ${fields} } }`, await bearer());
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Token limit of 5000 exceeded/);
    expect(body.errors?.[0]?.message).toMatch(/^查询文本过长：最多 5000 个词法单元.* \/ Token limit/);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_LONG",
      setting: "MAX_TOKENS",
      limit: 5000,
    });
  });

  test("each document text is counted once: a repeat is refused or answered as the first was", async () => {
    // The token count is remembered per text (issue 10 item 4); the answer must not change.
    const over = `{ widgets { ${Array.from({ length: 5001 }, () => "id").join(" ")} } }`;
    const within = `{ widgets { ${Array.from({ length: 400 }, () => "id").join(" ")} } }`;
    for (let i = 0; i < 2; i++) {
      const refused = await post(url, over, await bearer());
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions?.["code"]).toBe("QUERY_TOO_LONG");
      const answered = await post(url, within, await bearer());
      expect(answered.status).toBe(200);
      expect(answered.body.errors).toBeUndefined();
    }
  });
});

describe("browsers: CORS and CSRF prevention", () => {
  async function preflight(origin: string): Promise<Response> {
    return fetch(url, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
  }

  test("a preflight from an allowed origin gets Access-Control-Allow-Origin", async () => {
    const res = await preflight(ALLOWED_ORIGIN);
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  test("a preflight from another origin gets no Access-Control-Allow-Origin", async () => {
    const res = await preflight("http://evil.example");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("a POST with a simple content type and no preflight header is refused by CSRF prevention", async () => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "text/plain", ...(await bearer()) },
      body: JSON.stringify({ query: JOINED }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  test("a GET without apollo-require-preflight is refused by CSRF prevention; with it, it is answered", async () => {
    const get = `${url}?query=${encodeURIComponent("{ widgets { id } }")}`;
    const refused = await fetch(get, { headers: await bearer() });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/Cross-Site Request Forgery/);
    const answered = await fetch(get, {
      headers: { ...(await bearer()), "apollo-require-preflight": "true" },
    });
    expect(answered.status).toBe(200);
  });
});

describe("POST /graphql with JSON, answered without Express (the kit's json-graphql)", () => {
  test("a POST from an allowed origin gets Access-Control-Allow-Origin and exposes x-request-id; another origin does not", async () => {
    const allowed = await post(url, JOINED, { ...(await bearer()), origin: ALLOWED_ORIGIN });
    expect(allowed.status).toBe(200);
    expect(allowed.body.data?.["widgets"]).toHaveLength(WIDGETS.length);
    expect(allowed.res.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(allowed.res.headers.get("access-control-expose-headers")).toContain("x-request-id");
    expect(allowed.res.headers.get("vary")).toMatch(/origin/i);
    const other = await post(url, JOINED, { ...(await bearer()), origin: "http://evil.example" });
    expect(other.res.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("a body over 2 MB is a 413 BAD_REQUEST with the request id, and no subgraph is called", async () => {
    const before = widgets.hits.length;
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "big-1", ...(await bearer()) },
      body: JSON.stringify({ query: JOINED, variables: { pad: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as GqlBody;
    expect(body.errors?.[0]?.message).toBe("Bad request: request entity too large");
    expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST", requestId: "big-1" });
    expect(widgets.hits.length).toBe(before);
  });

  test("a body that is not JSON, or not an object, is a 400 BAD_REQUEST naming why", async () => {
    const broken = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", ...(await bearer()) },
      body: '{"query": "{ widgets { id } }"',
    });
    expect(broken.status).toBe(400);
    const b = (await broken.json()) as GqlBody;
    expect(b.errors?.[0]?.message).toMatch(/^Bad request: .*JSON/);
    expect(b.errors?.[0]?.extensions?.["code"]).toBe("BAD_REQUEST");
    const scalar = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await bearer()) },
      body: '"{ widgets { id } }"',
    });
    expect(scalar.status).toBe(400);
    expect(((await scalar.json()) as GqlBody).errors?.[0]?.message).toBe(
      "Bad request: the body must be a JSON object",
    );
  });

  test("the answer carries its length, no ETag, and the request's id", async () => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "len-1", ...(await bearer()) },
      body: JSON.stringify({ query: JOINED }),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect((JSON.parse(text) as GqlBody).data?.["widgets"]).toHaveLength(WIDGETS.length);
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("x-request-id")).toBe("len-1");
  });

  test("a gzip-compressed POST (left to Express) is answered, and refused when it has more tokens than the limit", async () => {
    const gz = (query: string) => gzipSync(Buffer.from(JSON.stringify({ query })));
    const headers = { "content-type": "application/json", "content-encoding": "gzip", ...(await bearer()) };
    const answered = await fetch(url, { method: "POST", headers, body: gz(JOINED) });
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as GqlBody).data?.["widgets"]).toHaveLength(WIDGETS.length);
    const long = `{ widgets { ${Array.from({ length: 5100 }, () => "id").join(" ")} } }`;
    const refused = await fetch(url, { method: "POST", headers, body: gz(long) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as GqlBody).errors?.[0]?.extensions?.["code"]).toBe("QUERY_TOO_LONG");
  });

  test("a GET whose query has more tokens than the limit is refused before Apollo, as a POST is", async () => {
    // "!" is a token and needs no escaping in a URL: 5,100 of them fit in its 16 kB.
    const long = `{ widgets${"!".repeat(5100)} }`;
    const res = await fetch(`${url}?query=${encodeURIComponent(long)}`, {
      headers: { ...(await bearer()), "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GqlBody;
    expect(body.errors?.[0]?.extensions?.["code"]).toBe("QUERY_TOO_LONG");
  });
});

describe("operations endpoints", () => {
  test("/health answers while the process is alive", async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  test("/ready is 200 when every subgraph's /health answers", async () => {
    const res = await fetch(`${base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", subgraphs: { widgets: "ok", pricing: "ok" } });
  });

  test("/metrics counts requests and errors by code", async () => {
    await post(url, JOINED);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{[^}]*operation="Joined"/);
    expect(text).toMatch(/graphql_errors_total\{[^}]*code="UNAUTHENTICATED"/);
    expect(text).toMatch(/graphql_errors_total\{[^}]*code="QUERY_TOO_DEEP"/);
    expect(text).toMatch(/gateway_unauthenticated_total\{[^}]*\} [1-9]/);
  });

  test("a subgraph's health URL is derived from its GraphQL URL", () => {
    expect(healthUrlOf("http://10.0.0.5:4101/graphql")).toBe("http://10.0.0.5:4101/health");
    expect(healthUrlOf("https://pa.example/registry/graphql")).toBe("https://pa.example/registry/health");
  });
});

describe("development sign-in", () => {
  test("POST /dev/token returns a token the gateway accepts", async () => {
    const res = await fetch(`${base}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ unit: "township-centre", roles: ["clerk"], townships: ["T01"], name: "张三" }),
    });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const { status, body } = await post(url, JOINED, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  test("POST /dev/token with an unknown unit is a 400 naming the field", async () => {
    const res = await fetch(`${base}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ unit: "nobody", roles: ["clerk"], townships: [], name: "x" }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("unit");
  });
});

// ── other configurations: production, URL overrides, no dev secret ────────────────────────────

describe("production mode and per-environment subgraph URLs", () => {
  let prod: Gateway;
  let prodUrl: string;
  let stale: Gateway;
  let staleUrl: string;

  beforeAll(async () => {
    // A supergraph whose URLs are wrong for this environment (as the committed file is in production).
    const unreachable = composeSupergraph([
      { name: widgets.name, url: "http://127.0.0.1:9/graphql", typeDefs: widgets.sdl },
      { name: pricing.name, url: "http://127.0.0.1:9/graphql", typeDefs: pricing.sdl },
    ]);
    prod = await startGateway(unreachable, {
      production: true,
      urlOverrides: { WIDGETS: widgets.url, PRICING: pricing.url },
    });
    prodUrl = (await prod.listen(0)).url;
    stale = await startGateway(unreachable, { devToken: null });
    staleUrl = (await stale.listen(0)).url;
  });

  afterAll(async () => {
    await prod?.close();
    await stale?.close();
  });

  test("SUBGRAPH_<NAME>_URL overrides replace the supergraph's URLs", async () => {
    const { status, body } = await post(prodUrl, JOINED, await bearer());
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(prod.subgraphs).toEqual([
      { name: "pricing", url: pricing.url },
      { name: "widgets", url: widgets.url },
    ]);
  });

  test("in production introspection is refused", async () => {
    const { status, body } = await post(prodUrl, "{ __schema { types { name } } }", await bearer());
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  test("in production field suggestions are not given away", async () => {
    const { body } = await post(prodUrl, "{ widgets { nam } }", await bearer());
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  test("in production /dev/token is 404", async () => {
    const res = await fetch(prodUrl.replace(/\/graphql$/, "/dev/token"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ unit: "bureau", roles: ["viewer"], townships: [], name: "x" }),
    });
    expect(res.status).toBe(404);
  });

  test("without a dev secret /dev/token is 404", async () => {
    const res = await fetch(staleUrl.replace(/\/graphql$/, "/dev/token"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ unit: "bureau", roles: ["viewer"], townships: [], name: "x" }),
    });
    expect(res.status).toBe(404);
  });

  test("/ready is 503 naming the subgraphs that do not answer", async () => {
    const res = await fetch(staleUrl.replace(/\/graphql$/, "/ready"));
    expect(res.status).toBe(503);
    const body = (await res.json()) as { subgraphs: Record<string, string> };
    expect(body.subgraphs["widgets"]).not.toBe("ok");
  });

  test("an unreachable subgraph becomes an error with a code, not a crash", async () => {
    const { body } = await post(staleUrl, JOINED, await bearer());
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(typeof body.errors?.[0]?.extensions?.["code"]).toBe("string");
    expect(body.errors?.[0]).toMatchObject({
      message: "widgets 暂不可用 / widgets is unavailable",
      path: ["widgets"],
      extensions: { code: "SERVICE_UNAVAILABLE", service: "widgets" },
    });
  });
});

describe("a query planned as one fetch asking what the client asked is answered with the subgraph's data (direct-fetch.ts)", () => {
  let planned: Gateway;
  let plannedUrl: string;
  beforeAll(async () => {
    const supergraph = composeSupergraph([
      { name: widgets.name, url: widgets.url, typeDefs: widgets.sdl },
      { name: pricing.name, url: pricing.url, typeDefs: pricing.sdl },
    ]);
    planned = await startGateway(supergraph, { directFetches: false });
    plannedUrl = (await planned.listen(0)).url;
  });
  afterAll(async () => {
    await planned?.close();
  });

  const ask = async (at: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(at, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await bearer()) },
      body: JSON.stringify({ query, variables }),
    });
    // The request id differs per request; everything else must be the same.
    const text = (await res.text()).replace(/"requestId":"[^"]*"/g, '"requestId":"…"');
    return { status: res.status, text };
  };
  const directCount = async (outcome: string): Promise<number> => {
    const text = await (await fetch(`${base}/metrics`)).text();
    const line = text
      .split("\n")
      .find((l) => l.startsWith("gateway_direct_fetches_total{") && l.includes(`outcome="${outcome}"`));
    return line ? Number(line.split(" ").at(-1)) : 0;
  };

  const cases: Array<{ name: string; query: string; variables?: Record<string, unknown>; direct: boolean }> =
    [
      { name: "plain fields", query: "{ widgets { id name } }", direct: true },
      {
        name: "aliases and nesting",
        query: 'query Deep { a: widgets { n: name next { id next { name } } } b: widget(id: "w2") { id } }',
        direct: true,
      },
      {
        name: "a named fragment, an inline one and __typename",
        query: "query F { widgets { __typename ...W ... on Widget { name } } } fragment W on Widget { id }",
        direct: true,
      },
      {
        // The planner sends __typename first: the subgraph's keys would come in another order.
        name: "__typename after other fields",
        query: "query T { widgets { id __typename name } }",
        direct: false,
      },
      {
        name: "@skip and @include by variables, one defaulted",
        query:
          "query S($skip: Boolean!, $with: Boolean = true) { widgets { id name @skip(if: $skip) next @include(if: $with) { id } } }",
        variables: { skip: true },
        direct: true,
      },
      { name: "a partial answer with an error", query: "{ widgets { id label } }", direct: false },
      { name: "a refused root field", query: '{ widget(id: "nope") { id name } }', direct: false },
      { name: "two subgraphs", query: JOINED, direct: false },
    ];

  test.each(cases)("$name: the same answer as the plan's", async ({ query, variables, direct }) => {
    const answeredBefore = await directCount("answered");
    const first = await ask(url, query, variables); // plans, and decides
    const hitsBefore = widgets.hits.length;
    const again = await ask(url, query, variables); // the direct path where the plan allows it
    const hits = widgets.hits.length - hitsBefore;
    const viaPlan = await ask(plannedUrl, query, variables);
    expect(again).toEqual(viaPlan);
    expect(first).toEqual(viaPlan);
    expect((await directCount("answered")) - answeredBefore).toBe(direct ? 1 : 0);
    // A direct fetch that got errors hands its answer to the plan: one call to the subgraph.
    if (!query.includes("priceFen")) expect(hits).toBe(1);
  });

  test("variables the schema refuses are refused as the plan refuses them, and no subgraph sees them", async () => {
    const query = "query V($skip: Boolean!) { widgets { id name @skip(if: $skip) } }";
    await ask(url, query, { skip: false });
    expect(await ask(url, query, { skip: false })).toEqual(await ask(plannedUrl, query, { skip: false }));
    const hitsBefore = widgets.hits.length;
    const refused = await ask(url, query, { skip: "yes" });
    expect(widgets.hits.length - hitsBefore).toBe(0);
    expect(refused).toEqual(await ask(plannedUrl, query, { skip: "yes" }));
    expect(JSON.parse(refused.text)).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT" } }] });
  });

  test("an answer with errors is reported the plan's way, from the one call made", async () => {
    const plannedBefore = await directCount("planned");
    await ask(url, 'query Once { widget(id: "w1") { id label } other: widget(id: "w2") { label } }');
    const hitsBefore = widgets.hits.length;
    const again = await ask(
      url,
      'query Once { widget(id: "w1") { id label } other: widget(id: "w2") { label } }',
    );
    expect(widgets.hits.length - hitsBefore).toBe(1);
    expect((await directCount("planned")) - plannedBefore).toBe(1);
    expect(JSON.parse(again.text)).toMatchObject({
      data: { widget: { id: "w1", label: "L-w1" }, other: { label: null } },
      errors: [{ path: ["other", "label"] }],
    });
  });
});
