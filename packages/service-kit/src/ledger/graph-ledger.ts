import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { isIsoDate } from "../dates";
import type { Bilingual } from "../errors";
import { defineLedger, type Ledger, type LedgerColumn } from "./ledger";

/**
 * 台账下载 Ledgers served as files by the gateway (`GET /exports/<name>.xlsx`), declared once by the
 * service that owns the rows. A declaration is data the gateway loads: a GraphQL operation it runs
 * through the supergraph with the caller's token (so the subgraphs apply township scope and ID
 * masking exactly as they do for the console), the query parameters that fill its variables, and
 * the columns the kit's writer lays out. The person's name and ID number and the township name are
 * joined through the graph (`person { name idNumber }` by federation, `townships { code name }` from
 * the registry), never by reading another service's tables.
 */

/** The most rows one page of a ledger's connection asks for (the kit's `MAX_PAGE_SIZE`). */
export const LEDGER_PAGE_SIZE = 500;

/** How a query parameter is read from the URL. */
export type LedgerParamType =
  /** one string */
  | "string"
  /** a list: repeated (`?t=a&t=b`) or comma-separated (`?t=a,b`) */
  | "strings"
  /** a business date YYYY-MM-DD */
  | "date"
  /** a whole number */
  | "int"
  /** one of `values` */
  | "enum"
  /** several of `values`, as for `strings` */
  | "enums";

/** One query parameter of a ledger download. */
export interface LedgerParam {
  /** The URL parameter, e.g. `townshipCodes`. */
  name: string;
  type: LedgerParamType;
  /** The operation variable it fills, dotted for a field of an input: `filter.townshipCodes`. */
  variable: string;
  /** For `enum`/`enums`: the values allowed. */
  values?: readonly string[];
  required?: boolean;
  /** The value when the URL does not give one (e.g. today for an `asOf`). */
  default?: () => unknown;
  /** Township codes: each must lie in the caller's scope (403 otherwise, never a silently empty file). */
  townships?: boolean;
  /** What it selects, for the catalogue (`GET /exports`) and the docs. */
  description: Bilingual;
}

/** What a ledger's columns read: one node of the connection, and township names by code. */
export interface GraphLedgerRow<N> {
  node: N;
  /** The registry's name of a township (the code itself when the registry does not know it). */
  townshipName(code: string | null | undefined): string | undefined;
}

/** A ledger declaration: where its rows come from in the graph and how the sheet reads. */
export interface GraphLedgerDefinition<N> {
  /** The URL name: `offer-ledger` is served at `/exports/offer-ledger.xlsx`. Lower-case words and dashes. */
  name: string;
  /** The service that owns the rows (for the catalogue and logs). */
  service: string;
  /** 中文文件名 (without `.xlsx`), e.g. `帮扶台账`; the download is `帮扶台账_<date>.xlsx`. */
  fileName: string;
  /** What the ledger is, for the catalogue. */
  title: Bilingual;
  /**
   * One GraphQL query with variables `$first: Int!` and `$after: String` for paging, and the
   * variables its parameters fill. Its connection is aliased `rows` and selects
   * `totalCount pageInfo { hasNextPage endCursor } nodes { … }`; it may also select
   * `townships { code name }` at the root for the township-name column.
   */
  document: string;
  params: readonly LedgerParam[];
  /** The parameter a refusal over the row limit names (the one that narrows most), default `filter`. */
  narrowBy?: string;
  /** Rows in ledger order (default: the connection's order). */
  compare?: (a: N, b: N) => number;
  sheetName: string;
  columns: readonly LedgerColumn<GraphLedgerRow<N>>[];
  /** An export over this many rows is refused (the kit's default otherwise). */
  maxRows?: number;
}

/** A declared ledger as the gateway holds it. */
export interface GraphLedger<N = unknown> extends Omit<GraphLedgerDefinition<N>, "columns" | "sheetName"> {
  readonly sheet: Ledger<GraphLedgerRow<N>>;
  readonly operation: OperationDefinitionNode;
}

