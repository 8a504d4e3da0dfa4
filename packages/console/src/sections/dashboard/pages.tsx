import { useMemo } from "react";
import { Card, Col, Row, Statistic, Typography } from "antd";
import type { UseQueryState } from "urql";
import type { DashboardQuery } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { UNIT_LABELS } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { Chart } from "../../lib/chart";
import { percentBp } from "../../lib/format";
import { ErrorAlert, PageTitle } from "../../lib/ui";

/**
 * 工作台: the figures every unit starts its day with (one query, started by the route before this
 * chunk arrives: `section.tsx`); each figure says so when its service is down.
 */
export default function DashboardPage({ result }: { result: UseQueryState<DashboardQuery> }) {
  const identity = useIdentity();
  const { data, error } = result;
  const down = (field: string) => unavailableAt(error, [field]);
  const figure = (title: string, field: string, value: number | undefined, suffix = "人") => (
    <Col xs={12} lg={8} xl={4}>
      <Card size="small">
        {down(field) ? (
          <Statistic title={title} value="服务暂不可用" valueStyle={{ fontSize: 16, color: "#d46b08" }} />
        ) : (
          <Statistic title={title} value={value ?? "—"} suffix={value === undefined ? "" : suffix} />
        )}
      </Card>
    </Col>
  );
  const posts = data?.postFigures;
  const option = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 48, right: 24, top: 32, bottom: 32 },
      xAxis: { type: "category", data: ["在岗", "空岗"] },
      yAxis: { type: "value" },
      series: [
        {
          type: "bar",
          data: [posts?.filled ?? 0, posts?.vacant ?? 0],
          itemStyle: { color: "#1d4f91" },
          barWidth: 48,
        },
      ],
    }),
    [posts],
  );
  const otherErrors = error?.graphQLErrors.some((e) => e.extensions?.["code"] !== "SERVICE_UNAVAILABLE");
  return (
    <div>
      <PageTitle>工作台</PageTitle>
      <Typography.Paragraph type="secondary">
        {UNIT_LABELS[identity.unit]} · {identity.name}
      </Typography.Paragraph>
      {otherErrors ? <ErrorAlert error={error} /> : null}
      <Row gutter={[16, 16]} data-testid="dashboard-figures">
        {figure("登记人员", "people", data?.people.totalCount)}
        {figure("在册贫困人口", "registered", data?.registered.totalCount)}
        {figure("帮扶中案件", "openCases", data?.openCases.totalCount, "件")}
        {figure("推荐次数不足", "offerGaps", data?.offerGaps.totalCount)}
        {figure("待跟进大病负担通报", "burdenNotices", data?.burdenNotices.totalCount, "条")}
      </Row>
      <Card title="公益岗位" size="small" style={{ marginTop: 16 }}>
        {down("postFigures") ? (
          <Typography.Text type="warning">就业服务暂不可用</Typography.Text>
        ) : (
          <Row gutter={16}>
            <Col span={8}>
              <Statistic
                title={`岗位数（目标 ${posts?.heldCheck.target?.value ?? "—"}）`}
                value={posts?.held ?? "—"}
              />
              <Statistic
                title={`在岗率（目标 ${percentBp(posts?.occupancyCheck.target?.value)}）`}
                value={percentBp(posts?.occupancyRateBp)}
              />
            </Col>
            <Col span={16}>
              <Chart option={option} label="公益岗位在岗与空岗" height={200} />
            </Col>
          </Row>
        )}
      </Card>
    </div>
  );
}
