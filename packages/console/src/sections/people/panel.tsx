import { Card, Descriptions, Space, Table, Tag } from "antd";
import { Link } from "react-router";
import type { RegistryPanelFragment } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { date, yesNo } from "../../lib/format";
import { label } from "../../lib/labels";
import { ErrorAlert, ServiceDown, useTownships } from "../../lib/ui";
import type { DossierPanelProps } from "../types";

/** The register's part of the dossier: who the person is, their household and needs surveys. */
export default function RegistryPanel({ person, error, fetching }: DossierPanelProps) {
  const townships = useTownships();
  if (unavailableAt(error, ["person"], { exact: true })) return <ServiceDown service="登记服务" />;
  const p = person as RegistryPanelFragment | null | undefined;
  if (!p) return fetching ? null : <ErrorAlert error={error ?? new Error("无此人员或不在您的管辖范围内")} />;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="姓名">{p.name}</Descriptions.Item>
        <Descriptions.Item label="身份证号">{p.idNumberMasked}</Descriptions.Item>
        <Descriptions.Item label="性别 / 年龄">
          {label("sex", p.sex)} / {p.age} 岁
        </Descriptions.Item>
        <Descriptions.Item label="镇街">{townships.name(p.townshipCode)}</Descriptions.Item>
        <Descriptions.Item label="村/社区">{p.village}</Descriptions.Item>
        <Descriptions.Item label="状态">
          {label("povertyStatus", p.povertyStatus)}
          {p.exitedOn ? `（${date(p.exitedOn)}）` : ""}
        </Descriptions.Item>
        <Descriptions.Item label="登记日期">{date(p.registeredOn)}</Descriptions.Item>
        <Descriptions.Item label="劳动能力">{label("laborCapacity", p.laborCapacity)}</Descriptions.Item>
        <Descriptions.Item label="文化程度">{label("education", p.education)}</Descriptions.Item>
        <Descriptions.Item label="就业意愿">{yesNo(p.willingToWork)}</Descriptions.Item>
        <Descriptions.Item label="培训意愿">{yesNo(p.willingToTrain)}</Descriptions.Item>
        <Descriptions.Item label="持残疾证">{yesNo(p.disabilityCertificate)}</Descriptions.Item>
        <Descriptions.Item label="户" span={3}>
          {p.household.number ?? "未编号"}
          {p.household.minimumLivingGuarantee ? <Tag style={{ marginLeft: 8 }}>低保户</Tag> : null}
          {p.household.urbanZeroEmployment ? <Tag>城镇零就业</Tag> : null}
          {p.household.ruralZeroTransferEmployment ? <Tag>农村零转移就业</Tag> : null}
          <span style={{ marginLeft: 8 }}>
            成员：
            {p.household.members.map((m) => (
              <Link key={m.id} to={`/dossier/${m.id}`} style={{ marginRight: 8 }}>
                {m.name}
                {m.isHead ? "（户主）" : ""}
              </Link>
            ))}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title="需求调查">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.needsSurveys}
          locale={{ emptyText: "尚无需求调查" }}
          columns={[
            { title: "调查日期", dataIndex: "surveyedOn", render: date },
            { title: "就业", dataIndex: "needsWork", render: yesNo },
            { title: "培训", dataIndex: "needsTraining", render: yesNo },
            { title: "创业", dataIndex: "needsEntrepreneurship", render: yesNo },
            { title: "调查人", dataIndex: "surveyedBy" },
            { title: "备注", dataIndex: "note" },
          ]}
        />
      </Card>
    </Space>
  );
}
