import {
  getNamedType,
  isCompositeType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/**
 * Every field of `type` a client can select without arguments, objects expanded up to `depth`
 * levels, never re-entering a type already on the path (a case's person, a person's case) and
 * never a nested page: the fields of every department a dossier row shows.
 */
export function everyField(type: GraphQLObjectType, depth: number, path = new Set([type.name])): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (
      isObjectType(named) &&
      depth > 0 &&
      !path.has(named.name) &&
      !named.name.endsWith("Connection")
    ) {
      const inner = everyField(named, depth - 1, new Set([...path, named.name]));
      if (inner) parts.push(`${field.name} { ${inner} }`);
    } else if (isCompositeType(named) && depth > 0) parts.push(`${field.name} { __typename }`);
  }
  return parts.join(" ");
}

/**
 * The dossier page: `people(first)` with every department's Person fields on each row, objects
 * expanded `depth` levels below the person (2: a person's cases, offers, enrolments, settlements…).
 */
export function dossierPageQuery(schema: GraphQLSchema, first: number, depth = 2): string {
  const person = schema.getType("Person");
  if (!isObjectType(person)) throw new Error("the schema has no Person type");
  return `query Dossier { people(first: ${first}) { totalCount pageInfo { endCursor hasNextPage } nodes { ${everyField(person, depth)} } } }`;
}
