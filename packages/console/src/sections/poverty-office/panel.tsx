import { Table } from "antd";
import type { BurdenPanelFragment } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { date, yuan } from "../../lib/format";
import { ServiceDown } from "../../lib/ui";
import type { DossierPanelProps } from "../types";

/** The poverty office's part of the dossier: the heavy medical burdens reported for the person. */
export default function BurdenPanel({ person, error }: DossierPanelProps) {
  if (unavailableAt(error, ["person"], { exact: true })) return <ServiceDown service="登记服务" />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={(person as BurdenPanelFragment | null | undefined)?.burdenNotices ?? []}
      locale={{ emptyText: "无大病负担通报" }}
      data-testid="dossier-notices"
      columns={[
        { title: "结算日期", dataIndex: "claimDate", render: date },
        { title: "个人自付", dataIndex: "outOfPocketFen", render: yuan, align: "right" },
        { title: "原因", dataIndex: "reason" },
        {
          title: "跟进",
          render: (_: unknown, n) =>
            n.acknowledgedOn ? `${date(n.acknowledgedOn)} ${n.followUp ?? ""}` : "待跟进",
        },
      ]}
    />
  );
}
