import { Space, Table, Typography } from "antd";
import type { SocialSecurityPanelFragment } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { actorFor } from "../../lib/actor";
import { date, yuan } from "../../lib/format";
import { label } from "../../lib/labels";
import { ServiceDown } from "../../lib/ui";
import type { DossierPanelProps } from "../types";

/** The medical and pension centres' part of the dossier. */
export default function SocialSecurityPanel({ person, error, fetching }: DossierPanelProps) {
  if (unavailableAt(error, ["person", "socialSecurity"])) return <ServiceDown service="社保服务" />;
  const p = person as SocialSecurityPanelFragment | null | undefined;
  const s = p?.socialSecurity;
  if (!s) return fetching ? null : <span>无社保记录</span>;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.enrolments}
        title={() => "参保"}
        columns={[
          { title: "险种", dataIndex: "scheme", render: (v: string) => label("scheme", v) },
          { title: "年度", dataIndex: "schemeYear" },
          { title: "状态", dataIndex: "status", render: (v: string) => label("enrolmentStatus", v) },
          { title: "参保日期", dataIndex: "enrolledOn", render: date },
        ]}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.premiumSubsidies}
        title={() => "代缴保费"}
        columns={[
          { title: "险种", dataIndex: "scheme", render: (v: string) => label("scheme", v) },
          { title: "年度", dataIndex: "year" },
          { title: "标准", dataIndex: "standardFen", render: yuan, align: "right" },
          { title: "已代缴", dataIndex: "paidFen", render: yuan, align: "right" },
          { title: "状态", dataIndex: "state", render: (v: string) => label("subsidyState", v) },
        ]}
      />
      {s.pensionLedgerEntry ? (
        <Typography.Text>
          养老待遇：{label("pensionStatus", s.pensionLedgerEntry.status)}，月养老金{" "}
          {yuan(s.pensionLedgerEntry.monthlyBenefitFen)}，{date(s.pensionLedgerEntry.benefitStartsOn)} 起
        </Typography.Text>
      ) : null}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.settlements}
        title={() => "医疗费用结算"}
        data-testid="dossier-settlements"
        columns={[
          { title: "结算日期", dataIndex: "claimDate", render: date },
          { title: "总费用", dataIndex: "totalCostFen", render: yuan, align: "right" },
          {
            title: "各方支付",
            render: (_: unknown, st) =>
              st.lines
                .filter((l) => l.paidFen > 0)
                .map((l) => `${label("payer", l.payer)} ${yuan(l.paidFen)}`)
                .join("；"),
          },
          { title: "个人自付", dataIndex: "outOfPocketFen", render: yuan, align: "right" },
          {
            title: "经办",
            render: (_: unknown, st) =>
              actorFor(
                p?.socialSecurityActivity,
                { entityName: "Settlement", entityId: st.id, action: "settleClaim" },
                st.settledBy,
              ),
          },
        ]}
      />
    </Space>
  );
}
