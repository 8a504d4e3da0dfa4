import { Space, Table, Typography } from "antd";
import { Link } from "react-router";
import type { SkillsPanelFragment } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { date } from "../../lib/format";
import { label } from "../../lib/labels";
import { ServiceDown } from "../../lib/ui";
import type { DossierPanelProps } from "../types";

/** The HR centre's skills part of the dossier: the open need and each training with its certificate. */
export default function SkillsPanel({ person, error, fetching }: DossierPanelProps) {
  if (unavailableAt(error, ["person", "skills"])) return <ServiceDown service="技能服务" />;
  const s = (person as SkillsPanelFragment | null | undefined)?.skills;
  if (!s) return fetching ? null : <span>无技能培训记录</span>;
  const need = s.openNeed;
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="dossier-skills">
      <Typography.Text>
        培训需求：
        {need
          ? need.enrolledOn
            ? `待培训（${date(need.openedOn)} 起，${date(need.enrolledOn)} 已报名）`
            : `待培训，尚未报名（已等待 ${need.waitingDays} 天）`
          : "无待培训需求"}
      </Typography.Text>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.enrolments}
        locale={{ emptyText: "尚未参加培训" }}
        columns={[
          {
            title: "培训项目",
            render: (_: unknown, e) =>
              e.project ? <Link to={`/skills/projects/${e.project.id}`}>{e.project.courseName}</Link> : "—",
          },
          { title: "培训机构", render: (_: unknown, e) => e.project?.institution?.name ?? "—" },
          { title: "报名日期", dataIndex: "enrolledOn", render: date },
          {
            title: "状态",
            dataIndex: "status",
            render: (st: string) => label("trainingEnrolmentStatus", st),
          },
          { title: "结业日期", dataIndex: "completedOn", render: date },
          {
            title: "证书",
            render: (_: unknown, e) =>
              e.certificate
                ? `${label("certificateType", e.certificate.type)} ${e.certificate.number}（${date(e.certificate.issuedOn)}）`
                : "—",
          },
        ]}
      />
    </Space>
  );
}
