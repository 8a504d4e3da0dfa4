import type { MikroORM } from "@mikro-orm/core";

/**
 * What the event backbone and the transaction frame send beside a request: the relay's rounds on
 * `outbox_event`, the inbox's on `inbox_entry`, and `begin`/`commit`/`rollback`.
 */
export const BACKGROUND_STATEMENTS = /outbox_event|inbox_entry|^(begin|commit|rollback)\b/i;

/**
 * The SQL statements the ORM sends while `run` runs (every statement passes the logger's
 * `logQuery`, logged or not), less those matching `ignore`: for specs that hold a read to a
 * constant number of statements ("500 people cost the same as 50").
 */
export async function sqlStatements(
  orm: Pick<MikroORM, "config">,
  run: () => Promise<unknown>,
  ignore: RegExp = BACKGROUND_STATEMENTS,
): Promise<string[]> {
  const logger = orm.config.getLogger();
  const original = logger.logQuery;
  const seen: string[] = [];
  logger.logQuery = (ctx) => {
    seen.push(String(ctx.query));
    original.call(logger, ctx);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return seen.filter((q) => !ignore.test(q));
}
