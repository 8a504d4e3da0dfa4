import { useState } from "react";
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import type { AssistanceCasesQuery, OfferGapsQuery } from "../../gql/graphql";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, today } from "../../lib/format";
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
        closedOn
        closeReason
        version
        person {
          id
          name
          village
        }
      }
    }
  }
`);

const RecordPlacement = graphql(`
  mutation RecordPlacement($input: RecordPlacementInput!) {
    recordPlacement(input: $input) {
      id
      personId
    }
  }
`);

const AssignCaseworker = graphql(`
  mutation AssignCaseworker($input: AssignCaseworkerInput!) {
    assignCaseworker(input: $input) {
      id
      caseworker
      version
    }
  }
`);

const CloseAssistanceCase = graphql(`
  mutation CloseAssistanceCase($input: CloseAssistanceCaseInput!) {
    closeAssistanceCase(input: $input) {
      id
      status
      closedOn
      closeReason
      version
    }
  }
`);

type CaseRow = AssistanceCasesQuery["assistanceCases"]["nodes"][number];

interface PlacementValues {
  kind: string;
  employer?: string;
  since: Dayjs;
}

/** 记录就业安置: where the person went to work (enterprise, self-employment, a project). */
function PlacementModal({ row, onClose }: { row: CaseRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(RecordPlacement);
  return (
    <FormModal<PlacementValues>
      open={row !== null}
      title={`记录就业安置：${row?.person.name ?? ""}`}
      okText="保存安置"
      name="record-placement"
      success="已记录就业安置"
      initialValues={{ kind: "ENTERPRISE", employer: undefined, since: dayjs(today()) }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            personId: row?.person.id ?? "",
            kind: v.kind as "ENTERPRISE",
            employer: v.employer ?? "",
            since: ymd(v.since),
          },
        })
      }
    >
      <Form.Item label="安置方式" name="kind">
        <Select
          aria-label="安置方式"
          options={options("placementKind").filter((o) => o.value !== "PUBLIC_WELFARE_POST")}
        />
      </Form.Item>
      <Form.Item
        label="用人单位/经营项目"
        name="employer"
        rules={[{ required: true, whitespace: true, message: "请填写用人单位" }]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item label="就业日期" name="since" rules={[{ required: true, message: "请选择日期" }]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}

function CaseworkerModal({ row, onClose }: { row: CaseRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(AssignCaseworker);
  return (
    <FormModal<{ caseworker?: string }>
      open={row !== null}
      title={`指派帮扶责任人：${row?.person.name ?? ""}`}
      okText="指派"
      name="assign-caseworker"
      success="已指派责任人"
      initialValues={{ caseworker: row?.caseworker ?? undefined }}
      onClose={onClose}
      onSubmit={(v) =>
        run({ input: { caseId: row?.id ?? "", version: row?.version ?? 0, caseworker: v.caseworker ?? "" } })
      }
    >
      <Form.Item
        label="责任人"
        name="caseworker"
        rules={[{ required: true, whitespace: true, message: "请填写责任人" }]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}

interface CloseValues {
  reason?: string;
  closedOn: Dayjs;
}

/**
 * 结案: a clerk closes a case with the reason (R-PRIN-1: leaving poverty is never one; the service
 * closes nothing on an exit). The date defaults to today and cannot precede the case's opening.
 */
function CloseCaseModal({ row, onClose }: { row: CaseRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(CloseAssistanceCase);
  return (
    <FormModal<CloseValues>
      open={row !== null}
      title={`帮扶结案：${row?.person.name ?? ""}（${date(row?.openedOn)} 立案）`}
      okText="确认结案"
      name="close-case"
      success="已结案"
      initialValues={{ reason: undefined, closedOn: dayjs(today()) }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            caseId: row?.id ?? "",
            version: row?.version ?? 0,
            reason: v.reason ?? "",
            closedOn: ymd(v.closedOn),
          },
        })
      }
    >
      <Form.Item label="结案日期" name="closedOn" rules={[{ required: true, message: "请选择日期" }]}>
        <DateInput />
      </Form.Item>
      <Form.Item
        label="结案原因"
        name="reason"
        extra="脱贫不是结案理由（脱贫不脱政策）"
        rules={[{ required: true, whitespace: true, message: "请填写结案原因" }]}
      >
        <Input.TextArea autoFocus rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** 帮扶案件: the HR centre's worklist of assistance cases (R-EMP-3). */
export function CasesPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [status, setStatus] = useState<string | undefined>("OPEN");
  const [codes, setCodes] = useState<string[]>([]);
  const [placing, setPlacing] = useState<CaseRow | null>(null);
  const [assigning, setAssigning] = useState<CaseRow | null>(null);
  const [closing, setClosing] = useState<CaseRow | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Cases,
    variables: {
      filter: {
        ...(status ? { status: status as "OPEN" } : {}),
        ...(codes.length ? { townshipCodes: codes } : {}),
      },
    },
    field: "assistanceCases",
    service: "就业服务",
  });
  const writer = canWrite(identity, "hr-centre");
  const closed = (set: (r: null) => void) => (saved: boolean) => {
    set(null);
    if (saved) refetch();
  };
  if (down) return down;
  return (
    <div>
      <PageTitle>帮扶案件</PageTitle>
      <FilterBar>
        <Select
          value={status}
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          options={options("caseStatus")}
          onChange={resetting(pager, setStatus)}
          aria-label="案件状态"
        />
        <TownshipFilter onChange={resetting(pager, setCodes)} />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<CaseRow>
        connection={data?.assistanceCases}
        pager={pager}
        loading={fetching}
        scroll={{ x: 1100 }}
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
          {
            title: "状态",
            render: (_: unknown, c) =>
              c.closedOn
                ? `${label("caseStatus", c.status)}（${date(c.closedOn)}${c.closeReason ? `，${c.closeReason}` : ""}）`
                : label("caseStatus", c.status),
          },
          ...actionColumn<CaseRow>(
            writer,
            (c) =>
              c.status === "OPEN" ? (
                <Space size="small">
                  <Button size="small" onClick={() => setAssigning(c)}>
                    指派
                  </Button>
                  <Button size="small" type="primary" onClick={() => setPlacing(c)}>
                    记录安置
                  </Button>
                  <Button size="small" danger onClick={() => setClosing(c)}>
                    结案
                  </Button>
                </Space>
              ) : null,
            { width: 230 },
          ),
        ]}
      />
      <PlacementModal row={placing} onClose={closed(setPlacing)} />
      <CaseworkerModal row={assigning} onClose={closed(setAssigning)} />
      <CloseCaseModal row={closing} onClose={closed(setClosing)} />
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
  employer?: string;
  position?: string;
  wage?: string;
  offeredOn: Dayjs;
  channel: string;
}

/** 记录推荐 in place: one job offer to one person (R-EMP-3). */
function OfferModal({ row, onClose }: { row: GapRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(RecordJobOffer);
  return (
    <FormModal<OfferValues>
      open={row !== null}
      title={`记录岗位推荐：${row?.person.name ?? ""}`}
      okText="保存推荐"
      name="record-offer"
      success="已记录推荐"
      initialValues={{
        employer: undefined,
        position: undefined,
        wage: undefined,
        offeredOn: dayjs(today()),
        channel: "VILLAGE_DELIVERY",
      }}
      rename={{ monthlyWageFen: "wage" }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            personId: row?.person.id ?? "",
            employer: v.employer ?? "",
            position: v.position ?? "",
            monthlyWageFen: fenFrom(v.wage),
            offeredOn: ymd(v.offeredOn),
            channel: v.channel as "OTHER",
          },
        })
      }
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
          <Form.Item label="月工资（元）" name="wage" rules={yuanRules("月工资")}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="推荐日期" name="offeredOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="推荐渠道" name="channel">
        <Select
          options={options("offerChannel").filter((o) => o.value !== "JOB_FAIR")}
          aria-label="推荐渠道"
        />
      </Form.Item>
    </FormModal>
  );
}

/** 推荐缺口: open cases with fewer offers than required, longest-waiting first, with 记录推荐 in place. */
export function OfferGapsPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [codes, setCodes] = useState<string[]>([]);
  const [offering, setOffering] = useState<GapRow | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: OfferGaps,
    variables: { filter: codes.length ? { townshipCodes: codes } : {} },
    field: "offerGaps",
    service: "就业服务",
  });
  const writer = canWrite(identity, "hr-centre");
  if (down) return down;
  return (
    <div>
      <PageTitle
        extra={
          <DownloadButton ledger="offer-ledger" label="导出帮扶台账" filters={{ townshipCodes: codes }} />
        }
      >
        推荐缺口
      </PageTitle>
      <FilterBar>
        <TownshipFilter onChange={resetting(pager, setCodes)} />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<GapRow>
        connection={data?.offerGaps}
        pager={pager}
        loading={fetching}
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
          ...actionColumn<GapRow>(writer, (c) => (
            <Button size="small" type="primary" onClick={() => setOffering(c)}>
              记录推荐
            </Button>
          )),
        ]}
      />
      <OfferModal
        row={offering}
        onClose={(saved) => {
          setOffering(null);
          if (saved) refetch();
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
      dueOn
      status
    }
  }
`);

