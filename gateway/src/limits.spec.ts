import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSchema, parse, validate, type GraphQLObjectType } from "graphql";
import { MAX_PAGE_SIZE, createLogger, createTokenVerifier } from "@pa/service-kit";
import { TEST_AUTH, callers, signTestToken } from "@pa/testing";
import { createGateway, type Gateway } from "./gateway";
import { dossierPageQuery, everyField } from "./dossier-query";
import { DEFAULT_MAX_COST, MAX_ROW_COST, gatewayArmor, operationCostRule } from "./limits";
import { DEFAULT_SUPERGRAPH_PATH } from "./paths";

const SUPERGRAPH = readFileSync(DEFAULT_SUPERGRAPH_PATH, "utf8");
const LIMITS = { maxDepth: 12, maxAliases: 30 };

const dossierPage = dossierPageQuery;

// The supergraph as a plain schema (its join__ directives are declared in it).
const schema = buildSchema(SUPERGRAPH, { assumeValidSDL: true });

describe("the cost limit and the page size agree (issue 10 item 4)", () => {
  test("the default limit is the largest page of the heaviest row", () => {
    expect(DEFAULT_MAX_COST).toBe(MAX_PAGE_SIZE * MAX_ROW_COST);
  });

  test("a dossier row with every department's Person fields costs at most MAX_ROW_COST", () => {
    const doc = parse(dossierPage(schema, 1));
    // A page of one row (its totalCount and pageInfo included) within the row budget.
    const errors = validate(schema, doc, [operationCostRule(MAX_ROW_COST)]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  test("the largest allowed dossier page passes every rule; one row more is the page-size error", () => {
    const rules = gatewayArmor({ ...LIMITS }, false).validationRules;
    expect(validate(schema, parse(dossierPage(schema, MAX_PAGE_SIZE)), rules)).toEqual([]);
    const above = validate(schema, parse(dossierPage(schema, MAX_PAGE_SIZE + 1)), rules);
    expect(above).toHaveLength(1);
    expect(above[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(above[0]?.message).toBe("每页条数应在 1 到 500 之间 / first must be between 1 and 500");
  });

  test("a page size sent as a variable counts as the largest page", () => {
    const person = everyField(schema.getType("Person") as GraphQLObjectType, 2);
    const nested = `query($n: Int!) { people(first: $n) { nodes { ${person} employment { offers { id } } } } }`;
    const errors = validate(schema, parse(nested), [operationCostRule(MAX_PAGE_SIZE * 10)]);
    expect(errors[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
  });

  test("a page multiplies its rows: two pages of 500 of 3 and 4 fields cost 3,500", () => {
    // people (1) + nodes (1) + id → 3 per row; + name → 4 per row.
    const q = `{ people(first: 500) { nodes { id } } a: people(first: 500) { nodes { id name } } }`;
    expect(validate(schema, parse(q), [operationCostRule(3500)])).toEqual([]);
    const over = validate(schema, parse(q), [operationCostRule(3499)]);
    expect(over[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 3499, found: 3500 });
  });
});

describe("the gateway with the committed supergraph (issue 10 item 4)", () => {
  let gateway: Gateway;
  let url: string;
  let auth: Record<string, string>;
  beforeAll(async () => {
    // Every subgraph points at a closed port: passing the limits shows as SERVICE_UNAVAILABLE.
    gateway = await createGateway({
      supergraphSdl: SUPERGRAPH,
      urlOverrides: {
        REGISTRY: "http://127.0.0.1:9/graphql",
        EMPLOYMENT: "http://127.0.0.1:9/graphql",
        SOCIAL_SECURITY: "http://127.0.0.1:9/graphql",
      },
      verifyToken: createTokenVerifier(TEST_AUTH),
      logger: createLogger("gateway", "silent"),
      corsOrigins: [],
      production: false,
      limits: LIMITS,
    });
    url = (await gateway.listen(0)).url;
    auth = { authorization: `Bearer ${await signTestToken(callers.bureau.viewer())}` };
  });
  afterAll(() => gateway.close());

  const post = async (query: string) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
    };
  };

  test("the largest dossier page reaches the subgraphs; one above is refused as BAD_USER_INPUT first", async () => {
    const largest = await post(dossierPage(schema, MAX_PAGE_SIZE));
    expect(largest.body.errors?.map((e) => e.extensions?.["code"])).toEqual(["SERVICE_UNAVAILABLE"]);

    const above = await post(dossierPage(schema, MAX_PAGE_SIZE + 1));
    expect(above.status).toBe(400);
    expect(above.body.errors?.[0]?.message).toBe(
      "每页条数应在 1 到 500 之间 / first must be between 1 and 500",
    );
    expect(above.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
