import { useEffect, useState, type ReactNode } from "react";
import { Alert, App, DatePicker, Form, Input, Modal, Select, Spin, type FormInstance } from "antd";
import type { Rule } from "antd/es/form";
import type { Dayjs } from "dayjs";
import { useQuery, type CombinedError } from "urql";
import { graphql } from "../gql";
import { formErrorOf } from "../api/errors";
import { fenOf } from "./format";
import { SubmitOnEnter } from "./ui";

/**
 * The console's write forms, in one place: a modal form whose submission runs one mutation, the
 * server's field problems beside their fields (`formErrorOf`), whatever no field takes — the
 * optimistic-lock conflict "此记录已被他人修改，请刷新后重试", a refusal — at the form's top,
 * Enter in a field submits, the OK button spins while the server works.
 */

/** What a form's submission came to: the mutation's error, or `false` when the browser refused it. */
export type Submitted = { error?: CombinedError | undefined } | false;

/** The sentence at a form's top (a conflict, a refusal, a problem of no field on the form). */
export function FormProblem({ text }: { text: string | null }) {
  if (!text) return null;
  return <Alert type="error" showIcon role="alert" title={text} style={{ marginBottom: 12 }} />;
}

export function FormModal<V extends object>(props: {
  open: boolean;
  title: ReactNode;
  okText: string;
  /** The form's id (`form#<name>`), for tests and labels. */
  name: string;
  /** Every field's starting value: a field the server names must be in it to show its problem. */
  initialValues: V;
  onSubmit: (values: V, form: FormInstance<V>) => Promise<Submitted>;
  /** The server's input field → the form's, where they differ (`monthlyAllowanceFen` → `allowance`). */
  rename?: Record<string, string>;
  /** Said when it is saved. */
  success: string;
  onClose: (saved: boolean) => void;
  width?: number;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  useEffect(() => {
    if (props.open) setOther(null);
  }, [props.open]);
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={() => props.onClose(false)}
      onOk={() => form.submit()}
      okText={props.okText}
      cancelText="取消"
      confirmLoading={busy}
      destroyOnHidden
      width={props.width ?? 560}
    >
      <FormProblem text={other} />
      {/* Not preserved: the modal's fields unmount on close, and the next opening (another row)
          starts from its own initial values, not the last row's. */}
      <Form<V>
        form={form}
        preserve={false}
        layout="vertical"
        name={props.name}
        initialValues={props.initialValues}
        onFinish={async (v) => {
          setOther(null);
          setBusy(true);
          try {
            const r = await props.onSubmit(v, form);
            if (r === false) return;
            if (r.error) {
              setOther(formErrorOf(form, r.error, "input.", props.rename ?? {}));
              return;
            }
            message.success(props.success);
            props.onClose(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {props.children}
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** An amount typed in yuan ("1,234.56"), checked in the browser; convert with `fenOf`. */
export function yuanRules(what: string, required = true): Rule[] {
  return [
    ...(required ? [{ required: true, message: `请填写${what}（元）` }] : []),
    {
      validator: (_: unknown, v: unknown) =>
        v === undefined || v === null || v === "" || fenOf(String(v)) !== null
          ? Promise.resolve()
          : Promise.reject(new Error(`${what}格式有误（元，最多两位小数）`)),
    },
  ];
}

export function YuanInput(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  return (
    <Input
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value)}
      prefix="¥"
      inputMode="decimal"
      autoComplete="off"
    />
  );
}

/** A business date field (YYYY-MM-DD, as every page shows dates). */
export function DateInput(props: { value?: Dayjs; onChange?: (v: Dayjs | null) => void; id?: string }) {
  return (
    <DatePicker
      id={props.id}
      value={props.value}
      onChange={(d) => props.onChange?.(d)}
      format="YYYY-MM-DD"
      style={{ width: "100%" }}
    />
  );
}

/** A Dayjs from a form → the graph's LocalDate. */
export const ymd = (d: Dayjs): string => d.format("YYYY-MM-DD");

/** The fen of an amount field the rules have let through (0 when it was left empty). */
export const fenFrom = (text: string | undefined): number => (text ? (fenOf(text) ?? 0) : 0);

const PersonPick = graphql(`
  query PersonPick($search: String!) {
    people(first: 10, filter: { search: $search }) {
      nodes {
        id
        name
        idNumberMasked
      }
    }
  }
`);

/**
 * 选择人员: searched on the server by name or ID number (masked as the caller's role requires); with
 * `multiple`, several people (the ones chosen keep their names while the next one is searched).
 */
export function PersonSelect(
  props: {
    id?: string;
    "aria-label"?: string;
  } & (
    | { multiple?: false; value?: string; onChange?: (id: string) => void }
    | { multiple: true; value?: string[]; onChange?: (ids: string[]) => void }
  ),
) {
  const [search, setSearch] = useState("");
  const [names, setNames] = useState<Record<string, string>>({});
  const [{ data, fetching }] = useQuery({
    query: PersonPick,
    variables: { search },
    pause: search.trim().length < 1,
  });
  const found = (data?.people.nodes ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}（${p.idNumberMasked}）`,
  }));
  useEffect(() => {
    const nodes = data?.people.nodes ?? [];
    if (nodes.length === 0) return;
    setNames((n) => {
      const next = { ...n };
      for (const p of nodes) next[p.id] = `${p.name}（${p.idNumberMasked}）`;
      return next;
    });
  }, [data]);
  const chosen = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const options = [
    ...found,
    ...chosen
      .filter((id) => !found.some((o) => o.value === id))
      .map((id) => ({ value: id, label: names[id] ?? id })),
  ];
  const common = {
    id: props.id,
    showSearch: { filterOption: false, onSearch: setSearch },
    placeholder: "输入姓名或身份证号查找",
    "aria-label": props["aria-label"] ?? "人员",
    notFoundContent: fetching ? <Spin size="small" /> : search ? "未找到" : "请输入姓名或身份证号",
    options,
  };
  return props.multiple ? (
    <Select<string[]> {...common} mode="multiple" value={props.value} onChange={props.onChange} />
  ) : (
    <Select<string> {...common} value={props.value} onChange={props.onChange} />
  );
}

/**
 * The progress of a long action the server does in one request (a screening run, a ledger run):
 * a spinner and the seconds so far, announced to screen readers; nothing when idle.
 */
export function LongActionProgress({ busy, label }: { busy: boolean; label: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!busy) return;
    setSeconds(0);
    const t = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(t);
  }, [busy]);
  if (!busy) return null;
  return (
    <Alert
      type="info"
      role="status"
      data-testid="long-action"
      style={{ marginBottom: 16 }}
      icon={<Spin size="small" />}
      showIcon
      title={`${label}…（已用 ${seconds} 秒，请勿关闭页面）`}
    />
  );
}
