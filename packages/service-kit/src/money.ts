import { BigIntType, Property, type PropertyOptions } from "@mikro-orm/core";
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { ErrorCode } from "./errors";
import { assertFen } from "./money-format";

export { groupThousands, yuan } from "./money-format";

/**
 * 分 Money is integer fen everywhere it is stored, computed or sent (ARCHITECTURE.md, "Data
 * rules"). GraphQL's `Int` is 32-bit and overflows at ¥21,474,836.47 — too small for yearly sums —
 * so fen travel as `Fen`: any safe integer (|n| ≤ 2^53 − 1). Signed, because differences
 * (draft − baseline) are money too; whether an input may be negative is the service's rule
 * (`InputCheck.fen`).
 */
function parseFen(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new GraphQLError(
      `金额应为整数（分），不能有小数 / An amount must be a whole number of fen (1 yuan = 100 fen), got ${JSON.stringify(value)}`,
      { extensions: { code: ErrorCode.BadUserInput } },
    );
  }
  return value;
}

function parseFenLiteral(ast: ValueNode): number {
  // An integer literal beyond 2^53 is refused here rather than silently rounded by Number().
  if (ast.kind !== Kind.INT) {
    const shown = ast.kind === Kind.FLOAT || ast.kind === Kind.STRING ? ast.value : ast.kind;
    return parseFen(shown);
  }
  const n = Number(ast.value);
  return parseFen(Number.isSafeInteger(n) ? n : ast.value);
}

/** 金额（分） The GraphQL scalar for integer fen: safe integers only; a fraction is `BAD_USER_INPUT`. */
export const FenScalar = new GraphQLScalarType<number, number>({
  name: "Fen",
  description:
    "金额（分，整数；1元 = 100分） Money in integer fen (1 yuan = 100 fen), any safe integer up to 2^53 − 1; never a fraction",
  serialize: (v) => {
    // Output of a non-integer is a bug in the service, not the caller's input.
    if (typeof v !== "number" || !Number.isSafeInteger(v)) {
      throw new GraphQLError(`Fen cannot represent ${JSON.stringify(v)}: amounts are integer fen`);
    }
    return v;
  },
  parseValue: parseFen,
  parseLiteral: parseFenLiteral,
});

/** Short name for `@Field(() => Fen)`. */
export const Fen = FenScalar;

/**
 * A fen column: a 64-bit integer (`bigint` on PostgreSQL; SQLite's INTEGER is 64-bit already)
 * mapped to a JS number, so sums up to 2^53 fen (≈ ¥90 trillion) are exact.
 */
export function fenColumnType(): BigIntType<"number"> {
  return new BigIntType("number");
}

/**
 * `@FenColumn()` in place of `@Property({ type: … })` on a money property (integer fen).
 * Other property options (nullable, default, fieldName) pass through.
 */
export function FenColumn(
  options: Omit<PropertyOptions<object>, "type" | "columnType"> = {},
): PropertyDecorator {
  return Property({ ...options, type: fenColumnType() }) as PropertyDecorator;
}

/** ",000" … ",999": one group of three digits with its separator, looked up rather than padded. */
/**
 * The yuan value of an amount as a plain number (3200.5 for 320050 fen), for spreadsheet cells
 * that carry a number format. The nearest double to the exact yuan value, so it shows exactly
 * under two-decimal formats; never compute with it — compute in fen.
 */
export function yuanNumber(fen: number): number {
  assertFen(fen);
  return fen / 100;
}
