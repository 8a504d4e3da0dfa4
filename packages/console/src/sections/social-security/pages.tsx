import { useState } from "react";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { PensionLedgerQuery, SettleClaimMutation } from "../../gql/graphql";
import { formErrorOf, messageOf, unavailableAt } from "../../api/errors";
import { DateInput, FormModal, LongActionProgress, PersonSelect, ymd } from "../../lib/forms";
import { FilterBar, PagedTable, actionColumn, resetting } from "../../lib/table";
import { ownScheme, writesScheme } from "./ledgers";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, dateTime, fenOf, today, yuan } from "../../lib/format";
import { label, options } from "../../lib/labels";
import {
  DownloadButton,
  ErrorAlert,
  PageTitle,
  ServiceDown,
  useCursorPager,
  useTownships,
} from "../../lib/ui";

// The section's one lazily loaded chunk: every page of 社保 is exported from here.
export { EnrolmentsPage, SubsidiesPage } from "./ledgers";

const Runs = graphql(`
  query ScreeningRuns($scheme: Scheme) {
    screeningRuns(first: 10, scheme: $scheme) {
      nodes {
        id
        scheme
        asOf
        ranAt
        ranBy
        peopleScreened
        findingCount
        enrolmentsCreated
        subsidiesCreated
      }
    }
  }
`);

const Findings = graphql(`
  query ScreeningFindings($runId: ID!, $first: Int!, $after: String, $kind: FindingKind) {
    screeningFindings(runId: $runId, first: $first, after: $after, kind: $kind) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        detail
        personId
        townshipCode
      }
    }
  }
`);

const RunScreening = graphql(`
  mutation RunScreening($asOf: LocalDate!, $scheme: Scheme!) {
    runScreening(asOf: $asOf, scheme: $scheme) {
      id
      findingCount
    }
  }
`);

