import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  GraphQLError,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  specifiedScalarTypes,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type TypeNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LruCache } from "../lru";

/** Compiled operations kept per process (each a few kilobytes of generated code). */
const COMPILED_OPERATIONS = 500;

/**
 * The type every variable has in the document handed to the compiler: its value is already
 * coerced by graphql-js (below), so the compiled code takes it as it is.
 */
const COERCED = new GraphQLScalarType({
  name: "_PaCoercedVariable",
  description: "internal: a variable graphql-js has already coerced",
  parseValue: (value) => value,
  serialize: (value) => value,
});

/**
 * Runs a subgraph's operations as compiled code (graphql-jit) instead of graphql-js's
 * interpreter, through Apollo Server's executor hook (the `gateway` option: Apollo still parses,
 * validates and runs every plugin; only execution is replaced). graphql-js resolves each field of
 * each row by building a resolve-info object, looking up its arguments and completing the value by
 * type at run time: on the 100-person dossier page (tens of thousands of fields) that was a quarter
 * to a third of every subgraph's CPU, and most of its garbage (issue 10 item 4). A compiled
 * operation reads a plain field as a property and builds resolve info only for fields with a
 * resolver.
 *
 * What a client sees stays graphql-js's:
 * - **variables** are coerced by graphql-js's own `getVariableValues` (defaults of input fields,
 *   the kit's scalars' own messages, Apollo's `BAD_USER_INPUT` for a bad variable); the compiler
 *   gets the coerced values and a document whose variables of input objects, enums and custom
 *   scalars are of a pass-through type, so it never coerces them again (its own coercion refuses
 *   an omitted non-null input field that has a default, and replaces a scalar's message with its
 *   own);
 * - **errors** become graphql-js `GraphQLError`s with the same message, path, locations, original
 *   error and extensions (the compiler's own are frozen objects the kit's plugins cannot add to).
 *
 * Operations are compiled once per document and operation name (Apollo's query hash) and kept in
 * a bounded LRU.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // The compiler's view of the schema: the same types (so the same resolvers) plus the
  // pass-through variable type; Apollo validates against `schema` itself.
  const config = schema.toConfig();
  const compilerSchema = new GraphQLSchema({ ...config, types: [...config.types, COERCED] });
  const compiled = new LruCache<string, CompiledQuery | ExecutionResult>(COMPILED_OPERATIONS);

  const executor: GatewayExecutor = async (rc) => {
    const coerced = getVariableValues(
      schema,
      rc.operation.variableDefinitions ?? [],
      rc.request.variables ?? {},
    );
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${rc.queryHash}\u0000${rc.operationName ?? ""}`;
    let query = compiled.get(key);
    if (!query) {
      query = compileQuery(compilerSchema, withCoercedVariables(rc.document), rc.operationName ?? undefined, {
        // graphql-js's errors carry their resolver's own stack, not one captured per error.
        disablingCapturingStackErrors: true,
      });
      compiled.set(key, query);
    }
    if (!isCompiledQuery(query)) return { errors: query.errors?.map(asGraphQLError) };
    const result = await query.query(undefined, rc.context, coerced.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * The document with each variable of an input object, an enum or a custom scalar of the
 * pass-through type, without its default (the coerced values hold it). A standard scalar's
 * variable is left as it is: its coerced value coerced again is itself, and the compiler checks
 * that a `@skip(if:)`/`@include(if:)` variable is a `Boolean!` or has a default.
 */
function withCoercedVariables(document: DocumentNode): DocumentNode {
  return visit(document, {
    VariableDefinition: (node) => {
      let named: TypeNode = node.type;
      while (named.kind !== Kind.NAMED_TYPE) named = named.type;
      const standard = specifiedScalarTypes.some((t) => t.name === named.name.value);
      if (standard) return node;
      return {
        ...node,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } },
        defaultValue: undefined,
      };
    },
  });
}

/** A compiler's error as graphql-js's own: message, path, locations, original error, extensions. */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    ...(e.extensions ? { extensions: e.extensions } : {}),
  });
  // graphql-js computes locations from nodes, which the compiler's errors do not keep.
  if (e.locations) (error as { locations: GraphQLError["locations"] }).locations = e.locations;
  return error;
}
