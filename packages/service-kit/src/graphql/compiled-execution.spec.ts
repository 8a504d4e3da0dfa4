import { describe, expect, test } from "vitest";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSchema, GraphQLError, type GraphQLFieldResolver, type GraphQLObjectType } from "graphql";
import { compiledExecution } from "./compiled-execution";
import { LocalDateScalar } from "./scalars";
import { withRequestId } from "./plugins";

/**
 * issue 10 item 4: a subgraph's operations run compiled (graphql-jit) and answer exactly what
 * graphql-js answered. Each case runs through two Apollo servers on one schema, one executing with
 * graphql-js and one compiled, and compares the whole response (data, errors with their codes,
 * paths and locations, HTTP status).
 */
const sdl = /* GraphQL */ `
  scalar LocalDate
  enum Status {
    OPEN
    CLOSED
  }
  interface Named {
    name: String!
  }
  type Person implements Named {
    id: ID!
    name: String!
    born: LocalDate
    status: Status!
    tags: [String!]!
    friends: [Person!]!
    "A resolver that answers null for a non-null field on person p2."
    nickname: String!
    "Throws a plain error on p3, a coded GraphQLError on p4."
    risky: Int
    slowName: String!
  }
  type Township implements Named {
    code: ID!
    name: String!
  }
  union Anything = Person | Township
  input Filter {
    status: Status! = OPEN
    bornAfter: LocalDate
    ids: [ID!]
    first: Int! = 10
  }
  type Query {
    person(id: ID!): Person
    people(filter: Filter): [Person!]!
    anything: [Anything!]!
    named: [Named!]!
    echoDate(on: LocalDate!): LocalDate!
    echoList(ids: [ID!]!): [ID!]!
  }
  type Mutation {
    rename(id: ID!, name: String!): Person!
  }
`;

interface Row {
  id: string;
  name: string;
  born: string | null;
  status: "OPEN" | "CLOSED";
  tags: string[];
  friendIds: string[];
}

