import { Descriptions, Space, Table } from "antd";
import type { EmploymentPanelFragment } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { actorFor } from "../../lib/actor";
import { date, yuan } from "../../lib/format";
import { label } from "../../lib/labels";
import { ServiceDown } from "../../lib/ui";
import type { DossierPanelProps } from "../types";

/** The HR centre's part of the dossier. */
export default function EmploymentPanel({ person, error, fetching }: DossierPanelProps) {
  if (unavailableAt(error, ["person", "employment"])) return <ServiceDown service="就业服务" />;
  const p = person as EmploymentPanelFragment | null | undefined;
  const e = p?.employment;
  if (!e) return fetching ? null : <span>无就业帮扶记录</span>;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="帮扶案件">
          {e.case ? `${label("caseStatus", e.case.status)}（${date(e.case.openedOn)} 立案）` : "未立案"}
        </Descriptions.Item>
        <Descriptions.Item label="岗位推荐">
          <span data-testid="offer-count">
            {e.offerCount} / {e.offersRequired} 次
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="就业安置">
          {e.placement
            ? `${e.placement.employer}（${label("placementKind", e.placement.kind)}，${date(e.placement.since)}起）`
            : "—"}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={e.offers}
        locale={{ emptyText: "尚无岗位推荐" }}
        columns={[
          { title: "推荐日期", dataIndex: "offeredOn", render: date },
          { title: "用人单位", dataIndex: "employer" },
          { title: "岗位", dataIndex: "position", width: 90 },
          { title: "月工资", dataIndex: "monthlyWageFen", render: yuan, align: "right" },
          {
            title: "结果",
            render: (_: unknown, o) =>
              o.declineReason
                ? `${label("offerOutcome", o.outcome)}（${o.declineReason}）`
                : label("offerOutcome", o.outcome),
          },
          {
            title: "经办",
            render: (_: unknown, o) =>
              actorFor(
                p?.employmentActivity,
                { entityName: "JobOffer", entityId: o.id, action: "recordJobOffer" },
                o.recordedBy,
              ),
          },
        ]}
      />
    </Space>
  );
}
