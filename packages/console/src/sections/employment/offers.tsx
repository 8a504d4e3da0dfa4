import { useState } from "react";
import { Button, Form, Input, Radio, Select } from "antd";
import { Link } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import type { JobOffersQuery, OfferOutcome } from "../../gql/graphql";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, yuan } from "../../lib/format";
import { label, options } from "../../lib/labels";
import { FormModal } from "../../lib/forms";
import {
  FilterBar,
  PagedTable,
  usePagedList,
  TownshipFilter,
  actionColumn,
  resetting,
} from "../../lib/table";
import { DownloadButton, ErrorAlert, PageTitle, useTownships } from "../../lib/ui";

const Offers = graphql(`
  query JobOffers($first: Int!, $after: String, $filter: JobOffersFilter) {
    jobOffers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        offeredOn
        employer
        position
        monthlyWageFen
        channel
        outcome
        declineReason
        outcomeOn
        townshipCode
        version
        person {
          id
          name
        }
      }
    }
  }
`);

const RecordOfferOutcome = graphql(`
  mutation RecordOfferOutcome($input: RecordOfferOutcomeInput!) {
    recordOfferOutcome(input: $input) {
      id
      outcome
      declineReason
      outcomeOn
      version
    }
  }
`);

type OfferRow = JobOffersQuery["jobOffers"]["nodes"][number];

interface OutcomeValues {
  outcome: OfferOutcome;
  declineReason?: string;
}

/** 记录推荐结果: the person took the job, or declined it and said why. */
function OutcomeModal({ offer, onClose }: { offer: OfferRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(RecordOfferOutcome);
  return (
    <FormModal<OutcomeValues>
      open={offer !== null}
      title={`记录推荐结果：${offer?.person.name ?? ""}（${offer?.employer ?? ""} ${offer?.position ?? ""}）`}
      okText="保存结果"
      name="record-offer-outcome"
      success="已记录推荐结果"
      initialValues={{
        outcome: offer?.outcome === "DECLINED" ? "DECLINED" : "ACCEPTED",
        declineReason: offer?.declineReason ?? undefined,
      }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            offerId: offer?.id ?? "",
            version: offer?.version ?? 0,
            outcome: v.outcome,
            ...(v.outcome === "DECLINED" ? { declineReason: v.declineReason ?? "" } : {}),
          },
        })
      }
    >
      <Form.Item label="推荐结果" name="outcome">
        <Radio.Group
          aria-label="推荐结果"
          optionType="button"
          options={[
            { value: "ACCEPTED", label: "接受" },
            { value: "DECLINED", label: "拒绝" },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={["outcome"]}>
        {({ getFieldValue }) =>
          getFieldValue("outcome") === "DECLINED" ? (
            <Form.Item
              label="拒绝原因"
              name="declineReason"
              rules={[{ required: true, whitespace: true, message: "请填写拒绝原因" }]}
            >
              <Input.TextArea autoFocus rows={2} maxLength={200} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </FormModal>
  );
}

/**
 * 推荐结果: the job offers made (R-EMP-3), those still waiting for an answer first, with 记录结果
 * in place — accepted, or declined with the reason.
 */
export function OffersPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [outcome, setOutcome] = useState<OfferOutcome | undefined>("PENDING");
  const [codes, setCodes] = useState<string[]>([]);
  const [recording, setRecording] = useState<OfferRow | null>(null);
  const filter = {
    ...(outcome ? { outcome } : {}),
    ...(codes.length ? { townshipCodes: codes } : {}),
  };
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Offers,
    variables: { filter },
    field: "jobOffers",
    service: "就业服务",
  });
  const writer = canWrite(identity, "hr-centre");
  if (down) return down;
  return (
    <div>
      <PageTitle extra={<DownloadButton ledger="offer-ledger" label="导出帮扶台账" filters={filter} />}>
        推荐结果
      </PageTitle>
      <FilterBar>
        <Select
          value={outcome}
          allowClear
          placeholder="推荐结果"
          style={{ width: 140 }}
          options={options("offerOutcome")}
          onChange={resetting(pager, setOutcome)}
          aria-label="推荐结果筛选"
        />
        <TownshipFilter onChange={resetting(pager, setCodes)} />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<OfferRow>
        connection={data?.jobOffers}
        pager={pager}
        loading={fetching}
        data-testid="offers"
        scroll={{ x: 1100 }}
        columns={[
          { title: "推荐日期", dataIndex: "offeredOn", width: 110, render: date },
          {
            title: "姓名",
            width: 110,
            render: (_: unknown, o) => <Link to={`/dossier/${o.person.id}`}>{o.person.name}</Link>,
          },
          {
            title: "镇街",
            dataIndex: "townshipCode",
            width: 110,
            render: (c: string) => townships.name(c),
          },
          { title: "用人单位", dataIndex: "employer", width: 160 },
          { title: "岗位", dataIndex: "position", width: 120 },
          { title: "月工资", dataIndex: "monthlyWageFen", width: 110, render: yuan, align: "right" },
          {
            title: "渠道",
            dataIndex: "channel",
            width: 100,
            render: (c: string) => label("offerChannel", c),
          },
          {
            title: "结果",
            width: 200,
            render: (_: unknown, o) =>
              o.outcome === "PENDING"
                ? label("offerOutcome", o.outcome)
                : `${label("offerOutcome", o.outcome)}（${date(o.outcomeOn)}${o.declineReason ? `，${o.declineReason}` : ""}）`,
          },
          ...actionColumn<OfferRow>(
            writer,
            (o) => (
              <Button
                size="small"
                type={o.outcome === "PENDING" ? "primary" : "default"}
                onClick={() => setRecording(o)}
              >
                {o.outcome === "PENDING" ? "记录结果" : "更正结果"}
              </Button>
            ),
            { width: 110 },
          ),
        ]}
      />
      <OutcomeModal
        offer={recording}
        onClose={(saved) => {
          setRecording(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}
