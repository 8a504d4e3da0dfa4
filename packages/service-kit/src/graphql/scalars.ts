import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isIsoDate } from "../dates";

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new GraphQLError(
      `日期格式应为 YYYY-MM-DD / A date must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`,
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
  }
  return value;
}

/** 日期 A business date in Asia/Shanghai, `YYYY-MM-DD` (no time, no zone). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description: "日期 Business date in Asia/Shanghai, YYYY-MM-DD",
  serialize: (v) => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return parseDate(v);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("LocalDate must be a string YYYY-MM-DD");
    return parseDate(ast.value);
  },
});
