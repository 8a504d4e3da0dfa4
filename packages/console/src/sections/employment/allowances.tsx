import { useState } from "react";
import { Button, Col, DatePicker, Form, InputNumber, Row, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { AllowanceStatementQuery } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { today, yuan } from "../../lib/format";
import { FormModal } from "../../lib/forms";
import { FilterBar, TownshipFilter, actionColumn } from "../../lib/table";
import { ErrorAlert, PageTitle, ServiceDown, useTownships } from "../../lib/ui";
import { FigureCard } from "./figures";

const PlacementLogs = graphql(`
  query PlacementWorkLogs($postId: ID!) {
    publicWelfarePost(id: $postId) {
      id
      placements {
        id
        workLogs {
          id
          month
          daysWorked
        }
      }
    }
  }
`);

const RecordWorkLog = graphql(`
  mutation RecordWorkLog($input: RecordWorkLogInput!) {
    recordWorkLog(input: $input) {
      id
      month
      daysWorked
    }
  }
`);

/** The placement a work log is for, as the page that opens the form knows it. */
export interface WorkLogTarget {
  postId: string;
  placementId: string;
  postTitle: string;
  personName: string;
  /** The month to start with (the statement's); this month otherwise. */
  month?: string;
}

/**
 * 记录考勤: a month's days worked in a public-welfare post (no log, no allowance). Recording a month
 * again corrects it. The months already logged are listed; the server says at the field when the
 * month is outside the placement or in the future, or the days do not fit the month.
 */
export function WorkLogModal({
  target,
  onClose,
}: {
  target: WorkLogTarget | null;
  onClose: (saved: boolean) => void;
}) {
  const [, run] = useMutation(RecordWorkLog);
  const [{ data }] = useQuery({
    query: PlacementLogs,
    variables: { postId: target?.postId ?? "" },
    pause: !target,
    requestPolicy: "network-only",
  });
  const logs = data?.publicWelfarePost?.placements.find((p) => p.id === target?.placementId)?.workLogs ?? [];
  return (
    <FormModal<{ month: Dayjs; daysWorked?: number }>
      open={target !== null}
      title={`记录考勤：${target?.personName ?? ""}（${target?.postTitle ?? ""}）`}
      okText="保存考勤"
      name="record-work-log"
      success="已记录考勤"
      initialValues={{ month: dayjs(target?.month ?? today().slice(0, 7)), daysWorked: undefined }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            placementId: target?.placementId ?? "",
            month: v.month.format("YYYY-MM"),
            daysWorked: v.daysWorked ?? 0,
          },
        })
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="月份" name="month" rules={[{ required: true, message: "请选择月份" }]}>
            <DatePicker picker="month" format="YYYY-MM" style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="出勤天数"
            name="daysWorked"
            rules={[{ required: true, message: "请填写出勤天数" }]}
          >
            <InputNumber autoFocus min={1} max={31} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary" data-testid="work-logs">
        已记录：
        {logs.length === 0
          ? "无"
          : [...logs]
              .sort((a, b) => (a.month < b.month ? 1 : -1))
              .map((l) => `${l.month} ${l.daysWorked}天`)
              .join("，")}
      </Typography.Text>
    </FormModal>
  );
}

const Statement = graphql(`
  query AllowanceStatement($month: String!, $townshipCodes: [String!]) {
    allowanceStatement(month: $month, townshipCodes: $townshipCodes) {
      month
      placements
      logged
      totalDueFen
      lines {
        placementId
        postId
        postTitle
        townshipCode
        logged
        daysWorked
        monthlyAllowanceFen
        dueFen
        person {
          id
          name
        }
      }
    }
  }
`);

type Line = AllowanceStatementQuery["allowanceStatement"]["lines"][number];

/**
 * 岗位补贴发放表 (R-EMP-1): every public-welfare placement active in a month, its work log and the
 * allowance due — the post's monthly allowance with a log, nothing without one — with 记录考勤 in
 * place for the lines that still lack one.
 */
export function AllowancesPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [month, setMonth] = useState(today().slice(0, 7));
  const [codes, setCodes] = useState<string[]>([]);
  const [logging, setLogging] = useState<WorkLogTarget | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Statement,
    variables: { month, ...(codes.length ? { townshipCodes: codes } : {}) },
  });
  const writer = canWrite(identity, "hr-centre");
  if (unavailableAt(error, ["allowanceStatement"])) return <ServiceDown service="就业服务" />;
  const s = data?.allowanceStatement;
  return (
    <div>
      <PageTitle>岗位补贴发放表</PageTitle>
      <FilterBar>
        <DatePicker
          picker="month"
          format="YYYY-MM"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format("YYYY-MM"))}
          aria-label="月份"
        />
        <TownshipFilter onChange={setCodes} />
      </FilterBar>
      <ErrorAlert error={error} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <FigureCard
            title={`${month} 在岗人次`}
            value={s?.placements}
            goal={undefined}
            check={null}
            testId="allowance-placements"
          />
        </Col>
        <Col span={8}>
          <FigureCard
            title="有考勤人次"
            value={s?.logged}
            goal={undefined}
            check={null}
            testId="allowance-logged"
          />
        </Col>
        <Col span={8}>
          <FigureCard
            title="应发补贴合计"
            value={s ? yuan(s.totalDueFen) : undefined}
            goal={undefined}
            check={null}
            testId="allowance-total"
          />
        </Col>
      </Row>
      <Table<Line>
        rowKey="placementId"
        size="middle"
        loading={fetching}
        data-testid="allowance-lines"
        dataSource={s?.lines ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
        scroll={{ x: 1000 }}
        columns={[
          { title: "岗位", dataIndex: "postTitle", width: 180 },
          {
            title: "在岗人员",
            width: 120,
            render: (_: unknown, l) => <Link to={`/dossier/${l.person.id}`}>{l.person.name}</Link>,
          },
          {
            title: "镇街",
            dataIndex: "townshipCode",
            width: 110,
            render: (c: string) => townships.name(c),
          },
          {
            title: "考勤",
            width: 120,
            render: (_: unknown, l) =>
              l.logged ? `出勤 ${l.daysWorked ?? 0} 天` : <Tag color="red">无考勤</Tag>,
          },
          { title: "月补贴", dataIndex: "monthlyAllowanceFen", width: 110, render: yuan, align: "right" },
          { title: "应发", dataIndex: "dueFen", width: 110, render: yuan, align: "right" },
          ...actionColumn<Line>(
            writer,
            (l) => (
              <Button
                size="small"
                type={l.logged ? "default" : "primary"}
                onClick={() =>
                  setLogging({
                    postId: l.postId,
                    placementId: l.placementId,
                    postTitle: l.postTitle,
                    personName: l.person.name,
                    month,
                  })
                }
              >
                {l.logged ? "修改考勤" : "记录考勤"}
              </Button>
            ),
            { width: 110 },
          ),
        ]}
      />
      <Typography.Text type="secondary">无考勤不发放补贴：该月无考勤记录的人员应发为 ¥0.00。</Typography.Text>
      <WorkLogModal
        target={logging}
        onClose={(saved) => {
          setLogging(null);
          if (saved) refetch({ requestPolicy: "network-only" });
        }}
      />
    </div>
  );
}
