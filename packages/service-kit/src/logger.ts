import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Properties through which database drivers carry the statement and its values: `pg` errors
 * (`detail` holds "Key (id_number)=(…)", `where`), knex/MikroORM (`sql`, `bindings`, `parameters`),
 * better-sqlite3, and whatever wraps them. None of them ever reaches a log line.
 */
const SQL_KEYS = new Set([
  "sql",
  "query",
  "parameters",
  "params",
  "values",
  "bindings",
  "detail",
  "where",
  "sqlMessage",
  "internalQuery",
  "hint",
]);

/**
 * The start of a statement inside a message ("insert into `person` … values (…) - reason"):
 * drivers quote the failed SQL with its values inlined, so everything from here up to the
 * driver's " - " reason is cut.
 */
const SQL_START =
  /\b(insert\s+into|update\s+\S+\s+set|select\s[\s\S]*?\bfrom|delete\s+from|with\s+\S+\s+as\s*\()/i;

/** A message without the SQL a driver quoted in it; the driver's reason after " - " stays. */
export function redactSqlText(text: string): string {
  const m = SQL_START.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index);
  const rest = text.slice(m.index);
  const reason = rest.lastIndexOf(" - ");
  return `${head}[SQL redacted]${reason >= 0 ? rest.slice(reason) : ""}`;
}

/** 18-character ID-card numbers (17 digits and a check character) and mainland mobile numbers. */
const ID_NUMBER = /\d{6}(\d{8})\d{3}[\dXx]/g;
const MOBILE = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g;

/** Masks every ID-card number (first 6 and last 4 kept) and mobile number in `text`. */
export function maskPersonalNumbers(text: string): string {
  return text
    .replace(ID_NUMBER, (s) => `${s.slice(0, 6)}********${s.slice(14)}`)
    .replace(MOBILE, (_s, a: string, _b: string, c: string) => `${a}****${c}`);
}

/**
 * An error as it may appear in a log: name, code and redacted message and stack, its causes the
 * same way, and none of the properties that carry SQL, parameters or values. Works for any error
 * shape, so a driver added later is covered without knowing its fields.
 */
export function serializeError(err: unknown, depth = 0): unknown {
  if (err === null || typeof err !== "object") {
    return typeof err === "string" ? maskPersonalNumbers(redactSqlText(err)) : err;
  }
  if (depth > 4) return "[nested too deep]";
  if (Array.isArray(err)) return err.map((e) => serializeError(e, depth + 1));
  const source = err as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (err instanceof Error) {
    out.type = err.constructor?.name ?? err.name;
    const message = redactSqlText(err.message);
    out.message = message;
    if (err.stack) {
      // The stack's first lines repeat the message (and a wrapper appends the cause's stack).
      out.stack = err.stack
        .split(err.message)
        .join(message)
        .split("\n")
        .map((l) => (/^\s+at /.test(l) ? l : redactSqlText(l)))
        .join("\n");
    }
  }
  // Enumerable own properties, as pino's own serializer reads them (a GraphQLError's AST `nodes`
  // and `source`, the query text, are not worth a log line either).
  for (const key of Object.keys(source)) {
    if (key === "nodes" || key === "source") continue;
    if ((err instanceof Error && (key === "message" || key === "stack")) || SQL_KEYS.has(key)) continue;
    const value = source[key];
    if (typeof value === "function") continue;
    out[key] =
      typeof value === "object" && value !== null
        ? serializeError(value, depth + 1)
        : typeof value === "string"
          ? redactSqlText(value)
          : value;
  }
  if (err instanceof Error && err.cause !== undefined && !("cause" in out)) {
    out.cause = serializeError(err.cause, depth + 1);
  }
  return out;
}

/**
 * The last line of defence: every line pino writes passes through here, and any ID-card or mobile
 * number left in it (in a message, a label, a nested object nobody thought of) is masked.
 */
function maskingDestination(target: DestinationStream): DestinationStream {
  return { write: (line: string) => target.write(maskPersonalNumbers(line)) };
}

/**
 * JSON logs, one line per event, with the service name on every line. Errors under any key are
 * serialized by {@link serializeError} (no driver SQL or values), and every line is masked by
 * {@link maskPersonalNumbers}. `destination` is for tests that read the lines.
 */
export function createLogger(
  service: string,
  level = "info",
  destination: DestinationStream = pino.destination(1),
): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ["req.headers.authorization", "*.idNumber", "*.phone"], censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      formatters: {
        // Errors logged under other keys (`{ failure: e }`) get the same treatment as `err`.
        log(obj) {
          for (const [k, v] of Object.entries(obj)) if (v instanceof Error) obj[k] = serializeError(v);
          return obj;
        },
      },
      hooks: {
        // A message built from an error's text (`log.error(\`… ${e.message}\`)`) loses its SQL too.
        logMethod(args, method) {
          const safe = args.map((a) => (typeof a === "string" ? redactSqlText(a) : a));
          return method.apply(this, safe as Parameters<typeof method>);
        },
      },
    },
    maskingDestination(destination),
  );
}
