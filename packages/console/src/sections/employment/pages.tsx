import { useMemo, useState } from "react";
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { OfferGapsQuery } from "../../gql/graphql";
import { formErrorOf, unavailableAt } from "../../api/errors";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { Chart } from "../../lib/chart";
import { date, fenOf, percentBp, today } from "../../lib/format";
import { label, options } from "../../lib/labels";
import {
  DownloadButton,
  ErrorAlert,
  PageTitle,
  Pager,
  ServiceDown,
  SubmitOnEnter,
  useCursorPager,
  useTownships,
} from "../../lib/ui";

const Figures = graphql(`
  query EmploymentFigures($year: Int) {
    postFigures {
      asOf
      held
      filled
      vacant
      occupancyRateBp
      heldCheck {
        actual
        met
        target {
          value
        }
      }
      occupancyCheck {
        actual
        met
        target {
          value
        }
      }
    }
    projectFigures(year: $year) {
      year
      held {
        actual
        met
        target {
          value
        }
      }
      startedInYear {
        actual
        met
        target {
          value
        }
      }
    }
  }
`);

const met = (ok: boolean) => (ok ? <Tag color="green">达标</Tag> : <Tag color="red">未达标</Tag>);

/** 岗位与项目: public-welfare posts and occupancy against the targets (R-EMP-1), projects per year (R-EMP-2). */
export function EmploymentOverview() {
  const [year, setYear] = useState(Number(today().slice(0, 4)));
  const [{ data, error }] = useQuery({ query: Figures, variables: { year } });
  const p = data?.postFigures;
  const pr = data?.projectFigures;
  const option = useMemo(
    () => ({
      tooltip: {},
      legend: {},
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: "category", data: ["公益岗位", "在建项目", `${year}年新增项目`] },
      yAxis: { type: "value" },
      series: [
        {
          name: "实际",
          type: "bar",
          data: [p?.held ?? 0, pr?.held.actual ?? 0, pr?.startedInYear.actual ?? 0],
        },
        {
          name: "目标",
          type: "bar",
          data: [
            p?.heldCheck.target?.value ?? 0,
            pr?.held.target?.value ?? 0,
            pr?.startedInYear.target?.value ?? 0,
          ],
        },
      ],
    }),
    [p, pr, year],
  );
  if (unavailableAt(error, ["postFigures"])) return <ServiceDown service="就业服务" />;
  return (
    <div>
      <PageTitle
        extra={
          <>
            <Select
              value={year}
              onChange={setYear}
              aria-label="年度"
              options={[0, 1, 2, 3, 4].map((d) => ({
                value: Number(today().slice(0, 4)) - d,
                label: `${Number(today().slice(0, 4)) - d}年`,
              }))}
            />
            <DownloadButton ledger="post-roster" label="导出岗位花名册" />
          </>
        }
      >
        岗位与项目
      </PageTitle>
      <ErrorAlert error={error} />
      <Row gutter={16}>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={`公益岗位（目标 ${p?.heldCheck.target?.value ?? "—"}）`}
              value={p?.held ?? "—"}
            />
            {p ? met(p.heldCheck.met) : null}
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={`在岗率（目标 ${percentBp(p?.occupancyCheck.target?.value)}）`}
              value={percentBp(p?.occupancyRateBp)}
            />
            {p ? met(p.occupancyCheck.met) : null}
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={`在建扶贫项目（目标 ${pr?.held.target?.value ?? "—"}）`}
              value={pr?.held.actual ?? "—"}
            />
            {pr ? met(pr.held.met) : null}
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={`${year}年新增项目（目标 ${pr?.startedInYear.target?.value ?? "—"}）`}
              value={pr?.startedInYear.actual ?? "—"}
            />
            {pr ? met(pr.startedInYear.met) : null}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={`截至 ${date(p?.asOf)}：在岗 ${p?.filled ?? "—"}，空岗 ${p?.vacant ?? "—"}`}
      >
        <Chart option={option} label="岗位与项目对照目标" />
      </Card>
    </div>
  );
}

const Cases = graphql(`
  query AssistanceCases($first: Int!, $after: String, $filter: AssistanceCasesFilter) {
    assistanceCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        status
        openedOn
        openedBy
        caseworker
        offerCount
        offersMissing
        townshipCode
        person {
          id
          name
          village
        }
      }
    }
  }
`);

