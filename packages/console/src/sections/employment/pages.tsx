import { useMemo, useState } from "react";
import { Card, Col, Descriptions, Row, Select, Space, Table } from "antd";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { unavailableAt } from "../../api/errors";
import { Chart } from "../../lib/chart";
import { date, percentBp, today, yuan } from "../../lib/format";
import { label } from "../../lib/labels";
import { DownloadButton, ErrorAlert, PageTitle, ServiceDown } from "../../lib/ui";
import type { DossierPanelProps } from "../types";
import { FigureCard } from "./figures";

// The section's one lazily loaded chunk: every page of 就业 is exported from here.
export { CasesPage, FairsPage, OfferGapsPage } from "./worklists";
export { PostsPage } from "./posts";
export { ProjectsPage } from "./projects";
export { TargetsPage } from "./targets";

const Figures = graphql(`
  query EmploymentFigures($year: Int) {
    postFigures {
      asOf
      held
      filled
      vacant
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
      year
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
  }
`);

/** 岗位与项目: public-welfare posts and occupancy against the targets (R-EMP-1), projects per year (R-EMP-2). */
export function EmploymentOverview() {
  const [year, setYear] = useState(Number(today().slice(0, 4)));
  const [{ data, error }] = useQuery({ query: Figures, variables: { year } });
  const p = data?.postFigures;
  const pr = data?.projectFigures;
  const option = useMemo(
    () => ({
      tooltip: {},
      legend: {},
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: "category", data: ["公益岗位", "在建项目", `${year}年新增项目`] },
      yAxis: { type: "value" },
      series: [
        {
          name: "实际",
          type: "bar",
          data: [p?.held ?? 0, pr?.held.actual ?? 0, pr?.startedInYear.actual ?? 0],
        },
        {
          name: "目标",
          type: "bar",
          data: [
            p?.heldCheck.target?.value ?? 0,
            pr?.held.target?.value ?? 0,
            pr?.startedInYear.target?.value ?? 0,
          ],
        },
      ],
    }),
    [p, pr, year],
  );
  if (unavailableAt(error, ["postFigures"])) return <ServiceDown service="就业服务" />;
  return (
    <div>
      <PageTitle
        extra={
          <>
            <Select
              value={year}
              onChange={setYear}
              aria-label="年度"
              options={[0, 1, 2, 3, 4].map((d) => ({
                value: Number(today().slice(0, 4)) - d,
                label: `${Number(today().slice(0, 4)) - d}年`,
              }))}
            />
            <DownloadButton ledger="post-roster" label="导出岗位花名册" />
          </>
        }
      >
        岗位与项目
      </PageTitle>
      <ErrorAlert error={error} />
      <Row gutter={16}>
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
            title="在建扶贫项目"
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
        style={{ marginTop: 16 }}
        title={`截至 ${date(p?.asOf)}：在岗 ${p?.filled ?? "—"}，空岗 ${p?.vacant ?? "—"}`}
      >
        <Chart option={option} label="岗位与项目对照目标" />
      </Card>
    </div>
  );
}

const EmploymentOfPerson = graphql(`
  query EmploymentOfPerson($id: ID!) {
    person(id: $id) {
      id
      employment {
        offerCount
        offersRequired
        case {
          id
          status
          openedOn
          caseworker
        }
        offers {
          id
          offeredOn
          employer
          position
          monthlyWageFen
          outcome
          recordedBy
        }
        placement {
          id
          employer
          kind
          since
        }
      }
    }
  }
`);

/** The HR centre's part of the dossier. */
export function EmploymentPanel({ personId }: DossierPanelProps) {
  const [{ data, error, fetching }] = useQuery({ query: EmploymentOfPerson, variables: { id: personId } });
  if (unavailableAt(error, ["person", "employment"])) return <ServiceDown service="就业服务" />;
  const e = data?.person?.employment;
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
          { title: "岗位", dataIndex: "position" },
          { title: "月工资", dataIndex: "monthlyWageFen", render: yuan, align: "right" },
          { title: "结果", dataIndex: "outcome", render: (o: string) => label("offerOutcome", o) },
          { title: "经办", dataIndex: "recordedBy" },
        ]}
      />
    </Space>
  );
}
