import type { ApolloServerPlugin } from "@apollo/server";
import {
  BREAK,
  Kind,
  TypeInfo,
  getNullableType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { ErrorCode } from "../errors";

/** A literal in the operation that its scalar refused (`"2019-02-30"` as a `LocalDate`). */
interface RefusedLiteral {
  node: ValueNode;
  message: string;
  field: string;
}

type Ancestors = ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>;

/**
 * The dotted input path of a node inside its field's arguments, as `BadUserInputError` names
 * fields: `input.monthlyWageFen`, `rows[3].phone`.
 */
function inputPathOf(
  node: ASTNode,
  parent: ASTNode | ReadonlyArray<ASTNode> | undefined,
  path: ReadonlyArray<string | number>,
  ancestors: Ancestors,
): string {
  // graphql's visitor leaves the parent out of `ancestors`; chain[j] with key path[j] gives chain[j + 1].
  const chain = [...ancestors, ...(parent ? [parent] : []), node];
  let out = "";
  chain.forEach((a, j) => {
    if (Array.isArray(a)) return;
    const n = a as ASTNode;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) {
      out += out ? `.${n.name.value}` : n.name.value;
    } else if (n.kind === Kind.LIST && j + 1 < chain.length) {
      // chain[j] is the list, path[j + 1] the index into its `values`.
      const index = path[j + 1];
      if (typeof index === "number") out += `[${index}]`;
    }
  });
  return out;
}

/** Every scalar literal of the document its scalar's `parseLiteral` refuses, in document order. */
function refusedLiterals(schema: GraphQLSchema, document: DocumentNode): RefusedLiteral[] {
  const found: RefusedLiteral[] = [];
  const typeInfo = new TypeInfo(schema);
  const check = (
    node: ValueNode,
    _key: unknown,
    parent: ASTNode | ReadonlyArray<ASTNode> | undefined,
    path: ReadonlyArray<string | number>,
    ancestors: Ancestors,
  ) => {
    if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return undefined;
    const type = getNullableType(typeInfo.getInputType());
    if (!isScalarType(type)) return undefined;
    try {
      type.parseLiteral(node, undefined);
    } catch (e) {
      found.push({
        node,
        message: e instanceof Error ? e.message : String(e),
        field: inputPathOf(node, parent, path, ancestors),
      });
    }
    // A scalar's literal (a JSON object) has no input fields of its own to look into.
    return false;
  };
  const leaves = {
    IntValue: check,
    FloatValue: check,
    StringValue: check,
    BooleanValue: check,
    EnumValue: check,
    ListValue: check,
    ObjectValue: check,
  };
  visit(document, visitWithTypeInfo(typeInfo, leaves));
  return found;
}

/** Where a variable is used: the input path of its first use in the operation. */
function usageOf(document: DocumentNode, name: string): string | undefined {
  let field: string | undefined;
  visit(document, {
    VariableDefinition: () => false,
    Variable(node, _key, parent, path, ancestors) {
      if (node.name.value !== name) return undefined;
      field = inputPathOf(node, parent, path, ancestors);
      return BREAK;
    },
  });
  return field;
}

/**
 * `Variable "$i" got invalid value 1.5 at "i.monthlyWageFen"; …` → `.monthlyWageFen`, and the
 * input field a coercion message names itself (`…; Field "name" of required type "String!" was not
 * provided.`, `…; Field "nope" is not defined by type "Input".`) → `.name`.
 */