/** 帮扶案件: the HR centre's worklist of assistance cases (R-EMP-3). */
export function CasesPage() {
  const townships = useTownships();
  const pager = useCursorPager(20);
  const [status, setStatus] = useState<string | undefined>("OPEN");
  const [codes, setCodes] = useState<string[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: Cases,
    variables: {
      first: pager.first,
      after: pager.after,
      filter: {
        ...(status ? { status: status as "OPEN" } : {}),
        ...(codes.length ? { townshipCodes: codes } : {}),
      },
    },
  });
  if (unavailableAt(error, ["assistanceCases"])) return <ServiceDown service="就业服务" />;
  return (
    <div>
      <PageTitle>帮扶案件</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <Select
          value={status}
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          options={options("caseStatus")}
          onChange={(v) => {
            setStatus(v);
            pager.reset();
          }}
          aria-label="案件状态"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="镇街"
          style={{ minWidth: 200 }}
          options={townships.options}
          onChange={(v) => {
            setCodes(v);
            pager.reset();
          }}
          aria-label="镇街筛选"
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.assistanceCases.nodes ?? []}
        columns={[
          {
            title: "姓名",
            render: (_: unknown, c) => <Link to={`/dossier/${c.person.id}`}>{c.person.name}</Link>,
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "村/社区", render: (_: unknown, c) => c.person.village },
          { title: "立案日期", dataIndex: "openedOn", render: date },
          { title: "立案", dataIndex: "openedBy" },
          { title: "责任人", dataIndex: "caseworker", render: (v: string | null) => v ?? "未指派" },
          { title: "已推荐", dataIndex: "offerCount" },
          { title: "尚缺", dataIndex: "offersMissing" },
          { title: "状态", dataIndex: "status", render: (s: string) => label("caseStatus", s) },
        ]}
      />
      <Pager
        total={data?.assistanceCases.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.assistanceCases.pageInfo.hasNextPage ?? false}
        endCursor={data?.assistanceCases.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
    </div>
  );
}

const OfferGaps = graphql(`
  query OfferGaps($first: Int!, $after: String, $filter: OfferGapsFilter) {
    offerGaps(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        openedOn
        offerCount
        offersMissing
        townshipCode
        person {
          id
          name
          village
        }
      }
    }
  }
`);

const RecordJobOffer = graphql(`
  mutation RecordJobOffer($input: RecordJobOfferInput!) {
    recordJobOffer(input: $input) {
      id
      personId
    }
  }
`);

type GapRow = OfferGapsQuery["offerGaps"]["nodes"][number];

interface OfferValues {
  employer: string;
  position: string;
  wage: string;
  offeredOn: Dayjs;
  channel: string;
}

