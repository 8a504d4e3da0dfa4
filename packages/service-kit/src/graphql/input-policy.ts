import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { Extensions } from "type-graphql";
import { BadUserInputError, type FieldProblem } from "../errors";

/**
 * The one length and format policy for text and ids every subgraph accepts, applied by the kit to
 * every argument and input field before a resolver runs (issue 9, items 2 and 3):
 *
 * - text (`String`): at most {@link INPUT_POLICY.maxTextLength} characters unless the field
 *   declares more with {@link TextInput}; no control characters (C0, DEL, C1), except tab and line
 *   breaks in fields declared `multiline`;
 * - ids (`ID`): non-empty, no surrounding spaces, no control characters, at most
 *   {@link INPUT_POLICY.maxIdLength} characters;
 * - lists: at most {@link INPUT_POLICY.maxListItems} items; an id list names each id once;
 * - JSON values: no control characters in any string inside, at most
 *   {@link INPUT_POLICY.maxJsonDepth} levels of nesting (deeper was not looked into before).
 *
 * Dates are bounded by the `LocalDate` scalar itself (see `scalars.ts`). A domain rule that is
 * stricter (a name of at most 50 characters) stays in the service and gives its own message.
 */
export const INPUT_POLICY = {
  maxTextLength: 200,
  maxIdLength: 64,
  maxListItems: 1000,
  /** Levels of objects and lists inside a JSON value (policy parameters are a few deep). */
  maxJsonDepth: 20,
  /** Beyond this many problems the rest are not listed (5,000 repeated ids are one mistake). */
  maxProblems: 20,
} as const;

/** What a text field declares beyond the default policy. */
export interface TextRule {
  /** Longest accepted value in characters (UTF-16 units, as `String.length`). */
  maxLength?: number;
  /** Tab and line breaks are accepted (a note, a follow-up). */
  multiline?: boolean;
}

const EXTENSION = "paText";

/**
 * Declares a text input's limits beyond the default: `@TextInput({ maxLength: 2000, multiline: true })`
 * on an `@InputType` or `@ArgsType` field, beside its `@Field`.
 */
export function TextInput(rule: TextRule): PropertyDecorator {
  return Extensions({ [EXTENSION]: rule }) as PropertyDecorator;
}

/** The declared rules of a type-graphql schema, keyed `Input.field` and `Type.field(arg)`. */
export type TextRules = Map<string, TextRule>;

/**
 * Reads the {@link TextInput} declarations from the schema type-graphql built. They do not survive
 * the SDL round trip into the federated schema, so they are collected before it.
 */
export function collectTextRules(schema: GraphQLSchema): TextRules {
  const rules: TextRules = new Map();
  const ruleOf = (ext: Record<string, unknown> | undefined | null) =>
    ext?.[EXTENSION] as TextRule | undefined;
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) {
        const r = ruleOf(f.extensions);
        if (r) rules.set(`${type.name}.${f.name}`, r);
      }
    } else if (isObjectType(type)) {
      for (const f of Object.values(type.getFields())) {
        for (const a of f.args) {
          const r = ruleOf(a.extensions);
          if (r) rules.set(`${type.name}.${f.name}(${a.name})`, r);
        }
      }
    }
  }
  return rules;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, with tab, line feed and carriage return allowed
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, zh: string, en: string): void {
    if (this.list.length < INPUT_POLICY.maxProblems) this.list.push({ field, messageZh: zh, messageEn: en });
  }
}

function checkText(value: string, path: string, rule: TextRule | undefined, p: Problems): void {
  const control = rule?.multiline ? CONTROL_MULTILINE : CONTROL;
  if (control.test(value)) {
    p.add(
      path,
      `${path}含有不允许的控制字符`,
      `${path} contains a control character (such as U+0000); remove it and try again`,
    );
  }
  const max = rule?.maxLength ?? INPUT_POLICY.maxTextLength;
  if (value.length > max)
    p.add(path, `${path}不能超过${max}个字符`, `${path} must be at most ${max} characters`);
}

function checkId(value: string, path: string, p: Problems): void {
  if (value.trim() === "") {
    p.add(path, `${path}不能为空`, `${path} must not be empty`);
  } else if (value.trim() !== value) {
    p.add(path, `${path}首尾不能有空格`, `${path} must not begin or end with spaces`);
  }
  if (CONTROL.test(value)) p.add(path, `${path}含有不允许的控制字符`, `${path} contains a control character`);
  const max = INPUT_POLICY.maxIdLength;
  if (value.length > max)
    p.add(path, `${path}不能超过${max}个字符`, `${path} must be at most ${max} characters`);
}

