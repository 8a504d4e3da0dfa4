import { createRequire } from "node:module";

/**
 * Apollo Gateway's result shaping (`@apollo/gateway/dist/resultShaping.js`, 2.14), the pass that
 * turns the subgraphs' merged answers into the client's response, with the same rules and the same
 * errors, made cheap per value.
 *
 * Apollo's own walks every selection again for every row: each value re-evaluates the selection's
 * `@skip`/`@include` (two directive lookups), its response name and whether it is an introspection
 * field, and reaches every helper of `@apollo/federation-internals` through the getter TypeScript
 * puts on each re-export. On the 100-person dossier page that was 61 % of the gateway's CPU, and
 * 0.74 ms of a 100-row single-subgraph page (issue 10 item 4). Here each selection set is read once
 * per request — the variables decide `@skip`/`@include` for the whole request — and the helpers are
 * bound once. `result-shaping.spec.ts` runs both on generated answers (nulls, wrong types, unknown
 * `__typename`s, fragments, directives) and requires the same data and errors.
 *
 * `installResultShaping()` puts this function in the place of Apollo's (its module's export is a
 * plain property, read at each call by `executeQueryPlan`).
 */

// The gateway's own copy of federation-internals, so types and schemas are the ones it built.
const gatewayRequire = createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"));

// Structural views of the few federation-internals members used here (the package is the
// gateway's dependency, not ours; its classes are used as the gateway hands them over).
export interface ShapingType {
  kind: string;
  name?: string;
  ofType?: ShapingType;
}
interface ShapingDirective {
  arguments(): { if?: unknown };
}
interface ShapingSchema {
  skipDirective(): unknown;
  includeDirective(): unknown;
  type(name: string): ShapingType | undefined;
  schemaDefinition: { rootType(kind: string): ShapingType | undefined };
}
interface ShapingElement {
  name: string;
  responseName(): string;
  appliedDirectivesOf(definition: unknown): ShapingDirective[];
  definition: { type: ShapingType; isSchemaIntrospectionField(): boolean };
  typeCondition?: ShapingType;
}
interface ShapingSelection {
  kind: "FieldSelection" | "FragmentSelection";
  element: ShapingElement;
  selectionSet?: ShapingSelectionSet;
}
export interface ShapingSelectionSet {
  selections(): readonly ShapingSelection[];
}
export interface ShapingOperation {
  schema(): ShapingSchema;
  collectDefaultedVariableValues(): Record<string, unknown>;
  selectionSet: ShapingSelectionSet;
  rootKind: string;
}
export interface ComputeResponseArgs {
  operation: ShapingOperation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: ShapingSelection) => unknown;
}
export type ComputeResponse = (args: ComputeResponseArgs) => { data: unknown; errors: unknown[] };

interface FederationInternals {
  Variable: abstract new (...args: never[]) => { name: string };
  assert(condition: unknown, message: string | (() => string)): asserts condition;
  typenameFieldName: string;
  isObjectType(t: unknown): boolean;
  isNonNullType(t: ShapingType): boolean;
  isListType(t: ShapingType): boolean;
  isCompositeType(t: unknown): boolean;
  isSubtype(maybeSuper: ShapingType, maybeSub: ShapingType): boolean;
  isValidLeafValue(schema: ShapingSchema, value: unknown, type: ShapingType): boolean;
  ERRORS: { INVALID_GRAPHQL: { err(message: string, options: { path: Array<string | number> }): unknown } };
}

const fi = gatewayRequire("@apollo/federation-internals") as FederationInternals;
const assert: (condition: unknown, message: string | (() => string)) => asserts condition = fi.assert;
const {
  Variable,
  typenameFieldName: TYPENAME,
  isObjectType,
  isNonNullType,
  isListType,
  isCompositeType,
  isSubtype,
  isValidLeafValue,
} = fi;
const INVALID_GRAPHQL = fi.ERRORS.INVALID_GRAPHQL;