/** 记录推荐 in place: one job offer to one person (R-EMP-3). */
function OfferModal({ row, onClose }: { row: GapRow | null; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OfferValues>();
  const [{ fetching }, run] = useMutation(RecordJobOffer);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal
      open={row !== null}
      title={`记录岗位推荐：${row?.person.name ?? ""}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText="保存推荐"
      confirmLoading={fetching}
      destroyOnHidden
    >
      {other ? (
        <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
          {other}
        </div>
      ) : null}
      <Form<OfferValues>
        form={form}
        layout="vertical"
        name="record-offer"
        initialValues={{ offeredOn: dayjs(today()), channel: "VILLAGE_DELIVERY" }}
        onFinish={async (v) => {
          const fen = fenOf(v.wage);
          if (fen === null) {
            form.setFields([{ name: "wage", errors: ["请填写月工资（元，最多两位小数）"] }]);
            return;
          }
          const r = await run({
            input: {
              personId: row?.person.id ?? "",
              employer: v.employer,
              position: v.position,
              monthlyWageFen: fen,
              offeredOn: v.offeredOn.format("YYYY-MM-DD"),
              channel: v.channel as "OTHER",
            },
          });
          if (r.error) {
            form.setFields([]);
            const rest = formErrorOf(form, r.error);
            if (r.error.graphQLErrors.some((e) => e.extensions?.["field"] === "input.monthlyWageFen"))
              form.setFields([{ name: "wage", errors: [rest ?? "月工资有误"] }]);
            setOther(rest);
            return;
          }
          message.success("已记录推荐");
          onClose(true);
        }}
      >
        <Form.Item
          label="用人单位"
          name="employer"
          rules={[{ required: true, whitespace: true, message: "请填写用人单位" }]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="岗位"
          name="position"
          rules={[{ required: true, whitespace: true, message: "请填写岗位" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="月工资（元）" name="wage" rules={[{ required: true, message: "请填写月工资" }]}>
              <Input autoComplete="off" inputMode="decimal" prefix="¥" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="推荐日期" name="offeredOn" rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="推荐渠道" name="channel">
          <Select
            options={options("offerChannel").filter((o) => o.value !== "JOB_FAIR")}
            aria-label="推荐渠道"
          />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 推荐缺口: open cases with fewer offers than required, longest-waiting first, with 记录推荐 in place. */
export function OfferGapsPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const pager = useCursorPager(20);
  const [codes, setCodes] = useState<string[]>([]);
  const [offering, setOffering] = useState<GapRow | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfferGaps,
    variables: {
      first: pager.first,
      after: pager.after,
      filter: codes.length ? { townshipCodes: codes } : {},
    },
  });
  const writer = canWrite(identity, "hr-centre");
  if (unavailableAt(error, ["offerGaps"])) return <ServiceDown service="就业服务" />;
  return (
    <div>
      <PageTitle
        extra={
          <DownloadButton ledger="offer-ledger" label="导出帮扶台账" filters={{ townshipCodes: codes }} />
        }
      >
        推荐缺口
      </PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          placeholder="镇街"
          style={{ minWidth: 200 }}
          options={townships.options}
          onChange={(v) => {
            setCodes(v);
            pager.reset();
          }}
          aria-label="镇街筛选"
        />
      </Space>
      <ErrorAlert error={error} />
      <Table<GapRow>
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.offerGaps.nodes ?? []}
        data-testid="offer-gaps"
        columns={[
          {
            title: "姓名",
            render: (_: unknown, c) => <Link to={`/dossier/${c.person.id}`}>{c.person.name}</Link>,
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "村/社区", render: (_: unknown, c) => c.person.village },
          { title: "立案日期", dataIndex: "openedOn", render: date },
          { title: "已推荐", dataIndex: "offerCount" },
          { title: "尚缺", dataIndex: "offersMissing", render: (n: number) => <Tag color="red">{n}</Tag> },
          ...(writer
            ? [
                {
                  title: "操作",
                  key: "op",
                  render: (_: unknown, c: GapRow) => (
                    <Button size="small" type="primary" onClick={() => setOffering(c)}>
                      记录推荐
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pager
        total={data?.offerGaps.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.offerGaps.pageInfo.hasNextPage ?? false}
        endCursor={data?.offerGaps.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
      <OfferModal
        row={offering}
        onClose={(saved) => {
          setOffering(null);
          if (saved) refetch({ requestPolicy: "network-only" });
        }}
      />
    </div>
  );
}

const Fairs = graphql(`
  query JobFairs($first: Int!, $after: String, $filter: JobFairsFilter, $quarter: QuarterInput!) {
    jobFairs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        heldOn
        kind
        title
        townshipCode
        employers
        positionsOffered
        poorAttendees
        offersMade
        recordedBy
      }
    }
    fairGaps(quarter: $quarter) {
      townshipCode
      name
    }
  }
`);

function quarterRange(year: number, q: number): { from: string; to: string } {
  const from = dayjs(`${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`);
  return {
    from: from.format("YYYY-MM-DD"),
    to: from.add(3, "month").subtract(1, "day").format("YYYY-MM-DD"),
  };
}

/** 专场招聘: fairs held in a quarter, and the concentrated townships still without one (R-EMP-4). */
export function FairsPage() {
  const townships = useTownships();
  const pager = useCursorPager(20);
  const now = today();
  const [year, setYear] = useState(Number(now.slice(0, 4)));
  const [quarter, setQuarter] = useState(Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1);
  const { from, to } = quarterRange(year, quarter);
  const filter = { heldFrom: from, heldTo: to };
  const [{ data, fetching, error }] = useQuery({
    query: Fairs,
    variables: { first: pager.first, after: pager.after, filter, quarter: { year, quarter } },
  });
  if (unavailableAt(error, ["jobFairs"])) return <ServiceDown service="就业服务" />;
  return (
    <div>
      <PageTitle extra={<DownloadButton ledger="job-fair-list" label="导出专场招聘一览" filters={filter} />}>
        专场招聘
      </PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <InputNumber
          value={year}
          onChange={(v) => v && (setYear(v), pager.reset())}
          aria-label="年度"
          suffix="年"
        />
        <Select
          value={quarter}
          onChange={(v) => {
            setQuarter(v);
            pager.reset();
          }}
          aria-label="季度"
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
        />
      </Space>
      <ErrorAlert error={error} />
      <Card
        size="small"
        title="本季度未举办专场招聘的集中镇街"
        style={{ marginBottom: 16 }}
        data-testid="fair-gaps"
      >
        {(data?.fairGaps ?? []).length === 0
          ? "无"
          : data?.fairGaps.map((g) => (
              <Tag key={g.townshipCode} color="red">
                {g.name}
              </Tag>
            ))}
      </Card>
      <Table
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.jobFairs.nodes ?? []}
        columns={[
          { title: "日期", dataIndex: "heldOn", render: date },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "形式", dataIndex: "kind", render: (k: string) => label("fairKind", k) },
          { title: "名称", dataIndex: "title" },
          { title: "企业", dataIndex: "employers" },
          { title: "岗位", dataIndex: "positionsOffered" },
          { title: "贫困人员到场", dataIndex: "poorAttendees" },
          { title: "推荐", dataIndex: "offersMade" },
          { title: "经办", dataIndex: "recordedBy" },
        ]}
      />
      <Pager
        total={data?.jobFairs.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.jobFairs.pageInfo.hasNextPage ?? false}
        endCursor={data?.jobFairs.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
    </div>
  );
}
