import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { SeededRandom } from "@pa/service-kit";

/**
 * The generator of the mutation fuzz (issue 9, "Done when"): malformed inputs for every argument
 * of every mutation of the composed API schema, per argument type, inline and as variables, from
 * one seed so a failure reproduces. The spec sends them through the gateway.
 */

/** An enum value as a literal (`kind: OFFERS`); as a variable it is its name. */
export class EnumToken {
  constructor(readonly name: string) {}
}

/** A value the generator builds: JSON with enum tokens, and `undefined` for a left-out field. */
export type FuzzValue =
  null | boolean | number | string | EnumToken | FuzzValue[] | { [key: string]: FuzzValue | undefined };

export interface MutationUnderFuzz {
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** The mutations of the committed supergraph's API (the join directives are read, not applied). */
export function supergraphMutations(sdlPath: string): {
  schema: GraphQLSchema;
  mutations: MutationUnderFuzz[];
} {
  const schema = buildSchema(readFileSync(sdlPath, "utf8"), { assumeValidSDL: true });
  const mutationType = schema.getMutationType();
  if (!mutationType) throw new Error(`${sdlPath} has no Mutation type`);
  const mutations = Object.values(mutationType.getFields())
    .filter((f) => !f.astNode?.directives?.some((d) => d.name.value === "inaccessible"))
    .map((field) => ({ name: field.name, field }));
  return { schema, mutations };
}

/** One slot of a mutation's arguments: a path (`input.personIds`) and the type found there. */
interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
  /** The field's name (`personId`), for the baseline's look-up. */
  name: string;
  /** The schema gives a value when it is left out (`Boolean! = false`). */
  hasDefault: boolean;
  /** The input type holding it ("" for an argument). */
  parent: string;
}

/** Every argument, input field and list of the arguments, depth first (input types are finite here). */
function slotsOf(field: GraphQLField<unknown, unknown>): Slot[] {
  const out: Slot[] = [];
  const walk = (
    type: GraphQLInputType,
    path: (string | number)[],
    name: string,
    seen: Set<string>,
    hasDefault = false,
    parent = "",
  ) => {
    out.push({ path, type, name, hasDefault, parent });
    const named = getNamedType(type);
    let inner: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      inner = inner.ofType as GraphQLInputType;
      if (isInputObjectType(getNamedType(inner))) walk(inner, [...path, 0], name, seen, false, parent);
      return;
    }
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields())) {
        walk(
          f.type,
          [...path, f.name],
          f.name,
          new Set([...seen, named.name]),
          f.defaultValue !== undefined,
          named.name,
        );
      }
    }
  };
  for (const a of field.args) walk(a.type, [a.name], a.name, new Set(), a.defaultValue !== undefined);
  return out;
}

/** What the baseline puts where a value of a known kind belongs (the seeded records' ids, say). */
export interface Baseline {
  /**
   * An id for a field by name in a mutation (`personId` → the seeded person, `input.id` of
   * `updateHousehold` → a household a probe made), or undefined for a fresh one.
   */
  idFor(fieldName: string, mutation: string): string | undefined;
  /** A text value for a field by name of an input type (`townshipCode` → the seeded township), or undefined. */
  textFor(fieldName: string, inputType: string, caseNo: number): string | undefined;
  /** A fresh, well-formed id of nothing. */
  freshId(): string;
  /**
   * Any other value for a field by name in a mutation (the current `version` of the record it
   * names, a well-formed JSON parameter set), or undefined for the generator's own.
   */
  valueFor?(fieldName: string, mutation: string): FuzzValue | undefined;
}

/** A well-formed value of `type`: what a clerk would send, so the malformed part is the only fault. */
interface At {
  mutation: string;
  /** The input type the value is a field of ("" for an argument). */
  parent: string;
  caseNo: number;
}

function baselineValue(type: GraphQLInputType, name: string, b: Baseline, at: At): FuzzValue {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    return [baselineValue(item, name.replace(/Ids$/, "Id"), b, at)];
  }
  const given = b.valueFor?.(name, at.mutation);
  // A copy: a case breaks its own baseline in place.
  if (given !== undefined) return copyValue(given);
  const named = getNamedType(inner);
  if (isEnumType(named)) return new EnumToken(named.getValues()[0]!.name);
  if (isInputObjectType(named)) {
    const obj: Record<string, FuzzValue> = {};
    for (const f of Object.values(named.getFields())) {
      // An optional field only where the baseline gives it (an apprenticeship for an apprenticeship project).
      if (isNonNullType(f.type) || b.valueFor?.(f.name, at.mutation) !== undefined)
        obj[f.name] = baselineValue(f.type, f.name, b, { ...at, parent: named.name });
    }
    return obj;
  }
  switch (named.name) {
    case "ID":
      return b.idFor(name, at.mutation) ?? b.freshId();
    case "String":
      return b.textFor(name, at.parent, at.caseNo) ?? "测试";
    case "LocalDate":
      return "2019-06-01";
    case "DateTimeISO":
      return "2019-06-01T08:00:00.000Z";
    case "Fen":
      return 10_000;
    case "Int":
      return /year/i.test(name) ? 2019 : /month/i.test(name) ? 6 : 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "JSON":
    case "JSONObject":
      return {};
    default:
      throw new NoGeneratorError(named);
  }
}