/**
 * A ledger of any row type, as lists of declarations and the gateway hold them (`never`: the
 * gateway only passes a ledger's own rows back to its own columns).
 */
export type AnyGraphLedger = GraphLedger<never>;

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Declares a ledger download. Checks what can be checked without the graph (the name, the
 * document parses to one query with `$first`/`$after`, every parameter fills a declared variable);
 * the gateway's spec runs every declared ledger against the real subgraphs.
 */
export function defineGraphLedger<N>(def: GraphLedgerDefinition<N>): GraphLedger<N> {
  if (!NAME.test(def.name)) throw new Error(`ledger name "${def.name}": use lower-case words and dashes`);
  const doc = parse(def.document);
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations[0];
  if (operations.length !== 1 || !operation || operation.operation !== "query") {
    throw new Error(`ledger ${def.name}: the document must hold exactly one query`);
  }
  const variables = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value));
  for (const v of ["first", "after"]) {
    if (!variables.has(v)) throw new Error(`ledger ${def.name}: the query must declare $${v} for paging`);
  }
  const seen = new Set<string>();
  for (const p of def.params) {
    if (seen.has(p.name)) throw new Error(`ledger ${def.name}: parameter ${p.name} is declared twice`);
    seen.add(p.name);
    const root = p.variable.split(".")[0] ?? "";
    if (!variables.has(root)) {
      throw new Error(
        `ledger ${def.name}: parameter ${p.name} fills $${root}, which the query does not declare`,
      );
    }
    if ((p.type === "enum" || p.type === "enums") && !p.values?.length) {
      throw new Error(`ledger ${def.name}: parameter ${p.name} lists no values`);
    }
  }
  const { columns, sheetName, maxRows, ...rest } = def;
  return {
    ...rest,
    operation,
    sheet: defineLedger<GraphLedgerRow<N>>({
      sheetName,
      columns,
      creator: def.service,
      ...(maxRows !== undefined ? { maxRows } : {}),
    }),
  };
}

/** One refused parameter: its name and why, in both languages. */
export interface LedgerParamProblem {
  field: string;
  message: Bilingual;
}

/** The operation's variables from a URL's query parameters, or every problem found. */
export type LedgerParamsResult =
  | { ok: true; variables: Record<string, unknown>; townships: string[] }
  | { ok: false; problems: LedgerParamProblem[] };

type QueryValue = string | string[] | undefined;

/**
 * Reads a ledger's parameters from a URL query (`req.query` of Express, or `URLSearchParams`
 * turned into an object): refuses parameters the ledger does not know, a single-valued parameter
 * given twice, a malformed date or number, a value outside an enum, a missing required one.
 */
export function readLedgerParams(
  ledger: Pick<GraphLedger, "params">,
  query: Record<string, unknown>,
): LedgerParamsResult {
  const problems: LedgerParamProblem[] = [];
  const variables: Record<string, unknown> = {};
  const townships: string[] = [];
  const known = new Set(ledger.params.map((p) => p.name));
  for (const key of Object.keys(query)) {
    if (!known.has(key)) {
      problems.push({
        field: key,
        message: {
          zh: `未知的筛选条件 ${key}，可用：${[...known].join("、") || "无"}`,
          en: `unknown filter ${key}; this ledger takes ${[...known].join(", ") || "none"}`,
        },
      });
    }
  }
  for (const p of ledger.params) {
    const raw = query[p.name] as QueryValue | Record<string, unknown>;
    if (raw === undefined || raw === "") {
      if (p.required) {
        problems.push({
          field: p.name,
          message: { zh: `缺少必填条件 ${p.name}`, en: `${p.name} is required` },
        });
      } else if (p.default) setPath(variables, p.variable, p.default());
      continue;
    }
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.some((v) => typeof v !== "string")) {
      problems.push({ field: p.name, message: { zh: `${p.name} 格式不正确`, en: `${p.name} is malformed` } });
      continue;
    }
    const strings = list as string[];
    const many = p.type === "strings" || p.type === "enums";
    if (!many && strings.length > 1) {
      problems.push({
        field: p.name,
        message: { zh: `${p.name} 只能给出一次`, en: `give ${p.name} once` },
      });
      continue;
    }
    const value = readValue(p, strings, problems);
    if (value === undefined) continue;
    if (p.townships) townships.push(...(Array.isArray(value) ? (value as string[]) : [value as string]));
    setPath(variables, p.variable, value);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, variables, townships };
}

