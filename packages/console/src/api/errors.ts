import type { CombinedError } from "@urql/core";
import type { GraphQLError } from "graphql";
import type { FormInstance } from "antd";

/**
 * What the console makes of the graph's errors (ARCHITECTURE.md, "The graph"): every error carries
 * `extensions.code`; `BAD_USER_INPUT` names the field (`extensions.field`, all of them in
 * `extensions.problems`) with the reason in Chinese; `CONFLICT` is an optimistic-lock refusal;
 * `SERVICE_UNAVAILABLE` sits on each path a department's service that did not answer owed.
 */
export interface FieldProblem {
  /** The input path as the server names it, e.g. `input.idNumber`. */
  field: string;
  zh: string;
}

export const CONFLICT_MESSAGE = "此记录已被他人修改，请刷新后重试";

type Ext = Record<string, unknown>;
const ext = (e: GraphQLError): Ext => (e.extensions ?? {}) as Ext;

export function codesOf(error: CombinedError | undefined | null): string[] {
  return (error?.graphQLErrors ?? []).map((e) => String(ext(e)["code"] ?? ""));
}

/** Every field problem of a refused input, in the order the server gave them. */
export function fieldProblems(error: CombinedError | undefined | null): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    const x = ext(e);
    if (x["code"] !== "BAD_USER_INPUT") continue;
    const problems = Array.isArray(x["problems"]) ? (x["problems"] as Ext[]) : [];
    if (problems.length > 0) {
      for (const p of problems) {
        out.push({
          field: String(p["field"] ?? ""),
          zh: String(p["messageZh"] ?? p["message"] ?? e.message),
        });
      }
    } else if (typeof x["field"] === "string") {
      out.push({ field: x["field"], zh: String(x["messageZh"] ?? e.message) });
    }
  }
  return out;
}

/** One sentence in Chinese for a failed action (for a message or an alert). */
export function messageOf(error: CombinedError | Error | undefined | null): string {
  if (!error) return "";
  if (!("graphQLErrors" in error)) return error.message;
  if (error.networkError) return "无法连接服务器，请检查网络后重试";
  const first = error.graphQLErrors[0];
  if (!first) return error.message;
  const x = ext(first);
  switch (x["code"]) {
    case "CONFLICT":
      return CONFLICT_MESSAGE;
    case "UNAUTHENTICATED":
      return "登录已过期，请重新登录";
    case "FORBIDDEN":
      return typeof x["messageZh"] === "string" ? `无权操作：${x["messageZh"]}` : "无权执行此操作";
    case "NOT_FOUND":
      return "记录不存在或不在您的管辖范围内";
    case "SERVICE_UNAVAILABLE":
      return "部分服务暂不可用，请稍后重试";
    case "BAD_USER_INPUT": {
      const p = fieldProblems(error);
      return p.length > 0 ? p.map((q) => q.zh).join("；") : String(x["messageZh"] ?? first.message);
    }
    default:
      return typeof x["messageZh"] === "string" ? x["messageZh"] : "操作失败，请稍后重试";
  }
}

/**
 * Whether the service behind `path` (e.g. `["person", "employment"]`) did not answer: an error on
 * that path or below it. With `exact`, only on the path itself: the registry's `person` when one
 * query also asks other services' fields of it (the dossier), whose errors lie below `person`.
 */
export function unavailableAt(
  error: CombinedError | undefined | null,
  path: (string | number)[],
  opts: { exact?: boolean } = {},
): boolean {
  return (error?.graphQLErrors ?? []).some((e) => {
    if (ext(e)["code"] !== "SERVICE_UNAVAILABLE") return false;
    const p = e.path ?? [];
    if (opts.exact && p.length !== path.length) return false;
    return path.every((seg, i) => p[i] === seg);
  });
}

/**
 * Puts the server's field problems beside antd form fields: `input.idNumber` → field `idNumber`
 * (`prefix` is stripped; nested paths become name arrays; an item of a list field, `personIds[1]`,
 * goes to the list's field). Returns the problems no field took.
 */
export function applyFieldErrors<T>(
  form: FormInstance<T>,
  error: CombinedError | undefined | null,
  prefix = "input.",
  /** The server's field (after `prefix`) → the form's, where they differ (`monthlyWageFen` → `wage`). */
  rename: Record<string, string> = {},
): FieldProblem[] {
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const left: FieldProblem[] = [];
  const byField = new Map<string, string[]>();
  for (const p of fieldProblems(error)) {
    const bare = p.field.startsWith(prefix) ? p.field.slice(prefix.length) : p.field;
    let name = rename[bare] ?? bare;
    let top = name.split(".")[0] ?? "";
    // One item of a list the form holds as one field (`personIds[1]` of a multiple select): the
    // problem goes beside that field.
    const item = /^([^.[\]]+)\[\d+\]/.exec(name)?.[1];
    if (!(top in values) && item !== undefined && item in values) name = top = item;
    if (!(top in values)) {
      left.push(p);
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), p.zh]);
  }
  // Field names from the server are paths into the form's values; antd types them per form.
  const fields = [...byField].map(([name, errors]) => ({ name: name.split("."), errors }));
  form.setFields(fields as Parameters<FormInstance<T>["setFields"]>[0]);
  return left;
}

/**
 * A refused form submission: field problems go beside their fields; what is left (a conflict, a
 * refusal, a problem of no field on the form) comes back as one sentence for the form's top.
 */
export function formErrorOf<T>(
  form: FormInstance<T>,
  error: CombinedError,
  prefix = "input.",
  rename: Record<string, string> = {},
): string | null {
  const left = applyFieldErrors(form, error, prefix, rename);
  if (codesOf(error)[0] !== "BAD_USER_INPUT") return messageOf(error);
  return left.length > 0 ? left.map((p) => p.zh).join("；") : null;
}
