import { writeFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { isObjectType, parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import type { ServiceContext } from "../context";
import { applyInputPolicy, collectTextRules } from "./input-policy";

/** Resolves an entity from its key fields, e.g. `{ __typename: "Person", id }` → the person. */
export type ReferenceResolver = (reference: Record<string, unknown>, ctx: ServiceContext) => unknown;

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only through the federation (stubs of other services' entities). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type this service owns or extends. */
  referenceResolvers?: Record<string, ReferenceResolver>;
  /**
   * Plain fields whose value may throw when read (a withheld stub's getters), by type: each gets a
   * resolver that reads it, so the throw is that field's error. Compiled execution reads a plain
   * field as a property without a guard (`compiled-execution.ts`).
   */
  guardedFields?: Record<string, readonly string[]>;
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/**
 * A Federation 2 subgraph schema from type-graphql resolvers: type-graphql builds the schema and
 * its resolvers, the SDL is printed with directives (graphql's printer drops `@key`), and
 * `@apollo/subgraph` adds `_entities` and `_service` around it. Every argument passes the kit's
 * input policy (`input-policy.ts`) before its resolver runs.
 */
export async function buildFederatedSchema(
  opts: SubgraphSchemaOptions,
): Promise<{ schema: GraphQLSchema; sdl: string }> {
  useSimpleResolvers();
  const base = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes ?? [],
    authChecker,
    authMode: "error",
    skipCheck: true,
    validate: false,
    emitSchemaFile: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(base)}`;
  const resolvers = createResolversMap(base) as Record<string, object>;
  for (const [typeName, resolve] of Object.entries(opts.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolve };
  }
  // The resolver map's types are looser than @apollo/subgraph's; the shapes are the same.
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  // Every subgraph refuses control characters, over-long text and malformed ids the same way.
  applyInputPolicy(schema, collectTextRules(base));
  for (const [typeName, names] of Object.entries(opts.guardedFields ?? {})) {
    const type = schema.getType(typeName);
    if (!isObjectType(type))
      throw new Error(`guardedFields: ${typeName} is not an object type of this schema`);
    for (const name of names) {
      const field = type.getFields()[name];
      if (!field) throw new Error(`guardedFields: ${typeName} has no field ${name}`);
      field.resolve ??= readProperty;
    }
  }
  return { schema, sdl };
}

/** graphql's default resolver for an object's property, without its function-call case. */
const readProperty: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, _args, _ctx, info) =>
  source[info.fieldName];

/**
 * A plain `@Field` reads its property through graphql's default resolver, not through a
 * type-graphql wrapper per field per row (issue 10 item 4: a dossier page of 100 people resolves
 * tens of thousands of fields). type-graphql's wrapper only matters for a field with its own
 * `@Authorized` or middleware; a type with such a field keeps it, and a type or field that says
 * `simpleResolvers`/`simple` itself is left as it says. `@FieldResolver`s are untouched.
 */
function useSimpleResolvers(): void {
  const storage = getMetadataStorage();
  const guarded = new Set<unknown>([
    ...storage.authorizedFields.map((d) => d.target),
    ...storage.middlewares.map((d) => d.target),
  ]);
  for (const type of storage.objectTypes) {
    if (type.simpleResolvers === undefined && !guarded.has(type.target)) type.simpleResolvers = true;
  }
}

/** Writes the SDL a service publishes (`schema.graphql`, committed; the gateway composes from it). */
export function writeSdl(sdl: string, file: string): void {
  writeFileSync(file, `${sdl.trim()}\n`);
}