const RecordJobFair = graphql(`
  mutation RecordJobFair($input: RecordJobFairInput!) {
    recordJobFair(input: $input) {
      id
      heldOn
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

interface FairValues {
  townshipCode?: string;
  kind: string;
  title?: string;
  heldOn: Dayjs;
  employers?: number;
  positionsOffered?: number;
  poorAttendees?: number;
  offersMade?: number;
}

/** 记录专场招聘 (R-EMP-4): a fair held in a township, with what came of it. */
function FairModal({
  open,
  township,
  onClose,
}: {
  open: boolean;
  township?: string;
  onClose: (saved: boolean) => void;
}) {
  const townships = useTownships();
  const [, run] = useMutation(RecordJobFair);
  const count = (name: keyof FairValues, text: string) => (
    <Col span={6}>
      <Form.Item label={text} name={name} rules={[{ required: true, message: `请填写${text}` }]}>
        <InputNumber min={0} precision={0} style={{ width: "100%" }} />
      </Form.Item>
    </Col>
  );
  return (
    <FormModal<FairValues>
      open={open}
      title="记录专场招聘"
      okText="保存"
      name="record-fair"
      success="已记录专场招聘"
      width={640}
      initialValues={{
        townshipCode: township,
        kind: "RECRUITMENT_CARAVAN",
        title: undefined,
        heldOn: dayjs(today()),
        employers: undefined,
        positionsOffered: undefined,
        poorAttendees: undefined,
        offersMade: undefined,
      }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            townshipCode: v.townshipCode ?? "",
            kind: v.kind as "OTHER",
            heldOn: ymd(v.heldOn),
            ...(v.title?.trim() ? { title: v.title.trim() } : {}),
            employers: v.employers ?? 0,
            positionsOffered: v.positionsOffered ?? 0,
            poorAttendees: v.poorAttendees ?? 0,
            offersMade: v.offersMade ?? 0,
          },
        })
      }
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="镇街" name="townshipCode" rules={[{ required: true, message: "请选择镇街" }]}>
            <Select aria-label="镇街" options={townships.options} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="形式" name="kind">
            <Select aria-label="形式" options={options("fairKind")} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="举办日期" name="heldOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="名称" name="title">
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Row gutter={12}>
        {count("employers", "参会企业")}
        {count("positionsOffered", "提供岗位")}
        {count("poorAttendees", "贫困人员到场")}
        {count("offersMade", "达成推荐")}
      </Row>
    </FormModal>
  );
}

/** 专场招聘: fairs held in a quarter, and the concentrated townships still without one (R-EMP-4). */
export function FairsPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const now = today();
  const [year, setYear] = useState(Number(now.slice(0, 4)));
  const [quarter, setQuarter] = useState(Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1);
  const [recording, setRecording] = useState<{ township?: string } | null>(null);
  const { from, to } = quarterRange(year, quarter);
  const filter = { heldFrom: from, heldTo: to };
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Fairs,
    variables: { filter, quarter: { year, quarter } },
    field: "jobFairs",
    service: "就业服务",
  });
  const writer = canWrite(identity, "hr-centre");
  if (down) return down;
  return (
    <div>
      <PageTitle
        extra={
          <>
            <DownloadButton ledger="job-fair-list" label="导出专场招聘一览" filters={filter} />
            {writer ? (
              <Button type="primary" onClick={() => setRecording({})}>
                记录专场招聘
              </Button>
            ) : null}
          </>
        }
      >
        专场招聘
      </PageTitle>
      <FilterBar>
        <InputNumber
          value={year}
          onChange={(v) => v && (setYear(v), pager.reset())}
          aria-label="年度"
          suffix="年"
        />
        <Select
          value={quarter}
          onChange={resetting(pager, setQuarter)}
          aria-label="季度"
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <Card
        size="small"
        title={`${year}年第${quarter}季度未举办专场招聘的集中镇街`}
        style={{ marginBottom: 16 }}
        data-testid="fair-gaps"
      >
        {(data?.fairGaps ?? []).length === 0 ? (
          "无"
        ) : (
          <Space wrap>
            {data?.fairGaps.map((g) => (
              <Tag key={g.townshipCode} color={g.status === "MISSED" ? "red" : "orange"}>
                {g.name}（{date(g.dueOn)} 前）
                {writer ? (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setRecording({ township: g.townshipCode })}
                    aria-label={`为${g.name}记录专场招聘`}
                  >
                    记录
                  </Button>
                ) : null}
              </Tag>
            ))}
          </Space>
        )}
      </Card>
      <PagedTable
        connection={data?.jobFairs}
        pager={pager}
        loading={fetching}
        data-testid="fairs"
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
      <FairModal
        open={recording !== null}
        {...(recording?.township ? { township: recording.township } : {})}
        onClose={(saved) => {
          setRecording(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}
