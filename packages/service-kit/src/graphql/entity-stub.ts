import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Options of {@link entityStub}. */
export interface EntityStubOptions<K extends string> {
  /** The owner's type name (`Person`). */
  name: string;
  /** The owner's description, word for word: composition wants one text per type. */
  description: string;
  /** The `@key` field (default `id`); an `ID!`. */
  key?: K;
  /** The key field's description, when the owner gives it one. */
  keyDescription?: string;
}

/** A key-only reference to another subgraph's entity, as `__resolveReference` and fields return it. */
export type EntityStub<K extends string> = { [P in K]: string };

/**
 * The key-only class of an entity another subgraph owns (`Person @key(id)` owned by registry), so
 * this subgraph can add its own field to it (`Person.employment`) and return references to it.
 * List the class in the schema's `orphanedTypes`. Each call makes a new class: call it once per
 * service, in `person/person.stub.ts`.
 */
export function entityStub<K extends string = "id">(opts: EntityStubOptions<K>): new () => EntityStub<K> {
  const key = opts.key ?? "id";
  class Stub {}
  Object.defineProperty(Stub, "name", { value: opts.name });
  Field(() => ID, opts.keyDescription ? { description: opts.keyDescription } : {})(Stub.prototype, key);
  Directive(`@key(fields: "${key}")`)(Stub);
  ObjectType(opts.name, { description: opts.description })(Stub);
  return Stub as new () => EntityStub<K>;
}