function copyValue(v: FuzzValue): FuzzValue {
  if (Array.isArray(v)) return v.map(copyValue);
  if (v && typeof v === "object" && !(v instanceof EnumToken))
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, x === undefined ? undefined : copyValue(x)]),
    );
  return v;
}

/** A scalar the generator does not know: the spec fails, naming it, until a generator is added. */
export class NoGeneratorError extends Error {
  constructor(readonly type: GraphQLNamedType) {
    super(`no fuzz generator for scalar ${type.name}`);
  }
}

const LONG = "长".repeat(100_000);
const NESTED_JSON = (depth: number): FuzzValue => (depth === 0 ? "\u0000" : { n: NESTED_JSON(depth - 1) });

/**
 * The malformed values for a slot of this type, each with what it is (for the summary). Every one
 * must be refused wherever it is sent: none is a value a clerk could mean.
 */
function malformedValues(
  slot: Slot,
  r: SeededRandom,
  b: Baseline,
  mutation: string,
): { kind: string; value: FuzzValue | undefined }[] {
  const { type } = slot;
  const out: { kind: string; value: FuzzValue | undefined }[] = [];
  const add = (kind: string, value: FuzzValue | undefined) => out.push({ kind, value });
  const required = isNonNullType(type);
  if (required) {
    add("null for a required value", null);
    if (!slot.hasDefault) add("required value left out", undefined);
  }
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    const itemType = getNamedType(item);
    if (itemType.name === "ID") {
      const id = b.idFor(slot.name.replace(/Ids$/, "Id"), mutation) ?? b.freshId();
      add(
        "one id 5,000 times",
        Array.from({ length: 5_000 }, () => id),
      );
      add("an id twice", [id, id]);
      add(
        "1,001 ids",
        Array.from({ length: 1_001 }, () => b.freshId()),
      );
      add("an empty-string id in a list", [id, ""]);
    }
    if (isNonNullType(item)) add("null in a list of required items", [null]);
    add("a deeply nested list", nestedList(r.int(20, 40)));
    return out;
  }
  const named = getNamedType(inner);
  if (isEnumType(named)) {
    const first = named.getValues()[0]!.name;
    add("unknown enum value", new EnumToken("NOT_A_VALUE_" + r.int(1, 999)));
    add(
      "enum value in lower case",
      new EnumToken(first.toLowerCase() === first ? `X${first}` : first.toLowerCase()),
    );
    add("enum value as a number", 1);
    add("empty enum value", "");
    return out;
  }
  if (isInputObjectType(named)) {
    add("a string for an input object", "x");
    add("a list for an input object", [1]);
    add("an unknown field", {
      ...(baselineValue(inner, slot.name, b, { mutation, parent: slot.parent, caseNo: 0 }) as object),
      notAField: 1,
    });
    return out;
  }
  switch (named.name) {
    case "LocalDate":
      for (const d of [
        "2019-02-30",
        "20190101",
        "",
        "9999-12-31",
        "2019-13-01",
        "2019-02-29",
        "0000-00-00",
        "2019-6-1",
        " 2019-06-01",
        "2019-06-01T00:00:00Z",
        "昨天",
      ])
        add(`date ${JSON.stringify(d)}`, d);
      add("date as a number", 20190101);
      add("date with a NUL", "2019-06-01\u0000");
      break;
    case "Fen":
      add("fractional fen", r.pick([1.5, 0.01, 99.999]));
      add("huge fen", r.pick([2 ** 60, 1e21, Number.MAX_SAFE_INTEGER + 2]));
      add("fen as text", r.pick(["100", "1e3", "一百元"]));
      add("fen as a boolean", true);
      add("negative fen", -r.int(1, 1_000_000));
      break;
    case "JSON":
    case "JSONObject":
      add("JSON: a number", 3);
      add("JSON: text", "not an object");
      add("JSON: a list", [1, 2]);
      add("JSON: a NUL inside", { note: "a\u0000b" });
      add("JSON: nested 30 deep with a control character", NESTED_JSON(30));
      break;
    case "String":
      add("NUL character", `a\u0000b`);
      add("control character", `x${String.fromCharCode(r.pick([1, 7, 8, 27, 127, 0x85, 0x9f]))}y`);
      add("100 kB text", LONG);
      add("text as a number", 42);
      add("text as an object", { a: 1 });
      if (required) {
        add("empty text", "");
        add("blank text", "   ");
      }
      break;
    case "ID":
      add("empty-string id", "");
      add("blank id", "  ");
      add("id with a NUL", "01\u0000");
      add("over-long id", "9".repeat(r.int(65, 500)));
      add("id as a boolean", true);
      add("id as a fraction", 1.5);
      break;
    case "Int":
      add("Int above 2^31", 2 ** 31 + r.int(0, 1000));
      add("Int below -2^31", -(2 ** 31) - 1);
      add("fractional Int", 1.5);
      add("Int as text", "1");
      // A count, a year or a day is never negative; a version is compared, not bounded.
      if (!/version/i.test(slot.name)) add("negative Int", -r.int(1, 1000));
      if (/year|quarter|month|days/i.test(slot.name)) add("Int far out of range", 99_999);
      break;
    case "Float":
      add("Float as text", "1.0");
      break;
    case "Boolean":
      add("Boolean as text", "true");
      add("Boolean as a number", 1);
      break;
    case "DateTimeISO":
      add("timestamp that is no time", "2019-02-30T25:00:00Z");
      add("timestamp as text", "yesterday");
      break;
    default:
      throw new NoGeneratorError(named);
  }
  return out;
}

