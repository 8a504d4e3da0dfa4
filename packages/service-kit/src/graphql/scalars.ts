import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isIsoDate } from "../dates";

/**
 * The business dates an input may carry: a year the programme's calendar can hold. `9999-12-31`
 * (or a year typed with five digits' worth of slips) is refused here for every field; whether a
 * date may lie in the future, or before a birth, is each rule's own check, with its own message,
 * so the bound stays loose enough (2999) for those checks to speak. Dates the services write
 * themselves are not bounded (serialize is unchecked).
 */
export const LOCAL_DATE_RANGE = { min: "1900-01-01", max: "2999-12-31" } as const;

function parseInputDate(value: unknown): string {
  const date = parseDate(value);
  if (date < LOCAL_DATE_RANGE.min || date > LOCAL_DATE_RANGE.max) {
    throw new GraphQLError(
      `日期应在${LOCAL_DATE_RANGE.min}至${LOCAL_DATE_RANGE.max}之间 / A date must lie between ${LOCAL_DATE_RANGE.min} and ${LOCAL_DATE_RANGE.max}, got ${date}`,
      { extensions: { code: "BAD_USER_INPUT" } },
    );
  }
  return date;
}

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
  parseValue: parseInputDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("LocalDate must be a string YYYY-MM-DD");
    return parseInputDate(ast.value);
  },
});