/** 参保与代缴筛查: run the enrolment and premium-subsidy screening, then work through its findings. */
export function ScreeningPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const { message } = App.useApp();
  const [scheme, setScheme] = useState<"RESIDENT_MEDICAL" | "RESIDENT_PENSION">(ownScheme(identity));
  const [runId, setRunId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | undefined>();
  const pager = useCursorPager(20);
  const [{ data: runs, error }, refetchRuns] = useQuery({ query: Runs, variables: { scheme } });
  const current = runId ?? runs?.screeningRuns.nodes[0]?.id ?? null;
  const [{ data: f, fetching }] = useQuery({
    query: Findings,
    variables: {
      runId: current ?? "",
      first: pager.first,
      after: pager.after,
      ...(kind ? { kind: kind as "NOT_ENROLLED" } : {}),
    },
    pause: !current,
  });
  const [{ fetching: running }, run] = useMutation(RunScreening);
  // Each centre screens its own scheme (runScreening refuses the other's).
  const writer = writesScheme(identity, scheme);
  if (unavailableAt(error, ["screeningRuns"])) return <ServiceDown service="社保服务" />;
  return (
    <div>
      <PageTitle
        extra={
          <>
            <Select
              value={scheme}
              onChange={(v) => (setScheme(v), setRunId(null), pager.reset())}
              options={options("scheme")}
              aria-label="险种"
            />
            {writer ? (
              <Button
                type="primary"
                loading={running}
                onClick={async () => {
                  const r = await run({ asOf: today(), scheme });
                  if (r.error) message.error(messageOf(r.error));
                  else {
                    message.success(`筛查完成：${r.data?.runScreening.findingCount ?? 0} 条问题`);
                    setRunId(r.data?.runScreening.id ?? null);
                    refetchRuns({ requestPolicy: "network-only" });
                  }
                }}
              >
                {running ? "筛查中…" : "运行筛查"}
              </Button>
            ) : null}
          </>
        }
      >
        参保与代缴筛查
      </PageTitle>
      <LongActionProgress busy={running} label={`正在筛查${label("scheme", scheme)}参保与代缴情况`} />
      <ErrorAlert error={error} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={runs?.screeningRuns.nodes ?? []}
        rowSelection={{
          type: "radio",
          selectedRowKeys: current ? [current] : [],
          onChange: (k) => (setRunId(String(k[0])), pager.reset()),
        }}
        columns={[
          { title: "筛查日期", dataIndex: "asOf", render: date },
          { title: "运行时间", dataIndex: "ranAt", render: dateTime },
          { title: "经办", dataIndex: "ranBy" },
          { title: "筛查人数", dataIndex: "peopleScreened" },
          { title: "问题", dataIndex: "findingCount" },
          { title: "新增参保义务", dataIndex: "enrolmentsCreated" },
          { title: "新增代缴", dataIndex: "subsidiesCreated" },
        ]}
        locale={{ emptyText: "尚未筛查" }}
      />
      <Card
        size="small"
        title="筛查问题"
        style={{ marginTop: 16 }}
        extra={
          <Select
            allowClear
            placeholder="问题类型"
            style={{ width: 160 }}
            options={options("findingKind")}
            onChange={(v) => (setKind(v), pager.reset())}
            aria-label="问题类型"
          />
        }
      >
        <PagedTable
          size="small"
          connection={f?.screeningFindings}
          pager={pager}
          loading={fetching}
          columns={[
            { title: "类型", dataIndex: "kind", render: (k: string) => label("findingKind", k) },
            { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
            { title: "说明", dataIndex: "detail" },
            {
              title: "人员",
              dataIndex: "personId",
              render: (id: string) => <Link to={`/dossier/${id}`}>查看档案</Link>,
            },
          ]}
        />
      </Card>
    </div>
  );
}

const Pension = graphql(`
  query PensionLedger($first: Int!, $after: String, $filter: PensionLedgerFilter) {
    pensionLedger(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        personId
        person {
          id
          name
        }
        townshipCode
        status
        turned60On
        benefitStartsOn
        monthlyBenefitFen
        backPaymentFen
        claimedOn
        backPaidOn
        payingSince
        version
      }
    }
  }
`);

const PensionClaim = graphql(`
  mutation PensionClaim($input: PensionStepInput!) {
    recordPensionClaim(input: $input) {
      id
      status
      version
    }
  }
`);
const PensionBackPay = graphql(`
  mutation PensionBackPay($input: PensionStepInput!) {
    recordPensionBackPayment(input: $input) {
      id
      status
      version
    }
  }
`);
const PensionStart = graphql(`
  mutation PensionStart($input: PensionStepInput!) {
    startPensionPayment(input: $input) {
      id
      status
      version
    }
  }
`);
const RunPension = graphql(`
  mutation RunPensionLedger($date: LocalDate!) {
    runPensionLedger(date: $date) {
      added
      alreadyOnLedger
    }
  }
`);

type PensionRow = PensionLedgerQuery["pensionLedger"]["nodes"][number];

/**
 * The ledger's task of an entry in each status: PENDING → 一次性补缴 (BACK_PAID) → 待遇申领
 * (CLAIMED) → 开始发放 (PAYING), one step at a time as the service allows (R-SS-3).
 */
const TASKS: Record<string, { button: string; title: string; date: string; done: string }> = {
  PENDING: { button: "记录补缴", title: "记录一次性补缴", date: "补缴日期", done: "已记录补缴" },
  BACK_PAID: { button: "记录申领", title: "记录待遇申领", date: "申领日期", done: "已记录申领" },
  CLAIMED: { button: "开始发放", title: "开始按月发放", date: "首次发放日期", done: "已开始按月发放" },
};

function PensionStepModal({
  entry,
  onClose,
}: {
  entry: PensionRow | null;
  onClose: (saved: boolean) => void;
}) {
  const [, backPay] = useMutation(PensionBackPay);
  const [, claim] = useMutation(PensionClaim);
  const [, start] = useMutation(PensionStart);
  const task = entry ? TASKS[entry.status] : undefined;
  return (
    <FormModal<{ on: Dayjs }>
      open={entry !== null && task !== undefined}
      title={`${task?.title ?? ""}：${entry?.person.name ?? ""}`}
      okText={task?.button ?? "保存"}
      name="pension-step"
      success={task?.done ?? "已保存"}
      initialValues={{ on: dayjs(today()) }}
      onClose={onClose}
      onSubmit={(v) => {
        const input = { entryId: entry?.id ?? "", version: entry?.version ?? 0, on: ymd(v.on) };
        if (entry?.status === "PENDING") return backPay({ input });
        if (entry?.status === "BACK_PAID") return claim({ input });
        return start({ input });
      }}
    >
      {entry ? (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label="月养老金">{yuan(entry.monthlyBenefitFen)}</Descriptions.Item>
          <Descriptions.Item label="补缴金额">{yuan(entry.backPaymentFen)}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <Form.Item label={task?.date ?? "日期"} name="on" rules={[{ required: true, message: "请选择日期" }]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}

/** 养老待遇台账: people turning 60, their back payment, claim and first payment (R-SS-3). */
export function PensionPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const { message } = App.useApp();
  const pager = useCursorPager(20);
  const [statuses, setStatuses] = useState<string[]>(["PENDING", "BACK_PAID", "CLAIMED"]);
  const [stepping, setStepping] = useState<PensionRow | null>(null);
  const filter = statuses.length ? { statuses: statuses as "PENDING"[] } : {};
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Pension,
    variables: { first: pager.first, after: pager.after, filter },
  });
  const [{ fetching: running }, runLedger] = useMutation(RunPension);
  const writer = canWrite(identity, "pension-centre");
  if (unavailableAt(error, ["pensionLedger"])) return <ServiceDown service="社保服务" />;
  return (
    <div>
      <PageTitle
        extra={
          <>
            {writer ? (
              <Button
                loading={running}
                onClick={async () => {
                  const r = await runLedger({ date: today() });
                  if (r.error) message.error(messageOf(r.error));
                  else message.success(`新增 ${r.data?.runPensionLedger.added ?? 0} 人`);
                  refetch({ requestPolicy: "network-only" });
                }}
              >
                {running ? "生成中…" : "生成本日台账"}
              </Button>
            ) : null}
            <DownloadButton ledger="pension-ledger" label="导出养老待遇台账" filters={{ statuses }} />
          </>
        }
      >
        养老待遇台账
      </PageTitle>
      <LongActionProgress busy={running} label="正在生成养老待遇台账" />
      <FilterBar>
        <Select
          mode="multiple"
          value={statuses}
          onChange={resetting(pager, setStatuses)}
          options={options("pensionStatus")}
          style={{ minWidth: 320 }}
          placeholder="待遇状态"
          aria-label="待遇状态"
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<PensionRow>
        connection={data?.pensionLedger}
        pager={pager}
        loading={fetching}
        data-testid="pension-ledger"
        scroll={{ x: 1100 }}
        columns={[
          {
            title: "姓名",
            render: (_: unknown, e) => <Link to={`/dossier/${e.person.id}`}>{e.person.name}</Link>,
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "年满60周岁", dataIndex: "turned60On", render: date },
          { title: "待遇起始", dataIndex: "benefitStartsOn", render: date },
          { title: "月养老金", dataIndex: "monthlyBenefitFen", render: yuan, align: "right" },
          { title: "补缴金额", dataIndex: "backPaymentFen", render: yuan, align: "right" },
          { title: "补缴日期", dataIndex: "backPaidOn", render: date },
          { title: "申领日期", dataIndex: "claimedOn", render: date },
          { title: "发放起始", dataIndex: "payingSince", render: date },
          {
            title: "状态",
            dataIndex: "status",
            render: (s: string) => <Tag>{label("pensionStatus", s)}</Tag>,
          },
          ...actionColumn<PensionRow>(
            writer,
            (e) => {
              const task = TASKS[e.status];
              return task ? (
                <Button size="small" type="primary" onClick={() => setStepping(e)}>
                  {task.button}
                </Button>
              ) : null;
            },
            { title: "待办", width: 110 },
          ),
        ]}
      />
      <PensionStepModal
        entry={stepping}
        onClose={(saved) => {
          setStepping(null);
          if (saved) refetch({ requestPolicy: "network-only" });
        }}
      />
    </div>
  );
}

const SettleClaim = graphql(`
  mutation SettleClaim($input: SettleClaimInput!) {
    settleClaim(input: $input) {
      id
      claimDate
      poorPerson
      totalCostFen
      paidByPayersFen
      outOfPocketFen
      lines {
        payer
        eligible
        baseFen
        deductibleAppliedFen
        paidFen
        capped
      }
      trace {
        rule
        zh
        payer
        amountFen
      }
      burdenReport {
        id
        reason
      }
    }
  }
`);

interface ClaimValues {
  personId: string;
  claimDate: Dayjs;
  hospitalLevel: string;
  total: string;
  scope: string;
  drugs?: string;
}

/** 医疗费用结算 (R-SS-4): one claim through every payer, each one's share and the trace. */
export function SettlementPage() {
  const identity = useIdentity();
  const [form] = Form.useForm<ClaimValues>();
  const [{ fetching }, settle] = useMutation(SettleClaim);
  const [result, setResult] = useState<SettleClaimMutation["settleClaim"] | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const writer = canWrite(identity, "medical-centre");
  const amountRule = { required: true, message: "请填写金额（元）" };
  return (
    <div>
      <PageTitle>医疗费用结算</PageTitle>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card size="small" title="结算单">
            {!writer ? (
              <Alert type="info" showIcon title="只有医保中心经办人可以结算" style={{ marginBottom: 12 }} />
            ) : null}
            {other ? (
              <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
                {other}
              </div>
            ) : null}
            <Form<ClaimValues>
              form={form}
              layout="vertical"
              name="settle-claim"
              disabled={!writer}
              initialValues={{ claimDate: dayjs(today()), hospitalLevel: "TERTIARY" }}
              onFinish={async (v) => {
                setOther(null);
                const total = fenOf(v.total);
                const scope = fenOf(v.scope);
                const drugs = v.drugs ? fenOf(v.drugs) : 0;
                const bad = [
                  total === null ? { name: ["total"], errors: ["金额格式有误"] } : null,
                  scope === null ? { name: ["scope"], errors: ["金额格式有误"] } : null,
                  drugs === null ? { name: ["drugs"], errors: ["金额格式有误"] } : null,
                ].filter((x) => x !== null);
                if (bad.length) {
                  form.setFields(bad as { name: ["total"]; errors: string[] }[]);
                  return;
                }
                const r = await settle({
                  input: {
                    personId: v.personId,
                    claimDate: v.claimDate.format("YYYY-MM-DD"),
                    hospitalLevel: v.hospitalLevel as "TERTIARY",
                    totalCostFen: total ?? 0,
                    policyScopeCostFen: scope ?? 0,
                    specialDrugsCostFen: drugs ?? 0,
                  },
                });
                if (r.error) {
                  const byName: Record<string, string> = {
                    "input.totalCostFen": "total",
                    "input.policyScopeCostFen": "scope",
                    "input.specialDrugsCostFen": "drugs",
                  };
                  const rest = formErrorOf(form, r.error);
                  for (const e of r.error.graphQLErrors) {
                    const f = byName[String(e.extensions?.["field"] ?? "")];
                    if (f)
                      form.setFields([
                        { name: f as "total", errors: [String(e.extensions?.["messageZh"] ?? e.message)] },
                      ]);
                  }
                  setOther(rest);
                  return;
                }
                setResult(r.data?.settleClaim ?? null);
              }}
            >
              <Form.Item label="参保人" name="personId" rules={[{ required: true, message: "请选择参保人" }]}>
                <PersonSelect aria-label="参保人" />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item label="结算日期" name="claimDate" rules={[{ required: true }]}>
                    <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="医院等级" name="hospitalLevel">
                    <Select options={options("hospitalLevel")} aria-label="医院等级" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label="医疗总费用（元）" name="total" rules={[amountRule]}>
                <Input prefix="¥" inputMode="decimal" autoComplete="off" />
              </Form.Item>
              <Form.Item label="政策范围内费用（元）" name="scope" rules={[amountRule]}>
                <Input prefix="¥" inputMode="decimal" autoComplete="off" />
              </Form.Item>
              <Form.Item label="特殊药品费用（元）" name="drugs">
                <Input prefix="¥" inputMode="decimal" autoComplete="off" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={fetching}>
                {fetching ? "结算中…" : "结算"}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          {result ? (
            <SettlementResult s={result} />
          ) : (
            <Card size="small" title="结算结果">
              提交结算单后在此显示各支付方分担与计算过程。
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

function SettlementResult({ s }: { s: SettleClaimMutation["settleClaim"] }) {
  return (
    <Card size="small" title="结算结果" data-testid="settlement-result">
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="总费用">{yuan(s.totalCostFen)}</Descriptions.Item>
        <Descriptions.Item label="各方支付">{yuan(s.paidByPayersFen)}</Descriptions.Item>
        <Descriptions.Item label="个人自付">
          <Typography.Text strong>{yuan(s.outOfPocketFen)}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {s.burdenReport ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`已触发大病负担通报：${s.burdenReport.reason}`}
        />
      ) : null}
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="payer"
        pagination={false}
        dataSource={s.lines}
        data-testid="payer-breakdown"
        columns={[
          { title: "支付方", dataIndex: "payer", render: (p: string) => label("payer", p) },
          { title: "适用", dataIndex: "eligible", render: (e: boolean) => (e ? "是" : <Tag>不适用</Tag>) },
          { title: "计算基数", dataIndex: "baseFen", render: yuan, align: "right" },
          { title: "起付线", dataIndex: "deductibleAppliedFen", render: yuan, align: "right" },
          { title: "支付", dataIndex: "paidFen", render: yuan, align: "right" },
          { title: "封顶", dataIndex: "capped", render: (c: boolean) => (c ? "已封顶" : "") },
        ]}
      />
      <Card size="small" type="inner" title="计算过程" style={{ marginTop: 12 }}>
        <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="settlement-trace">
          {s.trace.map((t, i) => (
            <li key={i}>
              <Typography.Text type="secondary">[{t.rule}]</Typography.Text> {t.zh}
            </li>
          ))}
        </ol>
      </Card>
    </Card>
  );
}

const Drafts = graphql(`
  query MedicalPolicyDrafts {
    policyVersions(filter: { kind: MEDICAL }) {
      id
      name
      status
      validFrom
    }
  }
`);

const Compare = graphql(`
  query CompareSettlements($draft: ID!, $filter: SettlementsFilter) {
    compareSettlements(draftPolicyVersionId: $draft, filter: $filter) {
      settlementCount
      totalPaid {
        baselineFen
        draftFen
        differenceFen
      }
      outOfPocket {
        baselineFen
        draftFen
        differenceFen
      }
      payers {
        payer
        baselineFen
        draftFen
        differenceFen
      }
      largestChanges {
        settlementId
        personId
        claimDate
        baselineOutOfPocketFen
        draftOutOfPocketFen
        differenceFen
      }
    }
  }
`);

/** 政策测算: past settlements re-run under a draft medical policy, side by side with what was paid. */
export function WhatIfPage() {
  const [{ data: drafts, error: draftsError }] = useQuery({ query: Drafts });
  const [draft, setDraft] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const filter = range ? { from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") } : {};
  const [{ data, fetching, error }] = useQuery({
    query: Compare,
    variables: { draft: draft ?? "", filter },
    pause: !draft,
  });
  const c = data?.compareSettlements;
  if (unavailableAt(draftsError, ["policyVersions"])) return <ServiceDown service="社保服务" />;
  return (
    <div>
      <PageTitle>政策测算</PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          style={{ minWidth: 280 }}
          placeholder="选择医保政策草案"
          aria-label="政策草案"
          onChange={setDraft}
          options={(drafts?.policyVersions ?? [])
            .filter((p) => p.status === "DRAFT")
            .map((p) => ({ value: p.id, label: `${p.name}（${date(p.validFrom)} 起）` }))}
          notFoundContent="暂无政策草案"
        />
        <DatePicker.RangePicker
          onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
          format="YYYY-MM-DD"
        />
      </Space>
      <ErrorAlert error={error ?? draftsError} />
      <LongActionProgress busy={fetching} label="正在按草案重算历史结算" />
      {c ? (
        <>
          <Descriptions size="small" bordered column={3} title={`共 ${c.settlementCount} 笔结算`}>
            <Descriptions.Item label="各方支付（现行 → 草案）">
              {yuan(c.totalPaid.baselineFen)} → {yuan(c.totalPaid.draftFen)}（
              {yuan(c.totalPaid.differenceFen)}）
            </Descriptions.Item>
            <Descriptions.Item label="个人自付（现行 → 草案）" span={2}>
              {yuan(c.outOfPocket.baselineFen)} → {yuan(c.outOfPocket.draftFen)}（
              {yuan(c.outOfPocket.differenceFen)}）
            </Descriptions.Item>
          </Descriptions>
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey="payer"
            pagination={false}
            dataSource={c.payers}
            columns={[
              { title: "支付方", dataIndex: "payer", render: (p: string) => label("payer", p) },
              { title: "现行", dataIndex: "baselineFen", render: yuan, align: "right" },
              { title: "草案", dataIndex: "draftFen", render: yuan, align: "right" },
              { title: "差额", dataIndex: "differenceFen", render: yuan, align: "right" },
            ]}
          />
          <Card size="small" title="变化最大的结算" style={{ marginTop: 12 }}>
            <Table
              size="small"
              rowKey="settlementId"
              pagination={false}
              dataSource={c.largestChanges}
              columns={[
                { title: "结算日期", dataIndex: "claimDate", render: date },
                {
                  title: "人员",
                  dataIndex: "personId",
                  render: (id: string) => <Link to={`/dossier/${id}`}>档案</Link>,
                },
                { title: "现行自付", dataIndex: "baselineOutOfPocketFen", render: yuan, align: "right" },
                { title: "草案自付", dataIndex: "draftOutOfPocketFen", render: yuan, align: "right" },
                { title: "差额", dataIndex: "differenceFen", render: yuan, align: "right" },
              ]}
            />
          </Card>
        </>
      ) : null}
    </div>
  );
}
