import { describe, expect, test } from "vitest";
import { ApolloServer } from "@apollo/server";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFormattedError,
} from "graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { FenScalar } from "../money";
import { createLogger } from "../logger";
import { inputFieldOnErrorsPlugin } from "./input-errors";
import { createErrorFormatter } from "./plugins";
import { LocalDateScalar } from "./scalars";

const Row = new GraphQLInputObjectType({
  name: "Row",
  fields: {
    on: { type: LocalDateScalar },
    amountFen: { type: FenScalar },
    extra: { type: GraphQLJSONObject },
  },
});
const Choice = new GraphQLEnumType({ name: "Choice", values: { ONE: {}, TWO: {} } });
const Needed = new GraphQLInputObjectType({
  name: "Needed",
  fields: { value: { type: new GraphQLNonNull(GraphQLString) } },
});
const Input = new GraphQLInputObjectType({
  name: "Input",
  fields: {
    name: { type: GraphQLString },
    rows: { type: new GraphQLList(new GraphQLNonNull(Row)) },
    needed: { type: Needed },
    choice: { type: Choice },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      take: { type: GraphQLString, args: { input: { type: Input } }, resolve: () => "ok" },
      need: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(Input) } },
        resolve: () => "ok",
      },
    },
  }),
});

async function errorsOf(
  query: string,
  variables?: Record<string, unknown>,
): Promise<readonly GraphQLFormattedError[]> {
  const server = new ApolloServer({
    schema,
    formatError: createErrorFormatter(createLogger("kit-test", "silent")),
    plugins: [inputFieldOnErrorsPlugin()],
  });
  await server.start();
  try {
    const res = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
    return (res.body.kind === "single" ? res.body.singleResult.errors : undefined) ?? [];
  } finally {
    await server.stop();
  }
}

const fieldsAndCodes = (errors: readonly GraphQLFormattedError[]) =>
  errors.map((e) => [e.extensions?.["field"], e.extensions?.["code"]]);

describe("a scalar's refusal before any resolver names its field", () => {
  test("literals in a list: each refusal names its row and field, as BAD_USER_INPUT", async () => {
    const errors = await errorsOf(
      `{ take(input: { rows: [{ on: "2019-01-01" }, { on: "2019-02-30", amountFen: 1.5 }, { extra: 3 }] }) }`,
    );
    expect(fieldsAndCodes(errors)).toEqual([
      ["input.rows[1].on", "BAD_USER_INPUT"],
      ["input.rows[1].amountFen", "BAD_USER_INPUT"],
      ["input.rows[2].extra", "BAD_USER_INPUT"],
    ]);
    expect(errors[0]?.message).toMatch(/^日期格式应为 YYYY-MM-DD/);
    // graphql-scalars' message is English only: the field leads it in Chinese.
    expect(errors[2]?.message).toMatch(
      /^input\.rows\[2\]\.extra 的值无效 \/ Invalid value for input\.rows\[2\]\.extra: JSONObject/,
    );
  });

  test("a variable: the path where it is used, then the path inside it", async () => {
    const errors = await errorsOf(`query($r: [Row!]) { take(input: { name: "x", rows: $r }) }`, {
      r: [{ on: "2019-01-01" }, { amountFen: 2.5 }],
    });
    expect(fieldsAndCodes(errors)).toEqual([["input.rows[1].amountFen", "BAD_USER_INPUT"]]);
    expect(errors[0]?.message).toContain("金额应为整数（分）");
  });

  // Found by the mutation fuzz (test/src/fuzz-mutations.spec.ts): graphql-js' own refusals of a
  // value (its type, an unknown enum value or field, a required one left out) named no field, in
  // the gateway as in the subgraphs.
  test.each([
    [`{ take(input: { nope: 1 }) }`, "input.nope"],
    [`{ take(input: { name: 42 }) }`, "input.name"],
    [`{ take(input: { rows: [{ on: "2019-01-01" }, null] }) }`, "input.rows[1]"],
    [`{ take(input: "x") }`, "input"],
    [`{ take(input: { needed: { } }) }`, "input.needed.value"],
    [`{ take(input: { choice: not_a_value }) }`, "input.choice"],
    [`{ need }`, "input"],
  ])("graphql's own refusal of %s names %s, as BAD_USER_INPUT", async (query, field) => {
    const errors = await errorsOf(query);
    expect(fieldsAndCodes(errors)).toEqual([[field, "BAD_USER_INPUT"]]);
    expect(errors[0]?.message).toMatch(
      new RegExp(`^${field.replace(/[.[\]]/g, "\\$&")} 的值无效 / Invalid value`),
    );
  });

  test.each([
    [{ name: 42 }, "input.name"],
    [{ nope: 1 }, "input.nope"],
    [{ needed: {} }, "input.needed.value"],
    [{ rows: [{ on: "2019-01-01" }, null] }, "input.rows[1]"],
    [null, "input"],
    [undefined, "input"],
  ])("a variable %j graphql refuses names %s", async (value, field) => {
    const errors = await errorsOf(
      `query($i: Input!) { need(input: $i) }`,
      value === undefined ? {} : { i: value },
    );
    expect(fieldsAndCodes(errors)).toEqual([[field, "BAD_USER_INPUT"]]);
  });
});
