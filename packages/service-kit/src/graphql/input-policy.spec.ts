import { describe, expect, test } from "vitest";
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { INPUT_POLICY, inputProblems } from "./input-policy";

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      save: { type: GraphQLString, args: { parameters: { type: new GraphQLNonNull(GraphQLJSONObject) } } },
    },
  }),
});
const args = schema.getQueryType()!.getFields()["save"]!.args;
const problemsOf = (parameters: unknown) =>
  inputProblems("Query", "save", args, { parameters }, new Map()).map((p) => p.field);

const nested = (depth: number, leaf: unknown): unknown =>
  depth === 0 ? leaf : { n: nested(depth - 1, leaf) };

// Found by the mutation fuzz (test/src/fuzz-mutations.spec.ts): a NUL 30 levels down in a JSON
// parameter passed the policy, which stopped looking at depth 20.
describe("the input policy on JSON values (issue 9, item 2)", () => {
  test("a control character at any depth it looks into names its path", () => {
    expect(problemsOf(nested(5, "a\u0000b"))).toEqual(["parameters.n.n.n.n.n"]);
  });

  test("a value nested deeper than the policy looks is refused, naming where it goes too deep", () => {
    const max = INPUT_POLICY.maxJsonDepth;
    expect(problemsOf(nested(max + 10, "a\u0000b"))).toEqual([`parameters${".n".repeat(max)}`]);
    expect(problemsOf(nested(max + 10, "fine"))).toHaveLength(1);
  });

  test("a value as deep as the policy allows, without control characters, passes", () => {
    expect(problemsOf(nested(INPUT_POLICY.maxJsonDepth, "fine"))).toEqual([]);
  });
});
