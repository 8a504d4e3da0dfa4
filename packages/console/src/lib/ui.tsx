import { useCallback, useMemo, useState, type ReactNode } from "react";
import { Alert, App, Button, Space, Typography } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery, type CombinedError } from "urql";
import { graphql } from "../gql";
import { messageOf } from "../api/errors";
import { downloadLedger, saveBase64Workbook, type LedgerFilters } from "../api/download";
import { useSession } from "../auth/session";

/**
 * Server-side pages over the graph's cursor connections (`first` / `after`): the cursors seen so
 * far are kept, so 上一页 goes back without asking the server for offsets it does not have.
 */
export function useCursorPager(pageSize = 20) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const prev = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { first: pageSize, after, page, pageSize, next, prev, reset };
}

export function Pager(props: {
  total: number;
  page: number;
  pageSize: number;
  hasNext: boolean;
  endCursor: string | null | undefined;
  onNext: (cursor: string | null | undefined) => void;
  onPrev: () => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <Space style={{ marginTop: 12, justifyContent: "flex-end", width: "100%" }} data-testid="pager">
      <Typography.Text type="secondary">
        共 {props.total} 条 · 第 {props.page} / {pages} 页
      </Typography.Text>
      <Button size="small" disabled={props.page <= 1} onClick={props.onPrev}>
        上一页
      </Button>
      <Button size="small" disabled={!props.hasNext} onClick={() => props.onNext(props.endCursor)}>
        下一页
      </Button>
    </Space>
  );
}

export function ErrorAlert({ error }: { error: CombinedError | Error | null | undefined }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={messageOf(error)} style={{ marginBottom: 16 }} />;
}

/** What a panel shows in place of data its department's service did not send. */
export function ServiceDown({ service }: { service: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={`${service}暂不可用`}
      description="该部门的服务没有响应，本栏内容暂无法显示；页面其余部分不受影响，请稍后刷新。"
      data-testid="service-down"
    />
  );
}

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: 16 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {children}
      </Typography.Title>
      <Space>{extra}</Space>
    </div>
  );
}

const TownshipsQuery = graphql(`
  query Townships {
    townships {
      code
      name
      concentrated
    }
  }
`);

/** The townships the caller may see, with a name lookup. */
export function useTownships() {
  const [{ data }] = useQuery({ query: TownshipsQuery, requestPolicy: "cache-first" });
  return useMemo(() => {
    const list = data?.townships ?? [];
    const names = new Map(list.map((t) => [t.code, t.name]));
    return {
      list,
      name: (code: string | null | undefined) => (code ? (names.get(code) ?? code) : "—"),
      options: list.map((t) => ({ value: t.code, label: t.name })),
    };
  }, [data]);
}

/**
 * 导出 Excel: one button per ledger (`GET /exports/<ledger>.xlsx` with the ledger's declared
 * parameters, file name from the gateway), or for a workbook a GraphQL field gives as Base64
 * (`workbook` + `fileName`: the registry's import template). A spinner while it is made; a
 * refusal shows the gateway's reason.
 */
export function DownloadButton(
  props: { label?: string } & (
    { ledger: string; filters?: LedgerFilters } | { workbook: () => Promise<string>; fileName: string }
  ),
) {
  const { session } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      if ("ledger" in props) {
        await downloadLedger({
          ledger: props.ledger,
          filters: props.filters ?? {},
          token: session?.token ?? null,
        });
      } else saveBase64Workbook(await props.workbook(), props.fileName);
      message.success("已导出");
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {props.label ?? "导出 Excel"}
    </Button>
  );
}

/**
 * Enter in a field submits a modal's form (its buttons sit in the modal's footer, outside the
 * form): the form's own default button, not shown.
 */
export function SubmitOnEnter() {
  return <button type="submit" style={{ display: "none" }} aria-hidden tabIndex={-1} />;
}
