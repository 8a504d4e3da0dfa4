import { useState } from "react";
import { Button, Col, Form, InputNumber, Row, Select, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import type { EnrolmentsQuery, PremiumSubsidiesQuery } from "../../gql/graphql";
import { canWrite, type Identity } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, today, yuan } from "../../lib/format";
import { label, options } from "../../lib/labels";
import { DateInput, FormModal, YuanInput, fenFrom, ymd, yuanRules } from "../../lib/forms";
import {
  FilterBar,
  PagedTable,
  usePagedList,
  TownshipFilter,
  actionColumn,
  resetting,
} from "../../lib/table";
import { DownloadButton, ErrorAlert, PageTitle, useTownships } from "../../lib/ui";

type Scheme = "RESIDENT_MEDICAL" | "RESIDENT_PENSION";

/** The centre owning a scheme writes it: medical-centre the medical scheme, pension-centre the pension. */
export function writesScheme(identity: Identity | null, scheme: string): boolean {
  return scheme === "RESIDENT_PENSION"
    ? canWrite(identity, "pension-centre")
    : canWrite(identity, "medical-centre");
}

/** The caller's own scheme first (a centre works on its own). */
export const ownScheme = (identity: Identity): Scheme =>
  identity.unit === "pension-centre" ? "RESIDENT_PENSION" : "RESIDENT_MEDICAL";

const Enrolments = graphql(`
  query Enrolments($first: Int!, $after: String, $filter: EnrolmentsFilter) {
    enrolments(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        personId
        townshipCode
        scheme
        schemeYear
        status
        contributionTier
        enrolledOn
        version
      }
    }
  }
`);

const RecordEnrolment = graphql(`
  mutation RecordEnrolment($input: RecordEnrolmentInput!) {
    recordEnrolment(input: $input) {
      id
      status
      enrolledOn
      version
    }
  }
`);

type EnrolmentRow = EnrolmentsQuery["enrolments"]["nodes"][number];

interface EnrolmentValues {
  status: string;
  schemeYear: number;
  contributionTier?: number | null;
  enrolledOn?: Dayjs | null;
}