function makeSchema() {
  const schema = buildSchema(sdl);
  const rows: Row[] = [
    { id: "p1", name: "李一", born: "1980-01-02", status: "OPEN", tags: ["a", "b"], friendIds: ["p2", "p3"] },
    { id: "p2", name: "王二", born: null, status: "CLOSED", tags: [], friendIds: ["p1"] },
    { id: "p3", name: "张三", born: "1990-12-31", status: "OPEN", tags: ["c"], friendIds: [] },
    { id: "p4", name: "赵四", born: "2001-06-15", status: "OPEN", tags: [], friendIds: ["p4"] },
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const type = (name: string) => schema.getType(name) as GraphQLObjectType;
  const on = (t: string, f: string, resolve: GraphQLFieldResolver<Row, unknown>) => {
    type(t).getFields()[f]!.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  };
  Object.assign(schema.getType("LocalDate")!, {
    serialize: LocalDateScalar.serialize,
    parseValue: LocalDateScalar.parseValue,
    parseLiteral: LocalDateScalar.parseLiteral,
  });
  on("Query", "person", (_r, a) => byId.get(a.id as string) ?? null);
  on("Query", "people", async (_r, a) => {
    const f = (a.filter ?? { status: "OPEN", first: 10 }) as {
      status: string;
      ids?: string[];
      first: number;
    };
    return rows.filter((r) => r.status === f.status && (!f.ids || f.ids.includes(r.id))).slice(0, f.first);
  });
  on("Query", "anything", () => [rows[0], { code: "t1", name: "东山镇" }]);
  on("Query", "named", () => [{ code: "t2", name: "西山镇" }, rows[1]]);
  on("Query", "echoDate", (_r, a) => a.on);
  on("Query", "echoList", (_r, a) => a.ids);
  on("Mutation", "rename", (_r, a) => {
    if ((a.name as string).length > 5)
      throw new GraphQLError("名称过长 / name too long", {
        extensions: { code: "BAD_USER_INPUT", field: "name" },
      });
    return { ...byId.get(a.id as string)!, name: a.name as string };
  });
  on("Person", "friends", async (r) => r.friendIds.map((id) => byId.get(id)!));
  on("Person", "nickname", (r) => (r.id === "p2" ? null : `小${r.name}`));
  on("Person", "risky", (r) => {
    if (r.id === "p3") throw new Error("plain failure");
    if (r.id === "p4") throw new GraphQLError("coded failure", { extensions: { code: "FORBIDDEN" } });
    return r.id.length;
  });
  on("Person", "slowName", async (r) => {
    await new Promise((resolve) => setImmediate(resolve));
    return r.name;
  });
  const resolveType = (v: { code?: string }) => (v.code ? "Township" : "Person");
  Object.assign(schema.getType("Anything")!, { resolveType });
  Object.assign(schema.getType("Named")!, { resolveType });
  return schema;
}

const cases: { name: string; query: string; variables?: Record<string, unknown>; operationName?: string }[] =
  [
    {
      name: "nested objects, lists, async fields, aliases, fragments and __typename",
      query: `query Q($id: ID!) { person(id: $id) { __typename id n: name born status tags ...F friends { id slowName friends { name } } } }
            fragment F on Person { slowName }`,
      variables: { id: "p1" },
    },
    {
      name: "null in a non-null field propagates to the nearest nullable parent",
      query: `{ person(id: "p2") { id nickname } people(filter: { status: CLOSED }) { id nickname } }`,
    },
    { name: "a missing row is null", query: `{ person(id: "nobody") { id } }` },
    {
      name: "a resolver's plain and coded errors keep their path, locations and codes",
      query: `{ people { id risky } }`,
    },
    {
      name: "an input object's omitted non-null field takes its default; a list input accepts one value",
      query: `query Q($f: Filter) { people(filter: $f) { id status } }`,
      variables: { f: { ids: "p3" } },
    },
    {
      name: "a variable the scalar refuses is BAD_USER_INPUT with the scalar's own message, HTTP 400",
      query: `query Q($on: LocalDate!) { echoDate(on: $on) }`,
      variables: { on: "2023-02-30" },
    },
    {
      name: "a variable that is missing is BAD_USER_INPUT",
      query: `query Q($on: LocalDate!) { echoDate(on: $on) }`,
    },
    {
      name: "an input object's wrong field type is BAD_USER_INPUT naming the field",
      query: `query Q($f: Filter) { people(filter: $f) { id } }`,
      variables: { f: { status: "HALF", first: "ten" } },
    },
    {
      name: "a literal and a variable date both serialise through the scalar",
      query: `query Q($on: LocalDate!) { a: echoDate(on: "2024-02-29") b: echoDate(on: $on) }`,
      variables: { on: "1999-09-09" },
    },
    {
      name: "a list variable of one value",
      query: `query Q($ids: [ID!]!) { echoList(ids: $ids) }`,
      variables: { ids: 7 },
    },
    {
      name: "@skip and @include by variable and literal",
      query: `query Q($no: Boolean!, $yes: Boolean = true) { person(id: "p1") { id name @skip(if: $no) born @include(if: $yes) tags @include(if: false) } }`,
      variables: { no: true },
    },
    {
      name: "unions and interfaces resolve their concrete types",
      query: `{ anything { __typename ... on Person { id } ... on Township { code name } } named { __typename name ... on Township { code } } }`,
    },
    {
      name: "a mutation runs and its error is the resolver's own",
      query: `mutation M($n: String!) { ok: rename(id: "p1", name: "李") { id name } bad: rename(id: "p1", name: $n) { id } }`,
      variables: { n: "一个很长的名字啊" },
    },
    {
      name: "operation chosen by name",
      query: `query A { person(id: "p1") { id } } query B { person(id: "p3") { name } }`,
      operationName: "B",
    },
  ];

describe("issue 10 item 4: compiled execution answers what graphql-js answers", () => {
  const schema = makeSchema();
  const plugins = [ApolloServerPluginInlineTraceDisabled()];
  const interpreted = new ApolloServer({ schema, plugins });
  const compiled = new ApolloServer({ gateway: compiledExecution(schema), plugins });

  for (const c of cases) {
    test(c.name, async () => {
      const request = { query: c.query, variables: c.variables, operationName: c.operationName };
      const [a, b] = await Promise.all([
        interpreted.executeOperation(request),
        compiled.executeOperation(request),
      ]);
      expect(b.body).toEqual(a.body);
      expect(b.http.status).toEqual(a.http.status);
      // The case is about something: an answer with data or an error of its own.
      expect(JSON.stringify(a.body)).toMatch(/"data"|"errors"/);
    });
  }

  test("the compiled errors are graphql-js errors the kit's plugins can extend (request id)", async () => {
    const server = new ApolloServer({
      gateway: compiledExecution(schema),
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        {
          async requestDidStart() {
            return {
              async didEncounterErrors(rc) {
                for (const e of rc.errors) {
                  expect(e).toBeInstanceOf(GraphQLError);
                  withRequestId(e, "req-1");
                }
              },
            };
          },
        },
      ],
    });
    const r = await server.executeOperation({ query: `{ people { id risky } }` });
    const errors = r.body.kind === "single" ? r.body.singleResult.errors : undefined;
    expect(errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.requestId])).toEqual([
      [["people", 1, "risky"], "INTERNAL_SERVER_ERROR", "req-1"],
      [["people", 2, "risky"], "FORBIDDEN", "req-1"],
    ]);
  });

  test("an operation is compiled once and reused (the second answer is the first's)", async () => {
    const request = { query: `query Q($id: ID!) { person(id: $id) { id name } }`, variables: { id: "p3" } };
    const first = await compiled.executeOperation(request);
    const second = await compiled.executeOperation({ ...request, variables: { id: "p4" } });
    expect(first.body.kind === "single" && first.body.singleResult.data).toEqual({
      person: { id: "p3", name: "张三" },
    });
    expect(second.body.kind === "single" && second.body.singleResult.data).toEqual({
      person: { id: "p4", name: "赵四" },
    });
  });
});
