import { createRequire } from "node:module";
import { parse } from "graphql";
import { describe, expect, test } from "vitest";
import { mulberry32 } from "@pa/service-kit";
import {
  apolloComputeResponse,
  computeResponse,
  type ComputeResponse,
  type ShapingOperation,
  type ShapingSelectionSet,
  type ShapingType,
} from "./result-shaping";

/**
 * The gateway's result shaping against Apollo Gateway's own (issue 10 item 4): for generated
 * subgraph answers — right and wrong values, nulls where none may be, missing fields, unknown and
 * abstract `__typename`s, fragments, aliases, `@skip`/`@include` by variable and by literal — both
 * give the same data and the same errors, or fail with the same message.
 */

const gatewayRequire = createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"));
const fi = gatewayRequire("@apollo/federation-internals") as {
  buildSchema(sdl: string): unknown;
  operationFromDocument(
    schema: unknown,
    document: ReturnType<typeof parse>,
    options?: { operationName?: string },
  ): ShapingOperation;
};

const SDL = `
  type Query {
    people: [Person!]!
    node(id: ID!): Node
    search: [Result]
    me: Person
    count: Int!
  }
  interface Node { id: ID! }
  type Person implements Node {
    id: ID!
    name: String!
    age: Int
    score: Float
    active: Boolean
    tags: [String!]
    kind: Kind
    when: Date
    friends: [Person]
    household: Household!
  }
  type Household implements Node { id: ID! size: Int! members: [Person!] }
  union Result = Person | Household
  enum Kind { POOR LOW_INCOME }
  scalar Date
`;

const OPERATIONS: Array<{ query: string; variables: Array<Record<string, unknown>> }> = [
  {
    query: `query Q($s: Boolean!, $i: Boolean!) {
      people {
        id name n: name age @skip(if: $s) score @include(if: $i) tags kind when active
        friends { id ... on Person { name } }
        household { id size __typename t: __typename members @include(if: $i) { id name } }
      }
      count
    }`,
    variables: [
      { s: true, i: true },
      { s: false, i: false },
      { s: true, i: false },
    ],
  },
  {
    query: `{
      node(id: "1") { __typename id ... on Person { name kind } ... on Household { size members { id } } }
      search { __typename ... on Person { id active } ... on Household { id size } ... on Node { id } }
      me { ...F tags @skip(if: true) age @include(if: true) }
    }
    fragment F on Person { id name friends { name ...G } }
    fragment G on Person { kind score }`,
    variables: [{}],
  },
  {
    query: `query D($s: Boolean = true) { me { id name @skip(if: $s) household { size } } count }`,
    variables: [{}, { s: false }],
  },
];

type Random = () => number;

/** A subgraph answer for `selectionSet` on `type`, often right and sometimes wrong in every way. */
function answer(selectionSet: ShapingSelectionSet, type: ShapingType, rnd: Random): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const typenames: Record<string, string[]> = {
    Node: ["Person", "Household"],
    Result: ["Person", "Household"],
    Person: ["Person"],
    Household: ["Household"],
    Query: ["Query"],
  };
  const candidates = typenames[type.name ?? ""] ?? [type.name ?? ""];
  const pick = rnd();
  const typename =
    pick < 0.05
      ? "Nowhere"
      : pick < 0.08
        ? "Kind"
        : pick < 0.15
          ? undefined
          : candidates[Math.floor(rnd() * candidates.length)];
  if (typename !== undefined && type.name !== "Query") out["__typename"] = typename;
  fill(out, selectionSet, rnd);
  return out;
}

function fill(out: Record<string, unknown>, selectionSet: ShapingSelectionSet, rnd: Random): void {
  for (const selection of selectionSet.selections()) {
    if (selection.kind === "FragmentSelection") {
      fill(out, selection.selectionSet!, rnd);
      continue;
    }
    const field = selection.element;
    const name = field.responseName();
    if (rnd() < 0.04) continue; // missing
    if (field.name === "__typename") {
      if (rnd() < 0.5) out[name] = rnd() < 0.8 ? (out["__typename"] ?? "Person") : "Kind";
      continue;
    }
    out[name] = value(field.definition.type, selection.selectionSet, rnd);
  }
}

