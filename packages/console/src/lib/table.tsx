import { useCallback, type ReactNode } from "react";
import { Select, Space, Table, type TableProps } from "antd";
import type { ColumnType } from "antd/es/table";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useQuery, type AnyVariables } from "urql";
import { unavailableAt } from "../api/errors";
import { Pager, ServiceDown, useCursorPager, useTownships } from "./ui";

/**
 * The console's lists: one graph connection (`totalCount`, `pageInfo`, `nodes`) shown a page at a
 * time, the pages asked of the server over its cursors (`useCursorPager`), above them a row of
 * filters. Every ledger page uses these, so a list looks and pages the same everywhere.
 */
export interface ConnectionOf<T> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  nodes: T[];
}

export type CursorPager = ReturnType<typeof useCursorPager>;

/**
 * A worklist's data: the pager, the page of `query` asked with `variables` and the pager's cursor,
 * a `refetch` that goes to the server (after a save), and `down` — the "service unavailable" panel
 * when the service answering `field` did not respond (the page shows it instead of the list; the
 * rest of the console keeps working).
 */
export function usePagedList<Data, Vars extends AnyVariables>(opts: {
  query: TypedDocumentNode<Data, Vars>;
  variables: Omit<Vars, "first" | "after">;
  field: string;
  service: string;
  pageSize?: number;
}) {
  const pager = useCursorPager(opts.pageSize ?? 20);
  const [{ data, fetching, error }, reexecute] = useQuery<Data, Vars>({
    query: opts.query,
    // The caller's variables plus the pager's two make the query's whole set.
    variables: { ...opts.variables, first: pager.first, after: pager.after } as unknown as Vars,
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const down = unavailableAt(error, [opts.field]) ? <ServiceDown service={opts.service} /> : null;
  return { pager, data, fetching, error, refetch, down };
}

/** A table over one page of a connection, with the pager under it (共 N 条 · 第 p / n 页). */
export function PagedTable<T extends object>({
  connection,
  pager,
  ...table
}: { connection: ConnectionOf<T> | null | undefined; pager: CursorPager } & Omit<
  TableProps<T>,
  "dataSource" | "pagination"
>) {
  return (
    <>
      <Table<T>
        rowKey="id"
        size="middle"
        {...table}
        pagination={false}
        dataSource={connection?.nodes ?? []}
      />
      <Pager
        total={connection?.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={connection?.pageInfo.hasNextPage ?? false}
        endCursor={connection?.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
    </>
  );
}

/** The row of filters above a list (wraps at 1280 px rather than widening the page). */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="filters">
      {children}
    </Space>
  );
}

/** 镇街 filter of a list: the caller's townships, several at once; a change goes back to page 1. */
export function TownshipFilter({ onChange }: { onChange: (codes: string[]) => void }) {
  const townships = useTownships();
  return (
    <Select
      mode="multiple"
      allowClear
      placeholder="镇街"
      style={{ minWidth: 200 }}
      options={townships.options}
      onChange={onChange}
      aria-label="镇街筛选"
    />
  );
}

/** A filter's setter that also sends the list back to its first page. */
export function resetting<V>(pager: CursorPager, set: (v: V) => void): (v: V) => void {
  return (v) => {
    set(v);
    pager.reset();
  };
}

/** The 操作 column, only for callers who may write (a viewer gets no column and no buttons). */
export function actionColumn<T>(
  writer: boolean,
  render: (row: T) => ReactNode,
  opts: { title?: string; width?: number } = {},
): ColumnType<T>[] {
  if (!writer) return [];
  return [
    {
      title: opts.title ?? "操作",
      key: "actions",
      fixed: "right",
      ...(opts.width ? { width: opts.width } : {}),
      render: (_: unknown, row: T) => render(row),
    },
  ];
}
