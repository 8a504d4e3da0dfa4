import { createRequire } from "node:module";
import {
  type ApolloGateway,
  type Experimental_DidResolveQueryPlanCallback,
  type GraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from "@apollo/gateway";
import {
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationTypeNode,
  parse,
  print,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from "graphql";
import { LruCache } from "@pa/service-kit";

/**
 * A query whose plan is one fetch from one subgraph, asking exactly what the client asked, is
 * answered with that subgraph's data as it came: the plan's own fetch (same operation, same
 * variables, through the same data source, so the token, request id and trace context are
 * forwarded as ever), without Apollo's executor around it — the operation context built again,
 * the plan looked up by a second hash, the operation rebuilt and the answer shaped value by value
 * into what the subgraph already sent (issue 10 item 4: the gateway's own cost on a
 * single-subgraph query).
 *
 * What "exactly" means, so that shaping could not have changed anything: the plan is a single
 * `Fetch` node (no `Sequence`, `Parallel`, `Flatten` or `Condition`), with no `requires` and no
 * rewrites, of a query; and the client's selection, its fragments expanded in place, prints the
 * same as the fetch's (`canonicalSelection`) — the same fields under the same response names with
 * the same arguments and directives, in the same order. The subgraph then answers the same keys
 * in the same order, has applied `@skip`/`@include` with the same variables, and has completed
 * every value by the same types: a field resolved in one subgraph has that subgraph's type in the
 * supergraph, or a nullable one where subgraphs disagree; a planner that adds a `__typename` or
 * moves one (it sends `__typename` first), merges a field or drops a fragment makes the prints
 * differ and the operation takes the plan. A supergraph with `@inaccessible` elements (values the
 * API schema hides, which shaping would refuse) never takes this path. The decisions are kept per
 * document for the gateway's life: its supergraph is fixed at start.
 *
 * Variables the API schema refuses go to Apollo's executor, which reports them without calling a
 * subgraph, as for any operation. An answer with errors, or without data, goes to Apollo's
 * executor too, which runs the plan with the answer already received
 * (`SubgraphDataSource.answerNextWith`: no second call) and reports the errors its way.
 */
export interface DirectFetches {
  /** The gateway's `experimental_didResolveQueryPlan`: decides, once per document, whether its plan is direct. */
  didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback;
  /** Puts the direct path in front of the gateway's executor (before Apollo Server loads it). */
  install(gateway: ApolloGateway): void;
}

/** A data source that can be given the answer to its next call for one request. */
export interface PrefetchingDataSource extends GraphQLDataSource {
  answerNextWith(
    context: object,
    query: string,
    response: Awaited<ReturnType<GraphQLDataSource["process"]>>,
  ): void;
}

interface DirectFetch {
  source: PrefetchingDataSource;
  /** The API schema and the client's variable definitions, to check the variables as the plan does. */
  schema: GraphQLSchema;
  variableDefinitions: readonly VariableDefinitionNode[];
  operation: string;
  operationName: string | undefined;
  document: DocumentNode | undefined;
  variableUsages: readonly string[];
}

type FragmentMap = Record<string, FragmentDefinitionNode>;
type IncomingOperation = Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>;

// The enum the gateway's data sources read the kind of a call from; not re-exported by its index.
const { GraphQLDataSourceRequestKind } = createRequire(
  createRequire(import.meta.url).resolve("@apollo/gateway"),
)("./datasources/types") as {
  GraphQLDataSourceRequestKind: { INCOMING_OPERATION: IncomingOperation["kind"] };
};

export function directFetches(opts: {
  supergraphSdl: string;
  size: number;
  /** Called per direct fetch: `answered` with the subgraph's data, `planned` when it went to the plan. */
  count?: (outcome: "answered" | "planned") => void;
}): DirectFetches {
  const enabled = !opts.supergraphSdl.includes("@inaccessible");
  // null: planned, not direct.
  const decisions = new LruCache<string, DirectFetch | null>(opts.size);
  const keyOf = (request: { operationName?: string | null }, queryHash: string): string =>
    `${queryHash}\u0000${request.operationName ?? ""}`;

  const didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({
    queryPlan,
    serviceMap,
    operationContext,
    requestContext,
  }) => {
    if (!enabled) return;
    const key = keyOf(requestContext.request, requestContext.queryHash);
    if (decisions.get(key) !== undefined) return;
    const node = queryPlan.node;
    let decision: DirectFetch | null = null;
    if (
      node?.kind === "Fetch" &&
      operationContext.operation.operation === OperationTypeNode.QUERY &&
      node.operationKind === OperationTypeNode.QUERY &&
      !node.requires &&
      !node.hasDefers &&
      !node.inputRewrites?.length &&
      !node.outputRewrites?.length &&
      !node.contextRewrites?.length
    ) {
      const source = serviceMap[node.serviceName] as PrefetchingDataSource | undefined;
      const document = node.operationDocumentNode ?? parse(node.operation);
      const fetched = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const schema = operationContext.schema;
      const root = schema.getQueryType();
      if (source && typeof source.answerNextWith === "function" && fetched && root) {
        const asked = canonicalSelection(
          schema,
          operationContext.operation.selectionSet,
          root,
          operationContext.fragments,
        );
        const sent = canonicalSelection(schema, fetched.selectionSet, root, fragmentsOf(document));
        if (asked !== null && asked === sent)
          decision = {
            source,
            schema,
            variableDefinitions: operationContext.operation.variableDefinitions ?? [],
            operation: node.operation,
            operationName: node.operationName,
            document: node.operationDocumentNode,
            variableUsages: node.variableUsages ?? [],
          };
      }
    }
    decisions.set(key, decision);
  };

  const install = (gateway: ApolloGateway): void => {
    const planned = gateway.executor;
    gateway.executor = async (requestContext) => {
      const direct = decisions.get(keyOf(requestContext.request, requestContext.queryHash));
      if (!direct) return planned(requestContext);
      // Variables the API schema refuses are the plan's to report, before any subgraph sees them.
      const given = requestContext.request.variables;
      if (
        direct.variableDefinitions.length > 0 &&
        getVariableValues(direct.schema, direct.variableDefinitions, given ?? {}).errors
      )
        return planned(requestContext);
      // What executeFetch sends: only the variables the fetch uses, as the client gave them.
      const variables: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      if (given)
        for (const name of direct.variableUsages)
          if (Object.hasOwn(given, name) && given[name] !== undefined) variables[name] = given[name];
      const response = await direct.source.process({
        kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
        request: { query: direct.operation, variables, operationName: direct.operationName },
        incomingRequestContext: requestContext,
        context: requestContext.context,
        document: direct.document,
      });
      const data = response.data;
      if (response.errors?.length || data === null || typeof data !== "object") {
        direct.source.answerNextWith(requestContext.context, direct.operation, response);
        opts.count?.("planned");
        return planned(requestContext);
      }
      opts.count?.("answered");
      return { data };
    };
  };

  return { didResolveQueryPlan, install };
}

function fragmentsOf(document: DocumentNode): FragmentMap {
  const out: FragmentMap = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}

const printArguments = (args: readonly ArgumentNode[] | undefined): string =>
  args?.length ? `(${args.map((a) => print(a)).join(",")})` : "";
const printDirectives = (directives: readonly DirectiveNode[] | undefined): string =>
  directives?.length ? directives.map((d) => print(d)).join("") : "";

/**
 * A selection set as one string, fragments expanded where they are spread: each field as
 * `alias:name(arguments)@directives{…}`, a fragment on the enclosing type without directives
 * flattened into it, any other as `...on Type@directives{…}`. Null when a field is not in the
 * schema (the fetch's `_entities`, say) or a fragment is missing.
 */
export function canonicalSelection(
  schema: GraphQLSchema,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  fragments: FragmentMap,
): string | null {
  const parts: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      let inner = "";
      if (selection.selectionSet) {
        if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return null;
        const field = parent.getFields()[name];
        if (!field) return null;
        const sub = canonicalSelection(schema, selection.selectionSet, getNamedType(field.type), fragments);
        if (sub === null) return null;
        inner = `{${sub}}`;
      }
      const alias = selection.alias ? `${selection.alias.value}:` : "";
      parts.push(
        `${alias}${name}${printArguments(selection.arguments)}${printDirectives(selection.directives)}${inner}`,
      );
      continue;
    }
    let typeCondition: string | undefined;
    let selectionSet: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      typeCondition = selection.typeCondition?.name.value;
      selectionSet = selection.selectionSet;
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || fragment.directives?.length) return null;
      typeCondition = fragment.typeCondition.name.value;
      selectionSet = fragment.selectionSet;
    }
    const directives = printDirectives(selection.directives);
    if (!directives && (typeCondition === undefined || typeCondition === parent?.name)) {
      const sub = canonicalSelection(schema, selectionSet, parent, fragments);
      if (sub === null) return null;
      if (sub) parts.push(sub);
      continue;
    }
    const on = typeCondition === undefined ? parent : schema.getType(typeCondition);
    if (!on) return null;
    const sub = canonicalSelection(schema, selectionSet, on, fragments);
    if (sub === null) return null;
    parts.push(`...${typeCondition === undefined ? "" : `on ${typeCondition}`}${directives}{${sub}}`);
  }
  return parts.join(" ");
}
