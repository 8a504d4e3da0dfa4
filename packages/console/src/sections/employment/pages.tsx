import { useMemo, useState } from "react";
import { Card, Col, Row, Select } from "antd";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { unavailableAt } from "../../api/errors";
import { Chart } from "../../lib/chart";
import { date, percentBp, today } from "../../lib/format";
import { DownloadButton, ErrorAlert, PageTitle, ServiceDown } from "../../lib/ui";
import { FigureCard } from "./figures";

// The section's one lazily loaded chunk: every page of 就业 is exported from here.
export { CasesPage, FairsPage, OfferGapsPage } from "./worklists";
export { AllowancesPage } from "./allowances";
export { OffersPage } from "./offers";
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