function nestedList(depth: number): FuzzValue {
  let v: FuzzValue = "x";
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** One malformed request: which mutation, what was broken where, and how it is sent. */
export interface FuzzCase {
  no: number;
  mutation: string;
  /** The input path broken (`input.birthDate`), or `(document)` for a document-level case. */
  slot: string;
  kind: string;
  mode: "inline" | "variable" | "document";
  query: string;
  variables: Record<string, unknown>;
  /** Whether an input refusal must name a field (not for limits on the document). */
  fieldLevel: boolean;
}

/** `input.personIds[0].x` from a path. */
export function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Puts `value` at `path`, building an optional parent the baseline left out with `parentAt`. */
function setAt(
  root: Record<string, FuzzValue | undefined>,
  path: (string | number)[],
  value: FuzzValue | undefined,
  parentAt: (prefix: (string | number)[]) => FuzzValue,
): void {
  let cur: FuzzValue | undefined = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const holder = cur as Record<string | number, FuzzValue | undefined>;
    let next: FuzzValue | undefined = holder[key];
    if (next === undefined || next === null) {
      next = parentAt(path.slice(0, i + 1));
      holder[key] = next;
    }
    if (typeof next !== "object" || next === null || next instanceof EnumToken) {
      throw new Error(`fuzz: no input object at ${pathText(path.slice(0, i + 1))}`);
    }
    cur = next;
  }
  const last = path[path.length - 1]!;
  const holder = cur as Record<string | number, FuzzValue | undefined>;
  if (value === undefined) delete holder[last];
  else holder[last] = value;
}

/** A literal as GraphQL writes it; JSON's string escapes are GraphQL's. */
export function printLiteral(v: FuzzValue | undefined): string {
  if (v === undefined || v === null) return "null";
  if (v instanceof EnumToken) return v.name;
  if (Array.isArray(v)) return `[${v.map(printLiteral).join(", ")}]`;
  if (typeof v === "object") {
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${k}: ${printLiteral(x)}`)
      .join(", ")}}`;
  }
  if (typeof v === "number")
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? BigInt(v).toString() : String(v);
  return JSON.stringify(v);
}

/** As a JSON variable: enum tokens are their names. */
function toJson(v: FuzzValue | undefined): unknown {
  if (v instanceof EnumToken) return v.name;
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, toJson(x)]])),
    );
  }
  return v;
}

function typeText(t: GraphQLInputType): string {
  return t.toString();
}

function operation(
  m: MutationUnderFuzz,
  args: Record<string, FuzzValue | undefined>,
  mode: "inline" | "variable",
) {
  const defined = m.field.args.filter((a) => args[a.name] !== undefined || mode === "variable");
  if (mode === "inline") {
    const list = defined.map((a) => `${a.name}: ${printLiteral(args[a.name])}`).join(", ");
    return { query: `mutation Fuzz { ${m.name}${list ? `(${list})` : ""} { __typename } }`, variables: {} };
  }
  const defs = defined.map((a) => `$${a.name}: ${typeText(a.type)}`).join(", ");
  const uses = defined.map((a) => `${a.name}: $${a.name}`).join(", ");
  const variables: Record<string, unknown> = {};
  for (const a of defined) if (args[a.name] !== undefined) variables[a.name] = toJson(args[a.name]);
  return {
    query: `mutation Fuzz${defs ? `(${defs})` : ""} { ${m.name}${uses ? `(${uses})` : ""} { __typename } }`,
    variables,
  };
}

