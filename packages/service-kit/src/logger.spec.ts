import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GraphQLError } from "graphql";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { createTestDatabase, testDialects, type TestDatabase } from "@pa/testing";
import { createLogger, maskPersonalNumbers, redactSqlText } from "./logger";
import { openOrm, type Orm } from "./db/orm";
import { createErrorFormatter } from "./graphql/plugins";

const ID_NUMBER = "110101199003071234";
const PHONE = "13812345678";
const FULL_ID = /\d{17}[\dXx]/;

@Entity({ tableName: "probe" })
class Probe {
  @PrimaryKey({ type: "string" })
  idNumber!: string;

  @Property({ type: "string" })
  phone!: string;
}

/** A logger whose lines land in an array. */
function capturingLogger(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger("log-test", "info", { write: (l: string) => void lines.push(l) }) };
}

function expectNothingPersonal(lines: string[]): void {
  const all = lines.join("\n");
  expect(all).not.toMatch(FULL_ID);
  expect(all).not.toContain(PHONE);
  expect(all.toLowerCase()).not.toContain("insert into");
  expect(all).not.toContain("values (");
}

describe.each(testDialects())("the logger never prints a driver's SQL or values (%s)", (dialect) => {
  let db: TestDatabase;
  let orm: Orm;

  beforeAll(async () => {
    db = await createTestDatabase(dialect, "logger");
    orm = await openOrm({
      databaseUrl: db.url,
      entities: [Probe],
      migrations: { postgresql: [], sqlite: [] },
      logger: createLogger("log-test", "silent"),
    });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  async function driverError(sql: string, params: unknown[]): Promise<Error> {
    try {
      await orm.em.fork().getConnection().execute(sql, params);
    } catch (e) {
      return e as Error;
    }
    throw new Error("the statement was expected to fail");
  }

  test("a unique violation with an ID number in the statement, logged as err, under another key and as text", async () => {
    await orm.em.fork().insert(Probe, { idNumber: ID_NUMBER, phone: PHONE });
    const err = await orm.em
      .fork()
      .insert(Probe, { idNumber: ID_NUMBER, phone: PHONE })
      .then(
        () => new Error("the insert was expected to fail"),
        (e: unknown) => e as Error,
      );
    // The driver error really carries the values; the log must not.
    expect(JSON.stringify({ m: err.message, ...err })).toMatch(FULL_ID);

    const { lines, logger } = capturingLogger();
    logger.error({ err }, "insert failed");
    logger.warn({ failure: err }, "under another key");
    logger.error(`built from the message: ${err.message}`);
    expect(lines).toHaveLength(3);
    expectNothingPersonal(lines);
    // What is left still says what went wrong.
    expect(lines[0]).toMatch(/UniqueConstraintViolation/);
  });

  test("a statement the database refuses (NUL in text on PostgreSQL, a missing table on SQLite)", async () => {
    const err =
      dialect === "postgresql"
        ? await driverError("insert into probe (id_number, phone) values (?, ?)", [
            ID_NUMBER,
            `1\u0000${PHONE}`,
          ])
        : await driverError(`insert into nope (id_number, phone) values ('${ID_NUMBER}', '${PHONE}')`, []);
    const { lines, logger } = capturingLogger();
    logger.error({ err }, "unexpected error");
    // The path every unexpected resolver error takes.
    createErrorFormatter(logger)(
      { message: err.message },
      new GraphQLError(err.message, { originalError: err }),
    );
    expect(lines).toHaveLength(2);
    expectNothingPersonal(lines);
  });
});

describe("the log safety net", () => {
  test("an ID-card or mobile number anywhere in a line is masked, whatever carried it", () => {
    const { lines, logger } = capturingLogger();
    logger.info(
      { person: { note: `id ${ID_NUMBER} tel ${PHONE}` }, label: "11010119900307123X" },
      `msg ${ID_NUMBER}`,
    );
    expect(lines[0]).not.toMatch(FULL_ID);
    expect(lines[0]).not.toContain(PHONE);
    expect(lines[0]).toContain("110101********1234");
    expect(lines[0]).toContain("138****5678");
  });

  test("redaction keeps the text around a quoted statement and the driver's reason", () => {
    expect(redactSqlText("insert into `p` (`a`) values ('x') - UNIQUE constraint failed: p.a")).toBe(
      "[SQL redacted] - UNIQUE constraint failed: p.a",
    );
    expect(redactSqlText("no statement here")).toBe("no statement here");
    expect(maskPersonalNumbers("order 12345")).toBe("order 12345");
  });
});
