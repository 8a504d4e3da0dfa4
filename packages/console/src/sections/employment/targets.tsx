import { useState } from "react";
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import { unavailableAt } from "../../api/errors";
import { canWrite, type Identity } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, percentBp, today } from "../../lib/format";
import { label, options } from "../../lib/labels";
import { DateInput, FormModal, ymd } from "../../lib/forms";
import { ErrorAlert, PageTitle, ServiceDown } from "../../lib/ui";
import { FigureCard } from "./figures";

const Targets = graphql(`
  query EmploymentTargetsPage($year: Int, $quarter: QuarterInput!) {
    employmentTargets {
      id
      metric
      value
      validFrom
      deadline
      note
      createdBy
    }
    postFigures {
      held
      occupancyRateBp
      heldCheck {
        actual
        met
        status
        dueOn
        target {
          value
        }
      }
      occupancyCheck {
        actual
        met
        status
        dueOn
        target {
          value
        }
      }
    }
    projectFigures(year: $year) {
      held {
        actual
        met
        status
        dueOn
        target {
          value
        }
      }
      startedInYear {
        actual
        met
        status
        dueOn
        target {
          value
        }
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

const SetTarget = graphql(`
  mutation SetEmploymentTarget($input: SetEmploymentTargetInput!) {
    setEmploymentTarget(input: $input) {
      id
      metric
      value
    }
  }
`);

/** R-PRIN-2: a bureau manager or an hr-centre writer sets the employment targets. */
export function setsTargets(identity: Identity | null): boolean {
  return (
    canWrite(identity, "hr-centre") || (identity?.unit === "bureau" && identity.roles.includes("manager"))
  );
}

interface TargetValues {
  metric: string;
  value?: number;
  validFrom: Dayjs;
  deadline?: Dayjs | null;
  note?: string;
}

/** Occupancy is typed as a percentage and kept in basis points. */
const isBp = (metric: string) => metric === "POST_OCCUPANCY_BP";

function SetTargetModal({ open, onClose }: { open: boolean; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(SetTarget);
  const [metric, setMetric] = useState("POSTS_HELD");
  return (
    <FormModal<TargetValues>
      open={open}
      title="设定就业扶贫目标"
      okText="保存目标"
      name="set-target"
      success="已设定目标"
      initialValues={{
        metric: "POSTS_HELD",
        value: undefined,
        validFrom: dayjs(today()),
        deadline: undefined,
        note: undefined,
      }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            metric: v.metric as "POSTS_HELD",
            value: isBp(v.metric) ? Math.round((v.value ?? 0) * 100) : (v.value ?? 0),
            validFrom: ymd(v.validFrom),
            ...(v.deadline ? { deadline: ymd(v.deadline) } : {}),
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          },
        })
      }
    >
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item label="指标" name="metric">
            <Select aria-label="指标" options={options("targetMetric")} onChange={setMetric} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            label={isBp(metric) ? "目标值（%）" : "目标值"}
            name="value"
            rules={[{ required: true, message: "请填写目标值" }]}
          >
            <InputNumber min={0} precision={isBp(metric) ? 2 : 0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="生效日期" name="validFrom" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="完成期限" name="deadline">
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="依据/备注" name="note">
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** 目标: every employment figure against the goal in force (R-EMP-1, R-EMP-2, R-EMP-4), and the goals' history. */
export function TargetsPage() {
  const identity = useIdentity();
  const now = today();
  const year = Number(now.slice(0, 4));
  const quarter = Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1;
  const [setting, setSetting] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: Targets,
    variables: { year, quarter: { year, quarter } },
  });
  if (unavailableAt(error, ["employmentTargets"])) return <ServiceDown service="就业服务" />;
  const p = data?.postFigures;
  const pr = data?.projectFigures;
  const gaps = data?.fairGaps ?? [];
  const shown = (metric: string, v: number) => (isBp(metric) ? percentBp(v) : v);
  return (
    <div>
      <PageTitle
        extra={
          setsTargets(identity) ? (
            <Button type="primary" onClick={() => setSetting(true)}>
              设定目标
            </Button>
          ) : null
        }
      >
        就业扶贫目标
      </PageTitle>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <FigureCard
            title="公益岗位"
            value={p?.held}
            goal={p?.heldCheck.target?.value}
            check={p?.heldCheck}
          />
        </Col>
        <Col span={6}>
          <FigureCard
            title="在岗率"
            value={percentBp(p?.occupancyRateBp)}
            goal={p?.occupancyCheck.target ? percentBp(p.occupancyCheck.target.value) : undefined}
            check={p?.occupancyCheck}
          />
        </Col>
        <Col span={6}>
          <FigureCard
            title="在建项目"
            value={pr?.held.actual}
            goal={pr?.held.target?.value}
            check={pr?.held}
          />
        </Col>
        <Col span={6}>
          <FigureCard
            title={`${year}年新增项目`}
            value={pr?.startedInYear.actual}
            goal={pr?.startedInYear.target?.value}
            check={pr?.startedInYear}
          />
        </Col>
      </Row>
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={`${year}年第${quarter}季度未举办专场招聘的集中镇街：${gaps.length} 个`}
        data-testid="target-fair-gaps"
      >
        {gaps.length === 0
          ? "无"
          : gaps.map((g) => (
              <Tag key={g.townshipCode} color={g.status === "MISSED" ? "red" : "orange"}>
                {g.name}（{date(g.dueOn)} 前）
              </Tag>
            ))}
      </Card>
      <Table
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={data?.employmentTargets ?? []}
        title={() => "目标及历次调整"}
        locale={{ emptyText: "尚未设定目标" }}
        columns={[
          { title: "指标", dataIndex: "metric", render: (m: string) => label("targetMetric", m) },
          {
            title: "目标值",
            dataIndex: "value",
            align: "right",
            render: (v: number, t) => shown(t.metric, v),
          },
          { title: "生效日期", dataIndex: "validFrom", render: date },
          { title: "完成期限", dataIndex: "deadline", render: date },
          { title: "依据/备注", dataIndex: "note", render: (n: string | null) => n ?? "—" },
          { title: "设定人", dataIndex: "createdBy" },
        ]}
      />
      <SetTargetModal
        open={setting}
        onClose={(saved) => {
          setSetting(false);
          if (saved) refetch({ requestPolicy: "network-only" });
        }}
      />
    </div>
  );
}