/** A selection as deep as the return type goes (following object fields without arguments). */
function deepSelection(type: GraphQLObjectType, depth: number): string | undefined {
  if (depth === 0) return "__typename";
  for (const f of Object.values(type.getFields())) {
    const named = getNamedType(f.type);
    if (isObjectType(named) && f.args.every((a) => !isNonNullType(a.type))) {
      const inner = deepSelection(named, depth - 1);
      if (inner) return `${f.name} { ${inner} }`;
    }
  }
  return undefined;
}

/**
 * The cases of one mutation: every malformed value of every slot once, each sent inline or as a
 * variable at random (both for the kinds that matter most: dates, money, JSON, text), and the
 * document-level attacks (aliases, aliased `__typename`, depth).
 */
export function casesFor(m: MutationUnderFuzz, r: SeededRandom, b: Baseline, startNo: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  let no = startNo;
  const baselineArgs = (caseNo: number) => {
    const args: Record<string, FuzzValue | undefined> = {};
    for (const a of m.field.args)
      args[a.name] = baselineValue(a.type, a.name, b, { mutation: m.name, parent: "", caseNo });
    return args;
  };
  const slots = slotsOf(m.field);
  const slotAt = new Map(slots.map((s) => [pathText(s.path), s]));
  for (const slot of slots) {
    for (const { kind, value } of malformedValues(slot, r, b, m.name)) {
      const both = /date|fen|JSON|NUL/i.test(kind);
      const modes: ("inline" | "variable")[] = both
        ? ["inline", "variable"]
        : [r.pick(["inline", "variable"] as const)];
      for (const mode of modes) {
        const args = baselineArgs(no);
        const parentAt = (prefix: (string | number)[]) => {
          const parent = slotAt.get(pathText(prefix));
          if (!parent) throw new Error(`fuzz: no slot at ${pathText(prefix)}`);
          // A list's own baseline holds one item; the path goes on into it.
          return baselineValue(parent.type, parent.name, b, {
            mutation: m.name,
            parent: parent.parent,
            caseNo: no,
          });
        };
        setAt(args, slot.path, value, parentAt);
        // A required argument left out entirely is only expressible inline (a variable must be declared).
        cases.push({
          no,
          mutation: m.name,
          slot: pathText(slot.path),
          kind,
          mode,
          ...operation(m, args, mode),
          fieldLevel: true,
        });
        no += 1;
      }
    }
  }
  // Document-level: many aliases of the mutation, aliased __typename, a selection too deep.
  const inline = operation(m, baselineArgs(no), "inline").query;
  const body = inline.slice("mutation Fuzz { ".length, -2);
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: ${body}`).join(" ");
  cases.push({
    no: no++,
    mutation: m.name,
    slot: "(document)",
    kind: "40 aliases of the mutation",
    mode: "document",
    query: `mutation Fuzz { ${aliases} }`,
    variables: {},
    fieldLevel: false,
  });
  const typenames = Array.from({ length: 60 }, (_, i) => `t${i}: __typename`).join(" ");
  cases.push({
    no: no++,
    mutation: m.name,
    slot: "(document)",
    kind: "60 aliased __typename",
    mode: "document",
    query: inline.replace("{ __typename }", `{ ${typenames} }`),
    variables: {},
    fieldLevel: false,
  });
  const ret = getNamedType(m.field.type);
  const deep = isObjectType(ret) ? deepSelection(ret, 14) : undefined;
  if (deep) {
    cases.push({
      no: no++,
      mutation: m.name,
      slot: "(document)",
      kind: "a selection 15 deep",
      mode: "document",
      query: inline.replace("{ __typename }", `{ ${deep} }`),
      variables: {},
      fieldLevel: false,
    });
  }
  return cases;
}

/**
 * The well-formed call of a mutation the cases break one slot of (to find who may call it, and
 * to make the records later calls refer to): it selects the record's `id` where it has one.
 */
export function wellFormedCall(
  m: MutationUnderFuzz,
  b: Baseline,
  caseNo = 0,
): { query: string; variables: Record<string, unknown> } {
  const args: Record<string, FuzzValue | undefined> = {};
  for (const a of m.field.args)
    args[a.name] = baselineValue(a.type, a.name, b, { mutation: m.name, parent: "", caseNo });
  const call = operation(m, args, "variable");
  const ret = getNamedType(m.field.type);
  const selectsId = isObjectType(ret) && "id" in ret.getFields();
  return selectsId ? { ...call, query: call.query.replace("{ __typename }", "{ __typename id }") } : call;
}
