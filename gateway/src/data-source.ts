import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import {
  Kind,
  parse,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Logger } from "@pa/service-kit";
import type { GatewayContext } from "./gateway";

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/** The code of the error on every field a subgraph that did not answer should have resolved. */
export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

const FORWARDED_HEADERS = ["authorization", "x-request-id", "traceparent"] as const;

/**
 * One subgraph as the gateway calls it. Forwards the caller's token, the request id and the trace
 * context; turns a refusal the subgraph answered with a non-2xx status (a bad date or amount is
 * refused with HTTP 400 before its resolvers run) into the subgraph's own errors, and a subgraph
 * that did not answer into `SERVICE_UNAVAILABLE` on each field it should have resolved — where
 * Apollo's data source would throw one pathless error the gateway reports as internal.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource>[0],
    private readonly log: Logger,
  ) {
    super(config);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    // Schema loading and health checks carry no incoming request (and the gateway never starts
    // them here: the supergraph is static).
    if (!headers || !context.requestId) return;
    const values: Record<(typeof FORWARDED_HEADERS)[number], string> = {
      authorization: context.authorization,
      "x-request-id": context.requestId,
      traceparent: context.traceparent,
    };
    for (const name of FORWARDED_HEADERS) headers.set(name, values[name]);
  }

  /** Per request (its context): an answer already received, returned by the next call of its query. */
  private readonly prefetched = new WeakMap<object, { query: string; response: SubgraphResponse }>();

  /**
   * The answer to this request's next call of `query`, already received (`direct-fetch.ts`: a
   * direct fetch that got errors hands the request to the plan, which then does not call again).
   */
  answerNextWith(context: object, query: string, response: SubgraphResponse): void {
    this.prefetched.set(context, { query, response });
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
    if ("incomingRequestContext" in options) {
      const answered = this.prefetched.get(options.context);
      if (answered && answered.query === options.request.query) {
        this.prefetched.delete(options.context);
        return answered.response;
      }
    }
    try {
      return await super.process(options);
    } catch (error) {
      // Only a client's operation has fields to report on (health checks and schema loading rethrow).
      if (!("incomingRequestContext" in options)) throw error;
      const answered = graphqlBodyOf(error);
      if (answered) return answered;
      const status = httpStatusOf(error);
      (options.context.log ?? this.log).warn(
        {
          service: this.serviceName,
          status,
          reason: error instanceof Error ? error.message : String(error),
        },
        "subgraph unavailable",
      );
      return {
        errors: unavailableErrors(this.serviceName, options.request.query, options.request.variables),
      };
    }
  }
}

/** The GraphQL response a subgraph sent with a non-2xx status, without its HTTP details. */
function graphqlBodyOf(error: unknown): SubgraphResponse | null {
  const body = (error as { extensions?: { response?: { body?: unknown } } }).extensions?.response?.body;
  if (typeof body !== "object" || body === null) return null;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return {
    ...(body as SubgraphResponse),
    errors: (errors as GraphQLFormattedError[]).map((e) => {
      // The status belongs to the subgraph's HTTP answer, not to the gateway's.
      const { http: _http, ...extensions } = (e.extensions ?? {}) as Record<string, unknown>;
      return { ...e, extensions };
    }),
  };
}

function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { response?: { status?: unknown } } }).extensions?.response?.status;
  return typeof status === "number" ? status : undefined;
}

/**
 * One error per field the failed fetch asked for, with the path the gateway maps back into the
 * client's operation: `[field]` for a root fetch, `["_entities", i, field]` for each entity of an
 * entity fetch (so every person's `employment` carries its own error).
 */
export function unavailableErrors(
  service: string,
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
): GraphQLFormattedError[] {
  const error = (path?: (string | number)[]): GraphQLFormattedError => ({
    message: `${service} 暂不可用 / ${service} is unavailable`,
    ...(path ? { path } : {}),
    extensions: { code: SERVICE_UNAVAILABLE, service },
  });
  const operation = query ? operationOf(query) : undefined;
  if (!operation) return [error()];
  const paths: (string | number)[][] = [];
  for (const root of fieldsOf(operation.selectionSet, null)) {
    if (root.name !== "_entities") {
      paths.push([root.key]);
      continue;
    }
    const representations = variables?.["representations"];
    if (!Array.isArray(representations)) continue;
    representations.forEach((rep: unknown, i) => {
      const typename = (rep as { __typename?: unknown } | null)?.__typename;
      for (const f of fieldsOf(root.selectionSet, typeof typename === "string" ? typename : null)) {
        paths.push(["_entities", i, f.key]);
      }
    });
  }
  return paths.length > 0 ? paths.map(error) : [error()];
}

function operationOf(query: string): OperationDefinitionNode | undefined {
  try {
    return parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return undefined;
  }
}

interface SelectedField {
  key: string;
  name: string;
  selectionSet: SelectionSetNode | undefined;
}

/** The fields of a selection set (the gateway's fetches use inline fragments, never named ones). */
function fieldsOf(set: SelectionSetNode | undefined, typename: string | null): SelectedField[] {
  const out: SelectedField[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value === "__typename") continue;
      const key = s.alias?.value ?? s.name.value;
      if (!out.some((f) => f.key === key))
        out.push({ key, name: s.name.value, selectionSet: s.selectionSet });
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      const on = s.typeCondition?.name.value;
      if (on && typename && on !== typename) continue;
      for (const f of fieldsOf(s.selectionSet, typename)) if (!out.some((o) => o.key === f.key)) out.push(f);
    }
  }
  return out;
}