function readValue(p: LedgerParam, strings: string[], problems: LedgerParamProblem[]): unknown {
  const bad = (zh: string, en: string) => {
    problems.push({ field: p.name, message: { zh, en } });
    return undefined;
  };
  const single = strings[0] ?? "";
  switch (p.type) {
    case "string":
      return single;
    case "strings":
    case "enums": {
      const items = strings
        .flatMap((s) => s.split(","))
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (items.length === 0) return bad(`${p.name} 不能为空`, `${p.name} is empty`);
      if (p.type === "enums") {
        const wrong = items.find((i) => !p.values?.includes(i));
        if (wrong !== undefined) {
          return bad(
            `${p.name} 的取值“${wrong}”无效，可选：${p.values?.join("、")}`,
            `${p.name}: "${wrong}" is not one of ${p.values?.join(", ")}`,
          );
        }
      }
      return items;
    }
    case "date":
      if (!isIsoDate(single)) {
        return bad(
          `${p.name} 须为有效日期（YYYY-MM-DD）：“${single}”`,
          `${p.name} must be a valid date YYYY-MM-DD, got "${single}"`,
        );
      }
      return single;
    case "int": {
      if (!/^-?\d{1,9}$/.test(single)) {
        return bad(`${p.name} 须为整数：“${single}”`, `${p.name} must be a whole number, got "${single}"`);
      }
      return Number(single);
    }
    case "enum":
      if (!p.values?.includes(single)) {
        return bad(
          `${p.name} 的取值“${single}”无效，可选：${p.values?.join("、")}`,
          `${p.name}: "${single}" is not one of ${p.values?.join(", ")}`,
        );
      }
      return single;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = target;
  keys.slice(0, -1).forEach((k) => {
    const next = at[k];
    if (typeof next !== "object" || next === null) at[k] = {};
    at = at[k] as Record<string, unknown>;
  });
  at[keys[keys.length - 1] ?? path] = value;
}

/** The URL parameter a subgraph's `extensions.field` refers to (`filter.offeredFrom` → `offeredFrom`). */
export function ledgerParamOfField(ledger: Pick<GraphLedger, "params">, field: string): string {
  const exact = ledger.params.find((p) => p.variable === field);
  if (exact) return exact.name;
  const inside = ledger.params.find(
    (p) => field.startsWith(`${p.variable}.`) || field.startsWith(`${p.variable}[`),
  );
  return inside?.name ?? field;
}

/** One GraphQL answer as the ledger reader sees it. */
export interface LedgerPageResult {
  data?: Record<string, unknown> | null;
  errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/** Why an export could not be read from the graph: the errors of the failing page. */
export class LedgerQueryError extends Error {
  constructor(readonly errors: NonNullable<LedgerPageResult["errors"]>) {
    super(errors.map((e) => e.message).join("; "));
  }
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: unknown[];
}

/**
 * Tolerated errors: a person the caller may not see is a masked stub with `FORBIDDEN` on its
 * fields (the row stays, reading 无权查看); anything else fails the export.
 */
function fatalErrors(result: LedgerPageResult): NonNullable<LedgerPageResult["errors"]> {
  return (result.errors ?? []).filter(
    (e) => !(e.extensions?.["code"] === "FORBIDDEN" && (e.path?.length ?? 0) > 2 && e.path?.[0] === "rows"),
  );
}

/**
 * Every row of a ledger, page by page (`pageSize` rows a call, the kit's page limit by default):
 * the first page's `totalCount` is checked against the ledger's row limit before anything more is
 * read (refused with `BAD_USER_INPUT` naming `narrowBy`, never a shortened file), and the rows
 * read are checked again as they arrive.
 */
export async function readGraphLedgerRows<N>(
  ledger: GraphLedger<N>,
  variables: Record<string, unknown>,
  execute: (variables: Record<string, unknown>) => Promise<LedgerPageResult>,
  pageSize = LEDGER_PAGE_SIZE,
): Promise<GraphLedgerRow<N>[]> {
  const nodes: N[] = [];
  const names = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const result = await execute({ ...variables, first: pageSize, after });
    const fatal = fatalErrors(result);
    const rows = result.data?.["rows"] as Connection | null | undefined;
    if (fatal.length > 0 || !rows) {
      throw new LedgerQueryError(fatal.length > 0 ? fatal : (result.errors ?? [{ message: "no rows" }]));
    }
    if (after === null) ledger.sheet.assertRowCount(rows.totalCount, ledger.narrowBy);
    const townships = result.data?.["townships"];
    if (Array.isArray(townships)) {
      for (const t of townships as { code: string; name: string }[]) names.set(t.code, t.name);
    }
    nodes.push(...(rows.nodes as N[]));
    ledger.sheet.assertRowCount(nodes.length, ledger.narrowBy);
    if (!rows.pageInfo.hasNextPage || !rows.pageInfo.endCursor) break;
    after = rows.pageInfo.endCursor;
  }
  if (ledger.compare) nodes.sort(ledger.compare);
  const townshipName = (code: string | null | undefined) =>
    code == null ? undefined : (names.get(code) ?? code);
  return nodes.map((node) => ({ node, townshipName }));
}

/**
 * `Content-Disposition` for a download with a Chinese name: an ASCII fallback for old clients and
 * the UTF-8 name per RFC 5987/6266 (`filename*=UTF-8''…`).
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The .xlsx content type. */
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The person fields every ledger about people selects (`person { …LEDGER_PERSON }`). */
export const LEDGER_PERSON = "id name idNumber";

/** A person as a ledger reads it: the registry's name and ID number (masked unless the role may see it). */
export interface LedgerPerson {
  id: string;
  name: string;
  idNumber: string;
}

/** 人员编号 / 姓名 / 身份证号码: the person columns, the same in every ledger. */
export function personColumns<N>(
  person: (node: N) => LedgerPerson | null | undefined,
  fallbackId?: (node: N) => string | null | undefined,
): LedgerColumn<GraphLedgerRow<N>>[] {
  return [
    {
      header: "人员编号",
      type: "text",
      width: 30,
      value: (r) => person(r.node)?.id ?? fallbackId?.(r.node),
    },
    { header: "姓名", type: "text", width: 12, value: (r) => person(r.node)?.name },
    { header: "身份证号码", type: "text", width: 22, value: (r) => person(r.node)?.idNumber },
  ];
}

/** 镇街代码 / 镇街名称: the township columns, the name joined from the registry's `townships`. */
export function townshipColumns<N>(
  code: (node: N) => string | null | undefined,
): LedgerColumn<GraphLedgerRow<N>>[] {
  return [
    { header: "镇街代码", type: "text", width: 14, value: (r) => code(r.node) },
    { header: "镇街名称", type: "text", width: 16, value: (r) => r.townshipName(code(r.node)) },
  ];
}

/** The `townshipCodes` parameter most ledgers take (checked against the caller's scope). */
export function townshipCodesParam(variable = "filter.townshipCodes"): LedgerParam {
  return {
    name: "townshipCodes",
    type: "strings",
    variable,
    townships: true,
    description: { zh: "镇街代码（可多个，逗号分隔）", en: "township codes (several, comma-separated)" },
  };
}
