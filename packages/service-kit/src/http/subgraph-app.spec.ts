import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Arg, Authorized, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import {
  callers,
  createTestDatabase,
  graphqlClient,
  signTestToken,
  TEST_AUTH,
  type TestDatabase,
} from "@pa/testing";
import { buildFederatedSchema } from "../graphql/subgraph-schema";
import { createSubgraphApp, type SubgraphApp } from "./subgraph-app";
import { createTokenVerifier } from "../auth/tokens";
import { createLogger } from "../logger";
import { openOrm } from "../db/orm";
import { badInput } from "../errors";
import { loadConfig, DatabaseEnv, ServerEnv, ConfigError } from "../config";
import { Unit } from "../auth/identity";
import { townshipScope } from "../auth/township-scope";
import { errorCodeOf, withRequestId } from "../graphql/plugins";
import { GraphQLError } from "graphql";

@ObjectType()
class Probe {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  n!: number;
}

@Resolver()
class ProbeResolver {
  @Authorized()
  @Query(() => Probe)
  probe(@Arg("n", () => Int) n: number): Probe {
    if (n < 0) throw badInput("n", { zh: "不能为负数", en: "n must not be negative" });
    if (n === 13) throw new Error("select * from secret_table failed at line 42");
    return { id: "p", n };
  }

  @Authorized(Unit.HrCentre)
  @Query(() => Int)
  hrOnly(): number {
    return 1;
  }
}

describe("service kit: the subgraph app", () => {
  let db: TestDatabase;
  let app: SubgraphApp;
  let base: string;
  const user = callers.bureau.clerk();
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase("sqlite", "kit");
    const logger = createLogger("kit-test", "silent");
    const orm = await openOrm({
      databaseUrl: db.url,
      entities: [],
      migrations: { postgresql: [], sqlite: [] },
      logger,
    });
    const { schema } = await buildFederatedSchema({ resolvers: [ProbeResolver] });
    app = await createSubgraphApp({
      name: "kit-test",
      schema,
      orm,
      verifyToken: createTokenVerifier(TEST_AUTH),
      logger,
      bodyLimitBytes: 64 * 1024,
    });
    const { url } = await app.listen(0);
    base = url.replace(/\/graphql$/, "");
    client = graphqlClient(url, user);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test("an unexpected error is returned without internals but with the request id", async () => {
    const r = await client.gql(`{ probe(n: 13) { n } }`, {}, { headers: { "x-request-id": "req-abc" } });
    expect(r.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(r.errors?.[0]?.extensions?.requestId).toBe("req-abc");
    expect(JSON.stringify(r)).not.toContain("secret_table");
  });

  test("BAD_USER_INPUT carries the field and both languages", async () => {
    const r = await client.gql(`{ probe(n: -1) { n } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "n",
      messageZh: "不能为负数",
      messageEn: "n must not be negative",
    });
  });

  test("a unit rule refuses other units with FORBIDDEN", async () => {
    const r = await client.gql(`{ hrOnly }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ok = await client.gql(`{ hrOnly }`, {}, { as: callers.hrCentre.clerk() });
    expect(ok.data).toEqual({ hrOnly: 1 });
  });

  test("POST /graphql with JSON is answered without Express: same answer, its length, the request id, no ETag", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        authorization: `Bearer ${await signTestToken(user)}`,
        "x-request-id": "direct-1",
      },
      body: JSON.stringify({ query: "query($n: Int!) { probe(n: $n) { id n } }", variables: { n: 7 } }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { probe: { id: "p", n: 7 } } });
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(res.headers.get("x-request-id")).toBe("direct-1");
    expect(res.headers.get("etag")).toBeNull();
  });

  test("a body over the limit is a 413 and a body that is not JSON a 400, both BAD_REQUEST; a GET still runs a query", async () => {
    const auth = { authorization: `Bearer ${await signTestToken(user)}` };
    const big = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: "{ probe(n: 1) { n } }", variables: { pad: "x".repeat(70_000) } }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [{ message: "Bad request: request entity too large", extensions: { code: "BAD_REQUEST" } }],
    });
    const broken = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: "{ not json",
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(
      /^Bad request: .*JSON/,
    );
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent("{ probe(n: 2) { n } }")}`, {
      headers: { ...auth, "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { probe: { n: 2 } } });
  });

  test("/health, /ready and /metrics answer; metrics count operations and errors by code", async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: "ok" } });
    await client.gql(`query Named { probe(n: 1) { n } }`);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/graphql_requests_total\{[^}]*operation="Named"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_errors_total\{[^}]*code="BAD_USER_INPUT"[^}]*\} [1-9]/);
    expect(metrics).toContain("graphql_request_duration_seconds_bucket");
  });
});

describe("service kit: configuration fails fast", () => {
  test("a wrong DATABASE_URL and a missing PORT are both named", () => {
    let err: unknown;
    try {
      loadConfig({ ...ServerEnv, ...DatabaseEnv }, { DATABASE_URL: "mysql://x" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain("DATABASE_URL");
    expect((err as Error).message).toContain("PORT");
  });
});

describe("service kit: township scope", () => {
  test("an unscoped user sees all or what they ask for; a scoped user never more than their townships", () => {
    const all = callers.povertyOffice.clerk();
    const scoped = callers.townshipCentre.clerkIn("A", "B");
    expect(townshipScope(all)).toEqual({});
    expect(townshipScope(all, "townshipCode", ["C"])).toEqual({ townshipCode: { $in: ["C"] } });
    expect(townshipScope(scoped)).toEqual({ townshipCode: { $in: ["A", "B"] } });
    expect(townshipScope(scoped, "townshipCode", ["B", "C"])).toEqual({ townshipCode: { $in: ["B"] } });
    expect(townshipScope(scoped, "townshipCode", ["C"])).toEqual({ townshipCode: { $in: [] } });
  });
});

describe("service kit: error metrics", () => {
  test("an error without extensions (a failed subgraph fetch at the gateway) counts as INTERNAL_SERVER_ERROR", () => {
    const bare = Object.assign(Object.create(GraphQLError.prototype) as GraphQLError, {
      message: "fetch failed",
    });
    expect(errorCodeOf(bare)).toBe("INTERNAL_SERVER_ERROR");
    expect(errorCodeOf(new GraphQLError("x", { extensions: { code: "FORBIDDEN" } }))).toBe("FORBIDDEN");
    withRequestId(bare, "req-1");
    expect(bare.extensions).toEqual({ requestId: "req-1" });
  });
});
