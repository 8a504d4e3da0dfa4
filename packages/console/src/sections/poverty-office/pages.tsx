import { useState } from "react";
import { App, Button, DatePicker, Form, Input, Modal, Select, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import type { BurdenNoticesQuery } from "../../gql/graphql";
import { formErrorOf } from "../../api/errors";
import { REGISTER_WRITERS, canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, dateTime, today, yuan } from "../../lib/format";
import { ErrorAlert, PageTitle, SubmitOnEnter, useTownships } from "../../lib/ui";
import { FilterBar, PagedTable, usePagedList } from "../../lib/table";

const Notices = graphql(`
  query BurdenNotices($first: Int!, $after: String, $filter: BurdenNoticesFilter) {
    burdenNotices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        version
        personId
        townshipCode
        claimDate
        totalCostFen
        outOfPocketFen
        reason
        receivedAt
        acknowledgedOn
        acknowledgedBy
        followUp
        person {
          id
          name
          village
        }
      }
    }
  }
`);

const Acknowledge = graphql(`
  mutation AcknowledgeBurdenNotice($input: AcknowledgeBurdenNoticeInput!) {
    acknowledgeBurdenNotice(input: $input) {
      id
      version
      acknowledgedOn
    }
  }
`);

type Notice = BurdenNoticesQuery["burdenNotices"]["nodes"][number];

function FollowUpModal({ notice, onClose }: { notice: Notice | null; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ followUp: string; acknowledgedOn: Dayjs }>();
  const [{ fetching }, run] = useMutation(Acknowledge);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal
      open={notice !== null}
      title={`记录跟进：${notice?.person?.name ?? ""}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={fetching}
      destroyOnHidden
    >
      {other ? (
        <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
          {other}
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ acknowledgedOn: dayjs(today()) }}
        onFinish={async (v) => {
          if (!notice) return;
          const r = await run({
            input: {
              id: notice.id,
              version: notice.version,
              followUp: v.followUp,
              acknowledgedOn: v.acknowledgedOn.format("YYYY-MM-DD"),
            },
          });
          if (r.error) {
            setOther(formErrorOf(form, r.error));
            return;
          }
          message.success("已记录跟进");
          onClose(true);
        }}
      >
        <Form.Item
          label="跟进措施（如临时救助、政府兜底）"
          name="followUp"
          rules={[{ required: true, whitespace: true, message: "请填写跟进措施" }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
        <Form.Item label="跟进日期" name="acknowledgedOn">
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 大病负担通报: heavy out-of-pocket medical burdens reported by the medical centre (R-SS-5), to follow up. */
export function BurdenNoticesPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [open, setOpen] = useState<boolean | undefined>(true);
  const [following, setFollowing] = useState<Notice | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Notices,
    variables: { filter: open === undefined ? {} : { open } },
    field: "burdenNotices",
    service: "登记服务",
  });
  const writer = canWrite(identity, ...REGISTER_WRITERS);
  if (down) return down;
  return (
    <div>
      <PageTitle>大病负担通报</PageTitle>
      <FilterBar>
        <Select
          value={open === undefined ? "all" : open ? "open" : "done"}
          onChange={(v) => {
            setOpen(v === "all" ? undefined : v === "open");
            pager.reset();
          }}
          aria-label="跟进状态"
          options={[
            { value: "open", label: "待跟进" },
            { value: "done", label: "已跟进" },
            { value: "all", label: "全部" },
          ]}
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<Notice>
        connection={data?.burdenNotices}
        pager={pager}
        loading={fetching}
        data-testid="burden-notices"
        columns={[
          {
            title: "姓名",
            render: (_: unknown, n) => (
              <Link to={`/dossier/${n.personId}`}>{n.person?.name ?? "（不在管辖范围）"}</Link>
            ),
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "结算日期", dataIndex: "claimDate", render: date },
          { title: "总费用", dataIndex: "totalCostFen", render: yuan, align: "right" },
          { title: "个人自付", dataIndex: "outOfPocketFen", render: yuan, align: "right" },
          { title: "原因", dataIndex: "reason" },
          { title: "收到", dataIndex: "receivedAt", render: dateTime },
          {
            title: "跟进",
            render: (_: unknown, n) =>
              n.acknowledgedOn ? (
                <Tag color="green">
                  {date(n.acknowledgedOn)} {n.followUp}
                </Tag>
              ) : writer ? (
                <Button size="small" type="primary" onClick={() => setFollowing(n)}>
                  记录跟进
                </Button>
              ) : (
                <Tag color="orange">待跟进</Tag>
              ),
          },
        ]}
      />
      <FollowUpModal
        notice={following}
        onClose={(saved) => {
          setFollowing(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}
