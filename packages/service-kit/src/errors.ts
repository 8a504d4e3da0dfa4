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

/** One invalid field: its path in the input, and what is wrong in Chinese and English. */
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

/** Shorthand for one bad field. */
export function badInput(field: string, messageZh: string, messageEn: string): BadUserInputError {
  return new BadUserInputError({ field, messageZh, messageEn });
}

export class UnauthenticatedError extends GraphQLError {
  constructor(reason = "a valid bearer token is required") {
    super(`未登录或登录已过期 / Not authenticated: ${reason}`, {
      extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
    });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(messageEn: string, messageZh = "无权执行此操作") {
    super(`${messageZh} / ${messageEn}`, { extensions: { code: ErrorCode.Forbidden, messageZh, messageEn } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string, whatZh = "记录") {
    super(`${whatZh}不存在 (${id}) / ${what} ${id} was not found`, {
      extensions: { code: ErrorCode.NotFound, entity: what, id },
    });
  }
}

/** Optimistic-lock failures and uniqueness conflicts: someone else changed or holds the record. */
export class ConflictError extends GraphQLError {
  constructor(messageZh: string, messageEn: string, extra: Record<string, unknown> = {}) {
    super(`${messageZh} / ${messageEn}`, {
      extensions: { code: ErrorCode.Conflict, messageZh, messageEn, ...extra },
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
export function assertCurrentVersion(
  row: { version: number },
  versionRead: number,
  what: { zh: string; en: string },
): void {
  if (row.version !== versionRead) {
    throw new ConflictError(
      `${what.zh}已被他人修改，请刷新后重试`,
      `the ${what.en} was changed by someone else; reload it and try again`,
      { currentVersion: row.version },
    );
  }
}
