import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { ErrorCode, PUBLIC_CODES } from "../errors";
import type { ServiceMetrics } from "../metrics";
import type { Logger } from "../logger";

interface MinimalContext {
  requestId?: string;
  log?: Logger;
}

function operationLabel(rc: GraphQLRequestContext<MinimalContext>): { operation: string; type: string } {
  return {
    operation: rc.operationName ?? rc.request.operationName ?? "anonymous",
    type: rc.operation?.operation ?? "unknown",
  };
}

/** Requests, latency and errors by operation, to `/metrics`. */
export function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<MinimalContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors(rc) {
          const { operation } = operationLabel(rc);
          for (const err of rc.errors) {
            metrics.errors.inc({ operation, code: errorCodeOf(err) });
          }
        },
        async willSendResponse(rc) {
          const labels = operationLabel(rc);
          metrics.requests.inc(labels);
          metrics.latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

/**
 * The `extensions.code` an error is counted under. Errors that reach the plugin are not always
 * complete GraphQLErrors (the gateway's subgraph fetch failures carry no `extensions`).
 */
export function errorCodeOf(err: GraphQLError): string {
  const own = err.extensions?.code;
  // Apollo files every validation error under one code; a rule's own (a gateway limit) says more.
  const ruleCode = err.originalError instanceof GraphQLError ? err.originalError.extensions?.code : undefined;
  if (own === "GRAPHQL_VALIDATION_FAILED" && typeof ruleCode === "string") return ruleCode;
  if (own != null) return String(own);
  return String(translateError(err).extensions?.code ?? ErrorCode.Internal);
}

/** Maps database-level failures to the public codes clients understand. */
export function translateError(err: GraphQLError): GraphQLError {
  const original = err.originalError;
  if (original instanceof OptimisticLockError) {
    return new GraphQLError(
      "记录已被他人修改，请刷新后重试 / The record was changed by someone else; reload it and try again",
      {
        path: err.path,
        extensions: { code: ErrorCode.Conflict },
      },
    );
  }
  if (original instanceof UniqueConstraintViolationException) {
    return new GraphQLError("记录已存在 / A record with the same unique value already exists", {
      path: err.path,
      extensions: { code: ErrorCode.Conflict },
    });
  }
  // A scalar that refused a literal in the query (a fraction of a fen, an impossible date) is
  // input the clerk can correct, as the same value in a variable already is.
  if (
    err.extensions?.code === "GRAPHQL_VALIDATION_FAILED" &&
    original instanceof GraphQLError &&
    original.extensions?.code === ErrorCode.BadUserInput
  ) {
    return new GraphQLError(err.message, {
      nodes: err.nodes,
      extensions: { ...err.extensions, code: ErrorCode.BadUserInput },
    });
  }
  return err;
}

/**
 * Errors we raised on purpose pass through; anything else is logged with the request id and
 * returned without internals (no stack, no SQL).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const gqlError = error instanceof GraphQLError ? translateError(error) : null;
    const code = String(gqlError?.extensions.code ?? formatted.extensions?.code ?? "");
    if (PUBLIC_CODES.has(code)) {
      // `http` is Apollo's status for this response, already applied: not part of the error.
      const {
        stacktrace: _s,
        http: _http,
        ...extensions
      } = {
        ...formatted.extensions,
        ...gqlError?.extensions,
      } as Record<string, unknown>;
      return {
        message: gqlError?.message ?? formatted.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { ...extensions, code },
      };
    }
    const requestId = (gqlError?.extensions?.requestId as string | undefined) ?? undefined;
    logger.error(
      { err: (gqlError?.originalError ?? error) as Error, path: formatted.path, requestId },
      "unexpected error",
    );
    return {
      message:
        "服务器内部错误，请联系管理员 / Internal server error; report the request id to the administrator",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.Internal, ...(requestId ? { requestId } : {}) },
    };
  };
}

/** Adds the request id to an error's extensions, creating them when the error came without. */
export function withRequestId(err: GraphQLError, requestId: string): void {
  if (err.extensions) (err.extensions as Record<string, unknown>).requestId = requestId;
  else Object.defineProperty(err, "extensions", { value: { requestId }, enumerable: true, writable: true });
}

/** Puts the request id on every error so the unexpected ones can be found in the logs. */
export function requestIdOnErrorsPlugin(): ApolloServerPlugin<MinimalContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          const requestId = rc.contextValue.requestId;
          if (requestId) for (const err of rc.errors) withRequestId(err, requestId);
        },
      };
    },
  };
}
