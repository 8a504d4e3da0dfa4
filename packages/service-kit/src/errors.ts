import { GraphQLError } from "graphql";

/** The `extensions.code` values every subgraph returns (ARCHITECTURE.md, "The graph"). */
export const ErrorCode = {
  BadUserInput: "BAD_USER_INPUT",
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
  NotFound: "NOT_FOUND",
  Conflict: "CONFLICT",
  Internal: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A message a clerk reads: Chinese (the clerk's language) first, then English. Every error of the
 * kit takes its text in this one shape: `new ConflictError({ zh, en })`, `badInput(field, { zh, en })`.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One invalid field as it goes out in `extensions.problems`: its path and what is wrong. */
export interface FieldProblem {
  /** Dotted path inside the mutation's arguments, e.g. `input.idNumber` or `rows[3].phone`. */
  field: string;
  messageZh: string;
  messageEn: string;
}

/**
 * Input a clerk can correct. The message leads with Chinese (the clerk's language) then English;
 * `extensions.field` names the first bad field and `extensions.problems` lists all of them.
 */
export class BadUserInputError extends GraphQLError {
  constructor(problems: FieldProblem[] | FieldProblem, extra: Record<string, unknown> = {}) {
    const list = Array.isArray(problems) ? problems : [problems];
    const first = list[0];
    if (!first) throw new Error("BadUserInputError needs at least one problem");
    super(`${first.messageZh} / ${first.messageEn}`, {
      extensions: {
        code: ErrorCode.BadUserInput,
        field: first.field,
        messageZh: first.messageZh,
        messageEn: first.messageEn,
        problems: list,
        ...extra,
      },
    });
  }
}

/** One bad field: `throw badInput("input.validFrom", { zh, en })`. */
export function badInput(
  field: string,
  message: Bilingual,
  extra: Record<string, unknown> = {},
): BadUserInputError {
  return new BadUserInputError({ field, messageZh: message.zh, messageEn: message.en }, extra);
}

export class UnauthenticatedError extends GraphQLError {
  constructor(reason = "a valid bearer token is required") {
    super(`未登录或登录已过期 / Not authenticated: ${reason}`, {
      extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
    });
  }
}

/** The caller may not do this (another unit's record, a township outside the scope, a viewer writing). */
export class ForbiddenError extends GraphQLError {
  constructor(message: Bilingual, extra: Record<string, unknown> = {}) {
    super(`${message.zh} / ${message.en}`, {
      extensions: { code: ErrorCode.Forbidden, messageZh: message.zh, messageEn: message.en, ...extra },
    });
  }
}

/**
 * No such record: `new NotFoundError({ zh: "政策版本", en: "PolicyVersion" }, id)`. `what.en` is the
 * entity's name, returned as `extensions.entity`.
 */
export class NotFoundError extends GraphQLError {
  constructor(what: Bilingual, id: string) {
    super(`${what.zh}不存在 (${id}) / ${what.en} ${id} was not found`, {
      extensions: { code: ErrorCode.NotFound, entity: what.en, id },
    });
  }
}

/** Optimistic-lock failures and uniqueness conflicts: someone else changed or holds the record. */
export class ConflictError extends GraphQLError {
  constructor(message: Bilingual, extra: Record<string, unknown> = {}) {
    super(`${message.zh} / ${message.en}`, {
      extensions: { code: ErrorCode.Conflict, messageZh: message.zh, messageEn: message.en, ...extra },
    });
  }
}

/** The codes we raise on purpose; anything else is an internal error whose details are hidden. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BadUserInput,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  // Apollo's own client-side errors (parse, validation, bad variables) are safe to show.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Optimistic locking for records clerks edit: the version the caller read must still be current,
 * or the write is `CONFLICT` with the current version (ARCHITECTURE.md, "Data rules").
 */
export function assertCurrentVersion(row: { version: number }, versionRead: number, what: Bilingual): void {
  if (row.version !== versionRead) {
    throw new ConflictError(
      {
        zh: `${what.zh}已被他人修改，请刷新后重试`,
        en: `the ${what.en} was changed by someone else; reload it and try again`,
      },
      { currentVersion: row.version },
    );
  }
}
