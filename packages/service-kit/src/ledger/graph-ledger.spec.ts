import { describe, expect, test } from "vitest";
import { GraphQLError } from "graphql";
import {
  contentDisposition,
  defineGraphLedger,
  LedgerQueryError,
  readGraphLedgerRows,
  readLedgerParams,
  townshipCodesParam,
  townshipColumns,
  type LedgerPageResult,
} from "./graph-ledger";
import { readWorkbook } from "./ledger";

interface Node {
  id: string;
  townshipCode: string;
}

const DOC = `query L($first: Int!, $after: String, $filter: F, $year: Int) {
  rows: things(first: $first, after: $after, filter: $filter, year: $year) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id townshipCode }
  }
  townships { code name }
}`;

const ledger = defineGraphLedger<Node>({
  name: "thing-ledger",
  service: "kit-test",
  fileName: "事项台账",
  title: { zh: "事项台账", en: "Things" },
  sheetName: "事项",
  document: DOC,
  maxRows: 5,
  narrowBy: "townshipCodes",
  params: [
    townshipCodesParam(),
    { name: "year", type: "int", variable: "year", required: true, description: { zh: "年度", en: "year" } },
    { name: "from", type: "date", variable: "filter.from", description: { zh: "起", en: "from" } },
    {
      name: "kind",
      type: "enum",
      values: ["A", "B"],
      variable: "filter.kind",
      description: { zh: "类", en: "kind" },
    },
  ],
  compare: (a, b) => a.id.localeCompare(b.id),
  columns: [
    { header: "编号", type: "text", value: (r) => r.node.id },
    ...townshipColumns<Node>((n) => n.townshipCode),
  ],
});

/** A connection of `nodes`, `size` a page, as a subgraph would answer. */
function pages(nodes: Node[], size: number, extra: Partial<LedgerPageResult> = {}) {
  const calls: Record<string, unknown>[] = [];
  const execute = async (variables: Record<string, unknown>): Promise<LedgerPageResult> => {
    calls.push(variables);
    const start = variables["after"] == null ? 0 : Number(variables["after"]);
    const slice = nodes.slice(start, start + size);
    return {
      data: {
        rows: {
          totalCount: nodes.length,
          pageInfo: { hasNextPage: start + size < nodes.length, endCursor: String(start + size) },
          nodes: slice,
        },
        townships: [{ code: "T1", name: "东山镇" }],
      },
      ...extra,
    };
  };
  return { calls, execute };
}

describe("graph ledgers: declarations the gateway serves at /exports/<name>.xlsx", () => {
  test("a declaration is checked: one query with $first/$after, each parameter fills a declared variable", () => {
    const base = { service: "s", fileName: "x", title: { zh: "x", en: "x" }, sheetName: "x", columns: [] };
    expect(() => defineGraphLedger({ ...base, name: "Bad Name", document: DOC, params: [] })).toThrow(
      /lower-case/,
    );
    expect(() =>
      defineGraphLedger({ ...base, name: "x", document: "query($first: Int!) { a }", params: [] }),
    ).toThrow(/\$after/);
    expect(() =>
      defineGraphLedger({
        ...base,
        name: "x",
        document: DOC,
        params: [{ name: "p", type: "string", variable: "nope.p", description: { zh: "", en: "" } }],
      }),
    ).toThrow(/fills \$nope/);
  });

  test("URL parameters become the operation's variables; lists repeated or comma-separated", () => {
    const r = readLedgerParams(ledger, {
      year: "2019",
      townshipCodes: ["T1,T2", "T3"],
      from: "2020-02-29",
      kind: "A",
    });
    expect(r).toEqual({
      ok: true,
      variables: { year: 2019, filter: { townshipCodes: ["T1", "T2", "T3"], from: "2020-02-29", kind: "A" } },
      townships: ["T1", "T2", "T3"],
    });
  });

  test("every bad parameter is named, in Chinese and English", () => {
    const r = readLedgerParams(ledger, { from: "2019-02-30", kind: ["A", "B"], token: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(["from", "kind", "token", "year"]);
    const by = Object.fromEntries(r.problems.map((p) => [p.field, p.message]));
    expect(by["year"]).toEqual({ zh: "缺少必填条件 year", en: "year is required" });
    expect(by["from"]?.en).toBe('from must be a valid date YYYY-MM-DD, got "2019-02-30"');
    expect(by["kind"]?.en).toBe("give kind once");
    expect(by["token"]?.zh).toContain("未知的筛选条件 token");
    const wrong = readLedgerParams(ledger, { year: "1.5", kind: "C" });
    expect(wrong.ok ? [] : wrong.problems.map((p) => p.message.en)).toEqual([
      'year must be a whole number, got "1.5"',
      'kind: "C" is not one of A, B',
    ]);
  });

  test("rows are read page by page to the end, sorted, township names joined", async () => {
    const nodes = ["e", "c", "a", "d", "b"].map((id) => ({ id, townshipCode: id === "a" ? "T9" : "T1" }));
    const { calls, execute } = pages(nodes, 2);
    const rows = await readGraphLedgerRows(ledger, { year: 2019 }, execute, 2);
    expect(calls.map((c) => c["after"])).toEqual([null, "2", "4"]);
    expect(calls.every((c) => c["first"] === 2 && c["year"] === 2019)).toBe(true);
    expect(rows.map((r) => r.node.id)).toEqual(["a", "b", "c", "d", "e"]);
    const sheet = (await readWorkbook(await ledger.sheet.write(rows))).getWorksheet("事项")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "编号", "镇街代码", "镇街名称"]);
    expect(sheet.getRow(2).values).toEqual([undefined, "a", "T9", "T9"]); // unknown to the registry: the code
    expect(sheet.getRow(3).values).toEqual([undefined, "b", "T1", "东山镇"]);
  });

  test("over the row limit: refused from the first page's totalCount, naming the filter to narrow", async () => {
    const nodes = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, townshipCode: "T1" }));
    const { calls, execute } = pages(nodes, 2);
    const e = await readGraphLedgerRows(ledger, {}, execute, 2).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "townshipCodes" });
    expect(calls).toHaveLength(1);
  });

  test("a withheld person (FORBIDDEN inside a row) keeps the row; any other error fails the export", async () => {
    const nodes = [{ id: "a", townshipCode: "T1" }];
    const forbidden = pages(nodes, 2, {
      errors: [
        { message: "no", path: ["rows", "nodes", 0, "person", "name"], extensions: { code: "FORBIDDEN" } },
      ],
    });
    expect(await readGraphLedgerRows(ledger, {}, forbidden.execute)).toHaveLength(1);
    const down = pages(nodes, 2, {
      errors: [{ message: "x", path: ["townships"], extensions: { code: "SERVICE_UNAVAILABLE" } }],
    });
    await expect(readGraphLedgerRows(ledger, {}, down.execute)).rejects.toBeInstanceOf(LedgerQueryError);
  });

  test("content-disposition: the Chinese name per RFC 5987 with an ASCII fallback", () => {
    expect(contentDisposition("帮扶台账_2020-01-01.xlsx", "offer-ledger_2020-01-01.xlsx")).toBe(
      `attachment; filename="offer-ledger_2020-01-01.xlsx"; filename*=UTF-8''%E5%B8%AE%E6%89%B6%E5%8F%B0%E8%B4%A6_2020-01-01.xlsx`,
    );
    expect(contentDisposition("a'b(c).xlsx", 'a"b\\c.xlsx')).toBe(
      `attachment; filename="a_b_c.xlsx"; filename*=UTF-8''a%27b%28c%29.xlsx`,
    );
  });
});
