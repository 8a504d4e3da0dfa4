import { GraphQLSafeInt } from "graphql-scalars";

/**
 * 分 Amounts of money are integer fen. GraphQL's Int is 32-bit (21 million yuan), too small for
 * yearly sums, so fen fields use SafeInt (integers up to 2^53 − 1) — still integers, never floats.
 */
export const Fen = GraphQLSafeInt;

/** Yuan with two decimals from integer fen, for people reading exports and messages. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}