function pathInVariable(message: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = new RegExp(` at "${escaped}((?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message)?.[1] ?? "";
  const named = /; Field "(\w+)" (?:of required type|is not defined by type)/.exec(message)?.[1];
  return named ? `${at}.${named}` : at;
}

/** The input path of `target` (a node of the document) inside its field's arguments, or "". */
function pathOfNode(document: DocumentNode, target: ASTNode): string {
  let field = "";
  visit(document, {
    enter(node, _key, parent, path, ancestors) {
      if (node !== target) return undefined;
      field = inputPathOf(node, parent as ASTNode | ReadonlyArray<ASTNode> | undefined, path, ancestors);
      return BREAK;
    },
  });
  return field;
}

/**
 * The field of a validation error on a value written in the document (graphql-js'
 * ValuesOfCorrectType and ProvidedRequiredArguments rules): the value's path, the input field
 * it lacks (`Field "Input.kind" of required type … was not provided.`), or the argument.
 */
function fieldOfValidationError(document: DocumentNode, err: GraphQLError): string | undefined {
  const node = err.nodes?.[0];
  if (!node) return undefined;
  const missingArgument =
    /^Field "\w+" argument "(\w+)" of type .* is required, but it was not provided\.$/.exec(err.message);
  if (node.kind === Kind.FIELD) return missingArgument?.[1];
  if (node.kind !== Kind.OBJECT_FIELD && node.kind !== Kind.ARGUMENT && !isValueNode(node)) return undefined;
  const at = pathOfNode(document, node);
  if (!at) return undefined;
  const missingField = /^Field "\w+\.(\w+)" of required type .* was not provided\.$/.exec(err.message)?.[1];
  return missingField && node.kind === Kind.OBJECT ? `${at}.${missingField}` : at;
}

function isValueNode(node: ASTNode): node is ValueNode {
  return (
    node.kind === Kind.INT ||
    node.kind === Kind.FLOAT ||
    node.kind === Kind.STRING ||
    node.kind === Kind.BOOLEAN ||
    node.kind === Kind.NULL ||
    node.kind === Kind.ENUM ||
    node.kind === Kind.LIST ||
    node.kind === Kind.OBJECT
  );
}

/** A validation rule's own code (a gateway limit's): such an error is about the document, not a field. */
function ruleCodeOf(err: GraphQLError): unknown {
  const original = err.originalError as { extensions?: Record<string, unknown> } | undefined;
  return original?.extensions?.["code"];
}

const CHINESE = /[\u4e00-\u9fff]/;

/** Names the field and, when the refusal came in English only (a library scalar's), leads in Chinese. */
function nameField(err: GraphQLError, field: string, extra: Record<string, unknown> = {}): void {
  setExtensions(err, { ...extra, field });
  // A library's message quotes the value, which may be Chinese ("got invalid value { title: "保洁员" }").
  if (!CHINESE.test(err.message.replace(/"(?:[^"\\]|\\.)*"/g, "")))
    err.message = `${field} 的值无效 / Invalid value for ${field}: ${err.message}`;
}

function setExtensions(err: GraphQLError, values: Record<string, unknown>): void {
  const ext = err.extensions as Record<string, unknown> | undefined;
  if (ext) Object.assign(ext, values);
  else Object.defineProperty(err, "extensions", { value: values, enumerable: true, writable: true });
}

/**
 * Names the field of input refused before any resolver ran, as resolvers' own refusals do
 * (issue 9: every refusal names its field), in the subgraphs and in the gateway:
 * `extensions.field` on a variable refused (the input path where the variable is used, then the
 * path inside it: `input.monthlyWageFen`), on a literal a scalar refused (`filter.heldFrom`), and
 * on every other value the document got wrong (a string for an `Int`, an unknown enum value or
 * input field, a required field or argument left out). A refused literal also becomes
 * `BAD_USER_INPUT` whatever code its scalar or rule gave; a limit on the document keeps its own.
 */
export function inputFieldOnErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          const document = rc.document;
          if (!document) return;
          let literals: RefusedLiteral[] | undefined;
          for (const err of rc.errors) {
            if (err.extensions?.["field"] !== undefined) continue;
            const node = err.nodes?.[0];
            if (node?.kind === Kind.VARIABLE_DEFINITION) {
              if (err.extensions?.["code"] !== ErrorCode.BadUserInput) continue;
              const name = node.variable.name.value;
              const usage = usageOf(document, name) ?? name;
              nameField(err, usage + pathInVariable(err.message, name));
              continue;
            }
            const code = err.extensions?.["code"];
            if (code !== "GRAPHQL_VALIDATION_FAILED" && code !== ErrorCode.BadUserInput) continue;
            literals ??= refusedLiterals(rc.schema, document);
            const at = literals.findIndex((l) => l.node === node || l.message === err.message);
            const hit = at >= 0 ? literals.splice(at, 1)[0] : undefined;
            if (hit) {
              nameField(err, hit.field, { code: ErrorCode.BadUserInput });
              continue;
            }
            const rule = ruleCodeOf(err);
            if (rule !== undefined && rule !== ErrorCode.BadUserInput) continue;
            const field = fieldOfValidationError(document, err);
            if (field) nameField(err, field, { code: ErrorCode.BadUserInput });
          }
        },
      };
    },
  };
}
