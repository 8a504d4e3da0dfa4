import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey } from "@mikro-orm/core";
import { GraphQLError, graphql, parseValue } from "graphql";
import { Arg, Field, InputType, ObjectType, Query, Resolver } from "type-graphql";
import { openScratchOrm, testDialects, type ScratchOrm } from "@pa/testing";
import { Fen, FenColumn, FenScalar, groupThousands, yuan, yuanNumber } from "./money";
import type { Orm } from "./db/orm";
import { buildFederatedSchema } from "./graphql/subgraph-schema";
import { createLogger } from "./logger";
import { ApolloServer } from "@apollo/server";
import { createErrorFormatter } from "./graphql/plugins";

describe("yuan(): fen as people read it", () => {
  test("thousands separators, two decimals, the yuan sign", () => {
    expect(yuan(320_000)).toBe("¥3,200.00");
    expect(yuan(5)).toBe("¥0.05");
    expect(yuan(123_456_789)).toBe("¥1,234,567.89");
    expect(yuan(100)).toBe("¥1.00");
  });

  test("zero and negative amounts (differences are money too)", () => {
    expect(yuan(0)).toBe("¥0.00");
    expect(yuan(-1)).toBe("-¥0.01");
    expect(yuan(-320_050)).toBe("-¥3,200.50");
  });

  test("amounts beyond 32 bits and up to 2^53 − 1 format exactly (integer arithmetic)", () => {
    expect(yuan(2 ** 31)).toBe("¥21,474,836.48");
    expect(yuan(100_000_000_000)).toBe("¥1,000,000,000.00");
    expect(yuan(Number.MAX_SAFE_INTEGER)).toBe("¥90,071,992,547,409.91");
    expect(yuan(-Number.MAX_SAFE_INTEGER)).toBe("-¥90,071,992,547,409.91");
  });

  test("a fraction of a fen is a programming error, not a rounding", () => {
    expect(() => yuan(1.5)).toThrow(RangeError);
    expect(() => yuan(Number.NaN)).toThrow(RangeError);
    expect(() => yuanNumber(2 ** 53)).toThrow(RangeError);
  });

  test("the plain number for spreadsheet cells", () => {
    expect(yuanNumber(320_000)).toBe(3200);
    expect(yuanNumber(-5)).toBe(-0.05);
    expect(yuanNumber(2 ** 31 + 1)).toBe(21_474_836.49);
    expect(groupThousands(1_000)).toBe("1,000");
    expect(groupThousands(999)).toBe("999");
  });
});

@InputType()
class PayInput {
  @Field(() => Fen)
  amountFen!: number;
}

@ObjectType()
class Paid {
  @Field(() => Fen)
  amountFen!: number;
}

@Resolver()
class PayResolver {
  @Query(() => Paid)
  pay(@Arg("input", () => PayInput) input: PayInput): Paid {
    return { amountFen: input.amountFen };
  }

  @Query(() => Fen)
  broken(): number {
    return 1.5;
  }
}

describe("the Fen scalar", () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      return (e as GraphQLError).extensions.code;
    }
    throw new Error("expected a refusal");
  };

  test("accepts safe integers, negative ones included, beyond 32 bits", () => {
    expect(FenScalar.parseValue(0)).toBe(0);
    expect(FenScalar.parseValue(-42)).toBe(-42);
    expect(FenScalar.parseValue(2 ** 31)).toBe(2 ** 31);
    expect(FenScalar.parseLiteral(parseValue("3000000000"))).toBe(3_000_000_000);
    expect(FenScalar.parseLiteral(parseValue("-7"))).toBe(-7);
    expect(FenScalar.serialize(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  test("refuses fractions, strings and unsafe integers with BAD_USER_INPUT, bilingual", () => {
    expect(code(() => FenScalar.parseValue(1.5))).toBe("BAD_USER_INPUT");
    expect(code(() => FenScalar.parseValue("100"))).toBe("BAD_USER_INPUT");
    expect(code(() => FenScalar.parseValue(2 ** 53))).toBe("BAD_USER_INPUT");
    expect(code(() => FenScalar.parseLiteral(parseValue("1.5")))).toBe("BAD_USER_INPUT");
    expect(code(() => FenScalar.parseLiteral(parseValue('"100"')))).toBe("BAD_USER_INPUT");
    expect(code(() => FenScalar.parseLiteral(parseValue("9007199254740993")))).toBe("BAD_USER_INPUT");
    expect(() => FenScalar.parseValue(0.1)).toThrow(
      /金额应为整数（分）.* \/ An amount must be a whole number of fen/,
    );
  });

  test("in a schema: a variable over 2^31 round-trips; a fraction is BAD_USER_INPUT naming the field", async () => {
    const { schema } = await buildFederatedSchema({ resolvers: [PayResolver] });
    const q = "query($input: PayInput!) { pay(input: $input) { amountFen } }";
    const ok = await graphql({ schema, source: q, variableValues: { input: { amountFen: 5_000_000_000 } } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ pay: { amountFen: 5_000_000_000 } });
    const bad = await graphql({ schema, source: q, variableValues: { input: { amountFen: 12.5 } } });
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("amountFen");
    // A literal fraction in the query is refused as input too, not as a malformed query.
    const server = new ApolloServer({
      schema,
      formatError: createErrorFormatter(createLogger("kit-test", "silent")),
    });
    await server.start();
    try {
      const res = await server.executeOperation({
        query: "{ pay(input: { amountFen: 1.5 }) { amountFen } }",
      });
      const errors = res.body.kind === "single" ? res.body.singleResult.errors : undefined;
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toContain("金额应为整数（分）");
    } finally {
      await server.stop();
    }
    const out = await graphql({ schema, source: "{ broken }" });
    expect(out.errors?.[0]?.message).toContain("Fen cannot represent 1.5");
  });
});

@Entity({ tableName: "fen_probe" })
class FenProbe {
  @PrimaryKey({ type: "string" })
  id!: string;

  @FenColumn()
  amountFen!: number;

  @FenColumn({ nullable: true })
  optionalFen?: number | null;
}

describe.each(testDialects())("the fen column on %s", (dialect) => {
  let scratch: ScratchOrm | undefined;
  let orm: Orm;
  beforeAll(async () => {
    scratch = await openScratchOrm(dialect, "fen", [FenProbe]);
    orm = scratch.orm;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  test("is a 64-bit integer column read back as a JS number, exact beyond 2^31 and for sums", async () => {
    const ddl = await orm.schema.getCreateSchemaSQL({ wrap: false });
    expect(ddl).toMatch(/amount_fen.? bigint not null/);
    expect(ddl).toMatch(/optional_fen.? bigint null/);
    const em = orm.em.fork();
    const big = 2 ** 31 + 7; // ¥21,474,836.55: overflows a 32-bit Int
    const huge = 4_000_000_000_000; // ¥40,000,000,000.00
    em.create(FenProbe, { id: "a", amountFen: big, optionalFen: null });
    em.create(FenProbe, { id: "b", amountFen: huge, optionalFen: -5 });
    await em.flush();
    const back = await orm.em.fork().find(FenProbe, {}, { orderBy: { id: "ASC" } });
    expect(back.map((r) => r.amountFen)).toEqual([big, huge]);
    expect(typeof back[0]!.amountFen).toBe("number");
    expect(back.map((r) => r.optionalFen)).toEqual([null, -5]);
    expect(await orm.em.fork().count(FenProbe, { amountFen: { $gt: 2 ** 32 } })).toBe(1);
  });
});