/** 记录参保 / 确认参保 of one person in one scheme (R-SS-1), with the version the clerk read. */
function EnrolmentModal({ row, onClose }: { row: EnrolmentRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(RecordEnrolment);
  const pension = row?.scheme === "RESIDENT_PENSION";
  return (
    <FormModal<EnrolmentValues>
      open={row !== null}
      title={`记录参保：${label("scheme", row?.scheme)}`}
      okText="保存参保"
      name="record-enrolment"
      success="已记录参保"
      initialValues={{
        status: "ENROLLED",
        schemeYear: row?.schemeYear ?? Number(today().slice(0, 4)),
        contributionTier: row?.contributionTier ?? (pension ? 1 : undefined),
        enrolledOn: dayjs(today()),
      }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            personId: row?.personId ?? "",
            scheme: (row?.scheme ?? "RESIDENT_MEDICAL") as Scheme,
            version: row?.version ?? 0,
            status: v.status as "ENROLLED",
            schemeYear: v.schemeYear,
            ...(v.contributionTier ? { contributionTier: v.contributionTier } : {}),
            ...(v.enrolledOn && v.status === "ENROLLED" ? { enrolledOn: ymd(v.enrolledOn) } : {}),
          },
        })
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="参保状态" name="status">
            <Select aria-label="参保状态" options={options("enrolmentStatus")} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="参保年度"
            name="schemeYear"
            rules={[{ required: true, message: "请填写参保年度" }]}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {pension ? (
          <Col span={12}>
            <Form.Item label="缴费档次" name="contributionTier">
              <InputNumber min={1} max={20} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={12}>
          <Form.Item label="参保日期" name="enrolledOn">
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/** 参保登记: every poor person's enrolment per scheme; the owning centre records or confirms it (R-SS-1). */
export function EnrolmentsPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [scheme, setScheme] = useState<Scheme>(ownScheme(identity));
  const [status, setStatus] = useState<string | undefined>();
  const [codes, setCodes] = useState<string[]>([]);
  const [editing, setEditing] = useState<EnrolmentRow | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Enrolments,
    field: "enrolments",
    service: "社保服务",
    variables: {
      filter: {
        scheme,
        ...(status ? { status: status as "PENDING" } : {}),
        ...(codes.length ? { townshipCodes: codes } : {}),
      },
    },
  });
  const writer = writesScheme(identity, scheme);
  if (down) return down;
  return (
    <div>
      <PageTitle>参保登记</PageTitle>
      <FilterBar>
        <Select
          value={scheme}
          onChange={resetting(pager, setScheme)}
          options={options("scheme")}
          aria-label="险种"
        />
        <Select
          value={status}
          allowClear
          placeholder="参保状态"
          style={{ width: 130 }}
          options={options("enrolmentStatus")}
          onChange={resetting(pager, setStatus)}
          aria-label="参保状态筛选"
        />
        <TownshipFilter onChange={resetting(pager, setCodes)} />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<EnrolmentRow>
        connection={data?.enrolments}
        pager={pager}
        loading={fetching}
        data-testid="enrolments"
        columns={[
          {
            title: "人员",
            dataIndex: "personId",
            render: (id: string) => <Link to={`/dossier/${id}`}>档案</Link>,
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "险种", dataIndex: "scheme", render: (s: string) => label("scheme", s) },
          { title: "年度", dataIndex: "schemeYear" },
          {
            title: "状态",
            dataIndex: "status",
            render: (s: string) => (
              <Tag color={s === "ENROLLED" ? "green" : s === "PENDING" ? "orange" : "default"}>
                {label("enrolmentStatus", s)}
              </Tag>
            ),
          },
          { title: "缴费档次", dataIndex: "contributionTier", render: (t: number | null) => t ?? "—" },
          { title: "参保日期", dataIndex: "enrolledOn", render: date },
          ...actionColumn<EnrolmentRow>(writer, (e) => (
            <Button
              size="small"
              type={e.status === "PENDING" ? "primary" : "default"}
              onClick={() => setEditing(e)}
            >
              {e.status === "PENDING" ? "记录参保" : "变更"}
            </Button>
          )),
        ]}
      />
      <EnrolmentModal
        row={editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}

const Subsidies = graphql(`
  query PremiumSubsidies($first: Int!, $after: String, $filter: SubsidiesFilter) {
    premiumSubsidies(first: $first, after: $after, filter: $filter) {
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
        scheme
        year
        standardFen
        paidFen
        paidOn
        dueOn
        state
        version
      }
    }
  }
`);

const RecordSubsidyPayment = graphql(`
  mutation RecordSubsidyPayment($input: RecordSubsidyPaymentInput!) {
    recordSubsidyPayment(input: $input) {
      id
      paidFen
      paidOn
      state
      version
    }
  }
`);

type SubsidyRow = PremiumSubsidiesQuery["premiumSubsidies"]["nodes"][number];

interface PaymentValues {
  paid?: string;
  paidOn: Dayjs;
}

/** 记录到账: the subsidy money that arrived, in yuan, with the version the clerk read. */
function PaymentModal({ row, onClose }: { row: SubsidyRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(RecordSubsidyPayment);
  return (
    <FormModal<PaymentValues>
      open={row !== null}
      title={`记录代缴到账：${row?.person.name ?? ""}（${label("scheme", row?.scheme)} ${row?.year ?? ""}年，标准 ${yuan(row?.standardFen)}）`}
      okText="保存到账"
      name="record-subsidy-payment"
      success="已记录到账"
      initialValues={{
        paid: row ? (row.standardFen / 100).toFixed(2) : undefined,
        paidOn: dayjs(today()),
      }}
      rename={{ paidFen: "paid" }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            subsidyId: row?.id ?? "",
            version: row?.version ?? 0,
            paidFen: fenFrom(v.paid),
            paidOn: ymd(v.paidOn),
          },
        })
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="累计到账金额（元）" name="paid" rules={yuanRules("到账金额")}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="到账日期" name="paidOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

const newestYear = (rows: readonly { year: number }[] | undefined): number | undefined =>
  rows?.length ? Math.max(...rows.map((r) => r.year)) : undefined;

/** 代缴补贴台账: the premium subsidies per person and year, and 记录到账 for the owning centre (R-SS-1). */
export function SubsidiesPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const thisYear = Number(today().slice(0, 4));
  const [scheme, setScheme] = useState<Scheme>(ownScheme(identity));
  const [year, setYear] = useState<number | undefined>();
  const [state, setState] = useState<string | undefined>();
  const [codes, setCodes] = useState<string[]>([]);
  const [paying, setPaying] = useState<SubsidyRow | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Subsidies,
    field: "premiumSubsidies",
    service: "社保服务",
    variables: {
      filter: {
        scheme,
        ...(year ? { year } : {}),
        ...(state ? { state: state as "UNPAID" } : {}),
        ...(codes.length ? { townshipCodes: codes } : {}),
      },
    },
  });
  const writer = writesScheme(identity, scheme);
  if (down) return down;
  return (
    <div>
      <PageTitle
        extra={
          <DownloadButton
            ledger="subsidy-ledger"
            label="导出代缴补贴台账"
            // No year chosen: the newest year on the page (a plan's years outlive it), else this year.
            filters={{ year: year ?? newestYear(data?.premiumSubsidies.nodes) ?? thisYear, scheme }}
          />
        }
      >
        代缴补贴台账
      </PageTitle>
      <FilterBar>
        <Select
          value={scheme}
          onChange={resetting(pager, setScheme)}
          options={options("scheme")}
          aria-label="险种"
        />
        <Select
          value={year}
          allowClear
          placeholder="年度"
          onChange={resetting(pager, setYear)}
          aria-label="年度"
          // Next year back to ten years ago: a plan's years stay owed after it ends (R-PRIN-1),
          // so the 2018–2020 plan's subsidies are still worked in 2026.
          options={Array.from({ length: 12 }, (_, i) => thisYear + 1 - i).map((y) => ({
            value: y,
            label: `${y}年`,
          }))}
        />
        <Select
          allowClear
          placeholder="代缴状态"
          style={{ width: 130 }}
          options={options("subsidyState")}
          onChange={resetting(pager, setState)}
          aria-label="代缴状态筛选"
        />
        <TownshipFilter onChange={resetting(pager, setCodes)} />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<SubsidyRow>
        connection={data?.premiumSubsidies}
        pager={pager}
        loading={fetching}
        data-testid="subsidies"
        columns={[
          {
            title: "姓名",
            render: (_: unknown, s) => <Link to={`/dossier/${s.person.id}`}>{s.person.name}</Link>,
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "年度", dataIndex: "year" },
          { title: "标准", dataIndex: "standardFen", render: yuan, align: "right" },
          { title: "已到账", dataIndex: "paidFen", render: yuan, align: "right" },
          { title: "到账日期", dataIndex: "paidOn", render: date },
          { title: "应缴期限", dataIndex: "dueOn", render: date },
          {
            title: "状态",
            dataIndex: "state",
            render: (s: string) => (
              <Tag color={s === "ON_TIME_IN_FULL" ? "green" : s === "NOT_YET_DUE" ? "blue" : "red"}>
                {label("subsidyState", s)}
              </Tag>
            ),
          },
          ...actionColumn<SubsidyRow>(writer, (s) =>
            s.paidFen < s.standardFen ? (
              <Button size="small" type="primary" onClick={() => setPaying(s)}>
                记录到账
              </Button>
            ) : null,
          ),
        ]}
      />
      <PaymentModal
        row={paying}
        onClose={(saved) => {
          setPaying(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}