function value(type: ShapingType, selectionSet: ShapingSelectionSet | undefined, rnd: Random): unknown {
  if (rnd() < 0.06) return null;
  if (type.kind === "NonNullType") return value(type.ofType!, selectionSet, rnd);
  if (type.kind === "ListType") {
    return Array.from({ length: Math.floor(rnd() * 4) }, () => value(type.ofType!, selectionSet, rnd));
  }
  if (selectionSet) return answer(selectionSet, type, rnd);
  const wrong = rnd() < 0.05;
  switch (type.name) {
    case "ID":
      return wrong ? 1.5 : rnd() < 0.5 ? String(Math.floor(rnd() * 100)) : Math.floor(rnd() * 100);
    case "String":
      return wrong ? 7 : `名字${Math.floor(rnd() * 100)}`;
    case "Int":
      return wrong ? "12" : rnd() < 0.05 ? 2.5 : Math.floor(rnd() * 1000);
    case "Float":
      return wrong ? true : rnd() * 10;
    case "Boolean":
      return wrong ? "yes" : rnd() < 0.5;
    case "Kind":
      return wrong ? "RICH" : rnd() < 0.5 ? "POOR" : "LOW_INCOME";
    default:
      return wrong ? { not: "a scalar" } : "2026-12-03";
  }
}

function outcome(shape: ComputeResponse, args: Parameters<ComputeResponse>[0]): string {
  try {
    const { data, errors } = shape(args);
    return JSON.stringify({
      data,
      errors: errors.map((e) => {
        const error = e as { message: string; path?: unknown; extensions?: Record<string, unknown> };
        return { message: error.message, path: error.path, code: error.extensions?.["code"] };
      }),
    });
  } catch (e) {
    return `threw: ${(e as Error).message}`;
  }
}

describe("the gateway's result shaping", () => {
  const schema = fi.buildSchema(SDL);

  test("gives the same data and errors as Apollo Gateway's for 3,000 generated subgraph answers", () => {
    const rnd = mulberry32(20261203);
    let compared = 0;
    let withErrors = 0;
    let nulled = 0;
    for (const { query, variables } of OPERATIONS) {
      const operation = fi.operationFromDocument(schema, parse(query));
      const root = operation.schema().schemaDefinition.rootType(operation.rootKind)!;
      for (const vars of variables) {
        for (let i = 0; i < 1000 / variables.length; i++) {
          const input = answer(operation.selectionSet, root, rnd);
          const args = {
            operation,
            variables: vars,
            input: JSON.parse(JSON.stringify(input)) as Record<string, unknown>,
            introspectionHandling: () => ({ introspected: true }),
          };
          const theirs = outcome(apolloComputeResponse, args);
          const ours = outcome(computeResponse, { ...args, input: JSON.parse(JSON.stringify(input)) });
          expect(ours).toBe(theirs);
          compared++;
          if (theirs.includes('"message"')) withErrors++;
          if (theirs.startsWith('{"data":null')) nulled++;
        }
      }
    }
    // The generated answers reach every outcome, not only the happy one.
    expect(compared).toBeGreaterThanOrEqual(2999);
    expect(withErrors).toBeGreaterThan(300);
    expect(nulled).toBeGreaterThan(30);
    expect(compared - withErrors).toBeGreaterThan(100);
  });

  test("the introspection fields are answered by the gateway's handler, once per response name", () => {
    const operation = fi.operationFromDocument(schema, parse(`{ count __schema { queryType { name } } }`));
    let calls = 0;
    const result = computeResponse({
      operation,
      input: { count: 3 },
      introspectionHandling: () => {
        calls++;
        return { queryType: { name: "Query" } };
      },
    });
    expect(JSON.parse(JSON.stringify(result.data))).toEqual({
      count: 3,
      __schema: { queryType: { name: "Query" } },
    });
    expect(result.errors).toEqual([]);
    expect(calls).toBe(1);
  });
});