const apolloShaping = gatewayRequire("./resultShaping") as { computeResponse: ComputeResponse };
/** Apollo's own result shaping, as the gateway package ships it (for the differential test). */
export const apolloComputeResponse: ComputeResponse = apolloShaping.computeResponse;

const enum Tag {
  Introspection,
  Typename,
  Field,
  Fragment,
}
/** One selection of a selection set, read once per request. `skip` is decided when first reached. */
type Entry = { selection: ShapingSelection; skip: boolean | undefined } & (
  | { tag: Tag.Introspection | Tag.Typename; responseName: string }
  | { tag: Tag.Field; responseName: string; type: ShapingType; selectionSet: ShapingSelectionSet | undefined }
  | {
      tag: Tag.Fragment;
      typeCondition: ShapingType | undefined;
      selectionSet: ShapingSelectionSet;
      /** Whether the type condition applies, by `__typename` (or by parent type when absent). */
      applies: Map<string, boolean>;
    }
);

interface Parameters {
  schema: ShapingSchema;
  variables: Record<string, unknown>;
  errors: unknown[];
  introspectionHandling: (selection: ShapingSelection) => unknown;
  entries: Map<ShapingSelectionSet, Entry[]>;
  skipDirective: unknown;
  includeDirective: unknown;
}

const OK = 0;
const NULL_BUBBLE_UP = 1;

interface Updated {
  updated: unknown;
  isInvalid?: boolean;
  hasErrors?: boolean;
}

export const computeResponse: ComputeResponse = ({ operation, variables, input, introspectionHandling }) => {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const parameters: Parameters = {
    schema,
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables },
    errors: [],
    introspectionHandling,
    entries: new Map(),
    skipDirective: schema.skipDirective(),
    includeDirective: schema.includeDirective(),
  };
  const data = Object.create(null) as Record<string, unknown>;
  const res = applySelectionSet(
    input,
    operation.selectionSet,
    data,
    parameters,
    [],
    schema.schemaDefinition.rootType(operation.rootKind)!,
  );
  return { data: res === NULL_BUBBLE_UP ? null : data, errors: parameters.errors };
};

/** Replaces Apollo Gateway's result shaping with this one; returns a function putting it back. */
export function installResultShaping(): () => void {
  apolloShaping.computeResponse = computeResponse;
  return () => {
    apolloShaping.computeResponse = apolloComputeResponse;
  };
}

function entriesOf(selectionSet: ShapingSelectionSet, p: Parameters): Entry[] {
  let entries = p.entries.get(selectionSet);
  if (entries) return entries;
  entries = [];
  for (const selection of selectionSet.selections()) {
    if (selection.kind === "FieldSelection") {
      const field = selection.element;
      const responseName = field.responseName();
      if (field.definition.isSchemaIntrospectionField())
        entries.push({ selection, skip: undefined, tag: Tag.Introspection, responseName });
      else if (field.name === TYPENAME)
        entries.push({ selection, skip: undefined, tag: Tag.Typename, responseName });
      else
        entries.push({
          selection,
          skip: undefined,
          tag: Tag.Field,
          responseName,
          type: field.definition.type,
          selectionSet: selection.selectionSet,
        });
    } else {
      entries.push({
        selection,
        skip: undefined,
        tag: Tag.Fragment,
        typeCondition: selection.element.typeCondition,
        selectionSet: selection.selectionSet!,
        applies: new Map(),
      });
    }
  }
  p.entries.set(selectionSet, entries);
  return entries;
}

function shouldSkip(element: ShapingElement, p: Parameters): boolean {
  const skip = element.appliedDirectivesOf(p.skipDirective)[0];
  const include = element.appliedDirectivesOf(p.includeDirective)[0];
  return Boolean((skip && ifValue(skip, p.variables)) || (include && !ifValue(include, p.variables)));
}

