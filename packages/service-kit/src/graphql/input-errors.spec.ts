import { describe, expect, test } from "vitest";
import { ApolloServer } from "@apollo/server";
import {
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
const Input = new GraphQLInputObjectType({
  name: "Input",
  fields: { name: { type: GraphQLString }, rows: { type: new GraphQLList(new GraphQLNonNull(Row)) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      take: { type: GraphQLString, args: { input: { type: Input } }, resolve: () => "ok" },
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

  test("other validation errors are left as they are", async () => {
    const errors = await errorsOf(`{ take(input: { nope: 1 }) }`);
    expect(fieldsAndCodes(errors)).toEqual([[undefined, "GRAPHQL_VALIDATION_FAILED"]]);
  });
});