function checkJson(value: unknown, path: string, p: Problems, depth = 0): void {
  if (typeof value === "string") {
    if (CONTROL.test(value))
      p.add(path, `${path}含有不允许的控制字符`, `${path} contains a control character`);
  } else if (value && typeof value === "object") {
    if (depth >= INPUT_POLICY.maxJsonDepth) {
      // A control character further down would go unseen: too deep is itself the problem.
      const max = INPUT_POLICY.maxJsonDepth;
      p.add(path, `${path}嵌套不能超过${max}层`, `${path} may be nested at most ${max} levels deep`);
      return;
    }
    for (const [k, v] of Object.entries(value)) checkJson(v, `${path}.${k}`, p, depth + 1);
  }
}

function check(
  type: GraphQLInputType,
  value: unknown,
  path: string,
  rule: TextRule | undefined,
  rules: TextRules,
  p: Problems,
): void {
  if (value == null) return;
  if (isNonNullType(type)) return check(type.ofType, value, path, rule, rules, p);
  if (isListType(type)) {
    if (!Array.isArray(value)) return;
    const item = type.ofType as GraphQLInputType;
    if (value.length > INPUT_POLICY.maxListItems) {
      p.add(
        path,
        `${path}最多${INPUT_POLICY.maxListItems}项，收到${value.length}项`,
        `${path} may hold at most ${INPUT_POLICY.maxListItems} items, got ${value.length}`,
      );
      return;
    }
    const named = getNamedType(item);
    const seen = new Map<unknown, number>();
    value.forEach((v: unknown, i) => {
      if (named.name === "ID" && !isListType(isNonNullType(item) ? item.ofType : item)) {
        const first = seen.get(v);
        if (first !== undefined) {
          p.add(
            `${path}[${i}]`,
            `${path}[${i}]与第${first + 1}项重复`,
            `${path}[${i}] repeats ${path}[${first}]`,
          );
        } else seen.set(v, i);
      }
      check(item, v, `${path}[${i}]`, rule, rules, p);
    });
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== "object") return;
    const obj = value as Record<string, unknown>;
    for (const f of Object.values(type.getFields())) {
      check(f.type, obj[f.name], `${path}.${f.name}`, rules.get(`${type.name}.${f.name}`), rules, p);
    }
    return;
  }
  if (isScalarType(type)) {
    if (type.name === "String" && typeof value === "string") checkText(value, path, rule, p);
    else if (type.name === "ID" && typeof value === "string") checkId(value, path, p);
    else if (type.name === "JSON" || type.name === "JSONObject") checkJson(value, path, p);
  }
}

/** The problems of one field's arguments under the policy; empty when all is well. */
export function inputProblems(
  typeName: string,
  fieldName: string,
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
  rules: TextRules,
): FieldProblem[] {
  const p = new Problems();
  for (const a of args) {
    check(a.type, values[a.name], a.name, rules.get(`${typeName}.${fieldName}(${a.name})`), rules, p);
  }
  return p.list;
}

/**
 * Puts the policy in front of every resolver that takes arguments, in place (the federated
 * schema's entity resolvers live on its types, so the schema is not rebuilt). The federation's
 * own fields (`_entities`, `_service`) carry the gateway's references, not a clerk's input.
 */
export function applyInputPolicy(schema: GraphQLSchema, rules: TextRules): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || field.name.startsWith("_")) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      // A field's arguments come from its node in the document and the operation's variables
      // only, so they are the same on every row of a list: checked once per node and variables
      // (1,800 subsidies' `state(asOf)` on a dossier page are one check, not 1,800).
      const passed = new WeakMap<object, WeakSet<object>>();
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        const node = info.fieldNodes[0]!;
        const variables = info.variableValues as object;
        let seen = passed.get(node);
        if (!seen?.has(variables)) {
          const problems = inputProblems(type.name, field.name, field.args, args, rules);
          if (problems.length > 0) throw new BadUserInputError(problems);
          if (!seen) passed.set(node, (seen = new WeakSet()));
          seen.add(variables);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
}