function ifValue(directive: ShapingDirective, variables: Record<string, unknown>): unknown {
  const ifArg = directive.arguments().if;
  if (ifArg instanceof Variable) {
    const value = variables[ifArg.name];
    assert(
      value !== undefined && typeof value === "boolean",
      () => `Unexpected value ${String(value)} for variable ${String(ifArg)} of ${String(directive)}`,
    );
    return value;
  }
  return ifArg;
}

function typeConditionApplies(
  schema: ShapingSchema,
  typeCondition: ShapingType | undefined,
  typename: string | undefined,
  parentType: ShapingType,
): boolean {
  if (!typeCondition) return true;
  if (typename) {
    const type = schema.type(typename);
    return !!type && isSubtype(typeCondition, type);
  }
  return isSubtype(typeCondition, parentType);
}

function applySelectionSet(
  input: Record<string, unknown>,
  selectionSet: ShapingSelectionSet,
  output: Record<string, unknown>,
  p: Parameters,
  path: Array<string | number>,
  parentType: ShapingType,
): number {
  for (const entry of entriesOf(selectionSet, p)) {
    if (entry.skip === undefined) entry.skip = shouldSkip(entry.selection.element, p);
    if (entry.skip) continue;
    switch (entry.tag) {
      case Tag.Introspection: {
        if (output[entry.responseName] === undefined)
          output[entry.responseName] = p.introspectionHandling(entry.selection);
        continue;
      }
      case Tag.Typename: {
        const responseName = entry.responseName;
        if (output[responseName] === undefined) {
          let inputValue = (Object.hasOwn(input, responseName) ? input[responseName] : undefined) ?? null;
          if (inputValue === null && responseName !== TYPENAME) inputValue = input[TYPENAME] ?? null;
          const type =
            inputValue !== null && typeof inputValue === "string"
              ? (p.schema.type(inputValue) ?? parentType)
              : parentType;
          if (!isObjectType(type)) return NULL_BUBBLE_UP;
          output[responseName] = type.name;
        }
        continue;
      }
      case Tag.Field: {
        const responseName = entry.responseName;
        const inputValue = (Object.hasOwn(input, responseName) ? input[responseName] : undefined) ?? null;
        path.push(responseName);
        const { updated, isInvalid } = updateOutputValue(
          output[responseName],
          entry.type,
          inputValue,
          entry.selectionSet,
          path,
          p,
          parentType,
        );
        output[responseName] = updated;
        path.pop();
        if (isInvalid) return NULL_BUBBLE_UP;
        continue;
      }
      case Tag.Fragment: {
        const typename = input[TYPENAME];
        assert(
          !typename || typeof typename === "string",
          () => `Got unexpected value for __typename: ${String(typename)}`,
        );
        const name = typename ? (typename as string) : undefined;
        const key = name !== undefined ? `t${name}` : `p${parentType.name ?? ""}`;
        let applies = entry.applies.get(key);
        if (applies === undefined) {
          applies = typeConditionApplies(p.schema, entry.typeCondition, name, parentType);
          entry.applies.set(key, applies);
        }
        if (applies) {
          const res = applySelectionSet(
            input,
            entry.selectionSet,
            output,
            p,
            path,
            entry.typeCondition ?? parentType,
          );
          if (res === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
        }
        continue;
      }
    }
  }
  return OK;
}

function pathLastElementDescription(
  path: Array<string | number>,
  currentType: ShapingType,
  parentType: ShapingType,
): string {
  const element = path[path.length - 1];
  assert(element !== undefined, "Should not have been called on an empty path");
  return typeof element === "string"
    ? `field ${String(parentType)}.${element}`
    : `array element of type ${String(currentType)} at index ${element}`;
}

function updateOutputValue(
  outputValue: unknown,
  type: ShapingType,
  inputValue: unknown,
  selectionSet: ShapingSelectionSet | undefined,
  path: Array<string | number>,
  p: Parameters,
  parentType: ShapingType,
): Updated {
  if (inputValue === undefined) assert(false, "Should not pass undefined for `inputValue` to this method");
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return { updated: outputValue };
  if (isNonNullType(type)) {
    const inner = updateOutputValue(outputValue, type.ofType!, inputValue, selectionSet, path, p, parentType);
    if (inner.updated === null) {
      if (!inner.hasErrors) {
        p.errors.push(
          INVALID_GRAPHQL.err(
            `Cannot return null for non-nullable ${pathLastElementDescription(path, type.ofType!, parentType)}.`,
            { path: Array.from(path) },
          ),
        );
      }
      return { updated: inner.updated, isInvalid: true, hasErrors: true };
    }
    return { updated: inner.updated };
  }
  if (inputValue === null) return { updated: null };
  if (isListType(type)) {
    if (!Array.isArray(inputValue))
      assert(
        false,
        () =>
          `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${String(type)}`,
      );
    if (outputValue !== undefined && !Array.isArray(outputValue))
      assert(
        false,
        () =>
          `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${String(type)}`,
      );
    const inputList = inputValue as unknown[];
    const outputList = outputValue as unknown[] | undefined;
    if (outputList !== undefined && inputList.length !== outputList.length)
      assert(
        false,
        () =>
          `[${String(inputList)}].length (${inputList.length}) !== [${String(outputList)}].length (${outputList.length})`,
      );
    let shouldNullify = false;
    let hasErrors = false;
    const updated = new Array<unknown>(inputList.length);
    const itemType = type.ofType!;
    for (let idx = 0; idx < inputList.length; idx++) {
      path.push(idx);
      const elt = updateOutputValue(
        outputList === undefined ? undefined : outputList[idx],
        itemType,
        inputList[idx],
        selectionSet,
        path,
        p,
        parentType,
      );
      path.pop();
      if (elt.isInvalid) shouldNullify = true;
      if (elt.hasErrors) hasErrors = true;
      updated[idx] = elt.updated;
    }
    return { updated: shouldNullify ? null : updated, hasErrors };
  }
  if (isCompositeType(type)) {
    if (!selectionSet) assert(false, () => `Invalid empty selection set for composite type ${String(type)}`);
    if (typeof inputValue !== "object")
      assert(
        false,
        () =>
          `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(type)}`,
      );
    if (outputValue !== undefined && typeof outputValue !== "object")
      assert(
        false,
        () =>
          `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(type)}`,
      );
    const inputObject = inputValue as Record<string, unknown>;
    const inputTypename = inputObject[TYPENAME];
    if (inputTypename !== undefined && typeof inputTypename !== "string")
      assert(
        false,
        () => `Invalid non-string value ${String(inputTypename)} for __typename at ${String(path)}`,
      );
    let objType = type;
    if (inputTypename) {
      const typenameType = p.schema.type(inputTypename);
      if (!typenameType || !isCompositeType(typenameType)) {
        p.errors.push(
          INVALID_GRAPHQL.err(
            `Invalid __typename found for object at ${pathLastElementDescription(path, type, parentType)}.`,
            { path: Array.from(path) },
          ),
        );
        return { updated: null, hasErrors: true };
      }
      objType = typenameType;
    }
    const outputObject =
      outputValue === undefined
        ? (Object.create(null) as Record<string, unknown>)
        : (outputValue as Record<string, unknown>);
    const res = applySelectionSet(inputObject, selectionSet, outputObject, p, path, objType);
    const hasErrors = res === NULL_BUBBLE_UP;
    return { updated: hasErrors ? null : outputObject, hasErrors };
  }
  if (outputValue !== undefined)
    assert(false, () => `Excepted output to be undefined but got ${String(type)} for type ${String(type)}`);
  const isValidValue = isValidLeafValue(p.schema, inputValue, type);
  if (!isValidValue) {
    p.errors.push(
      INVALID_GRAPHQL.err(`Invalid value found for ${pathLastElementDescription(path, type, parentType)}.`, {
        path: Array.from(path),
      }),
    );
  }
  return { updated: isValidValue ? inputValue : null, hasErrors: !isValidValue };
}
