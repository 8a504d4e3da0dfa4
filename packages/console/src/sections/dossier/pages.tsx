import { Suspense, useState } from "react";
import { Alert, Card, Col, Empty, Input, List, Row, Skeleton, Timeline, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { useQuery, type UseQueryState } from "urql";
import { graphql } from "../../gql";
import type { DossierTimelineFragment, TimelineEntryFragment } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { actorOf } from "../../lib/actor";
import { dateTime, yuan } from "../../lib/format";
import { label } from "../../lib/labels";
import { ErrorAlert, PageTitle } from "../../lib/ui";
import type { dossierPanels } from "../index";

const FindPeople = graphql(`
  query FindPeople($search: String!) {
    people(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        idNumberMasked
        village
      }
    }
  }
`);

/** 一人一档 without a person yet: find one by name, ID number or household. */
export function DossierSearch() {
  const [search, setSearch] = useState("");
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: FindPeople, variables: { search }, pause: !search });
  return (
    <div>
      <PageTitle>一人一档</PageTitle>
      <Input.Search
        placeholder="姓名、身份证号或户编号"
        enterButton="查找"
        onSearch={(v) => setSearch(v.trim())}
        style={{ maxWidth: 480, marginBottom: 16 }}
        aria-label="查找人员"
        autoFocus
      />
      <ErrorAlert error={error} />
      {search ? (
        <List
          loading={fetching}
          bordered
          dataSource={data?.people.nodes ?? []}
          locale={{ emptyText: "未找到" }}
          renderItem={(p) => (
            <List.Item onClick={() => navigate(`/dossier/${p.id}`)} style={{ cursor: "pointer" }}>
              <Link to={`/dossier/${p.id}`}>{p.name}</Link>
              <Typography.Text type="secondary">
                {p.idNumberMasked} · {p.village}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
    </div>
  );
}

interface Event {
  key: string;
  at: string;
  what: string;
  who: string;
}

/** Every service's entries, newest first, each with what it was about where the page knows it. */
function eventsOf(p: DossierTimelineFragment): Event[] {
  const offers = new Map((p.employment?.offers ?? []).map((o) => [o.id, `${o.employer} ${o.position}`]));
  const placements = new Map((p.employment?.placements ?? []).map((o) => [o.id, o.employer]));
  const enrolments = new Map(
    (p.socialSecurity?.enrolments ?? []).map((e) => [e.id, label("scheme", e.scheme)]),
  );
  const settlements = new Map(
    (p.socialSecurity?.settlements ?? []).map((s) => [s.id, `个人自付 ${yuan(s.outOfPocketFen)}`]),
  );
  const notices = new Map(p.burdenNotices.map((n) => [n.id, n.followUp ?? ""]));
  const trainings = new Map((p.skills?.enrolments ?? []).map((e) => [e.id, e.project?.courseName ?? ""]));
  const detail = (e: TimelineEntryFragment): string | undefined => {
    switch (e.entityName) {
      case "JobOffer":
        return offers.get(e.entityId);
      case "Placement":
        return placements.get(e.entityId);
      case "Enrolment":
        return enrolments.get(e.entityId);
      case "Settlement":
        return settlements.get(e.entityId);
      case "BurdenNotice":
        return notices.get(e.entityId);
      case "TrainingEnrolment":
        return trainings.get(e.entityId) || undefined;
      case "AssistanceCase":
        return e.action === "closeAssistanceCase"
          ? (p.employment?.case?.closeReason ?? undefined)
          : undefined;
      default:
        return undefined;
    }
  };
  const all = [
    ...(p.registryActivity ?? []),
    ...(p.employmentActivity ?? []),
    ...(p.socialSecurityActivity ?? []),
    ...(p.skillsActivity ?? []),
  ];
  return all
    .map((e) => {
      const d = detail(e);
      return { key: e.id, at: e.at, what: d ? `${e.description}：${d}` : e.description, who: actorOf(e) };
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.key < b.key ? 1 : -1));
}

/**
 * 一人一档: every department's panel about one person and a timeline of who did what, from the one
 * query the route started (`section.tsx`); each panel reads its own fragment of the answer.
 */
export function DossierPage({
  id,
  panels,
  result,
}: {
  id: string;
  panels: ReturnType<typeof dossierPanels>;
  result: UseQueryState<{ person: Record<string, unknown> | null }, { id: string }>;
}) {
  const { data, error, fetching } = result;
  const person = data?.person ?? null;
  const p = person as DossierTimelineFragment | null;
  const events = p ? eventsOf(p) : [];
  const missing = [
    unavailableAt(error, ["person", "registryActivity"]) ? "登记" : null,
    unavailableAt(error, ["person", "employmentActivity"]) ? "就业" : null,
    unavailableAt(error, ["person", "socialSecurityActivity"]) ? "社保" : null,
    unavailableAt(error, ["person", "skillsActivity"]) ? "技能" : null,
  ].filter(Boolean);
  if (!fetching && !p && !unavailableAt(error, ["person"], { exact: true }))
    return <ErrorAlert error={error ?? new Error("无此人员或不在您的管辖范围内")} />;
  return (
    <div>
      <PageTitle>一人一档{p ? `：${p.name}` : ""}</PageTitle>
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          {panels.map((panel) => (
            <Card
              key={panel.key}
              title={panel.title}
              size="small"
              style={{ marginBottom: 16 }}
              data-testid={`panel-${panel.key}`}
            >
              <Suspense fallback={<Skeleton active />}>
                <panel.Component personId={id} person={person} error={error} fetching={fetching} />
              </Suspense>
            </Card>
          ))}
        </Col>
        <Col xs={24} xl={7}>
          <Card title="时间线" size="small" data-testid="timeline">
            {missing.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={`${missing.join("、")}服务暂不可用，时间线不完整`}
              />
            ) : null}
            {events.length === 0 ? (
              fetching ? (
                <Skeleton active />
              ) : (
                <Empty description="暂无记录" />
              )
            ) : (
              <Timeline
                items={events.map((e) => ({
                  key: e.key,
                  content: (
                    <>
                      <Typography.Text type="secondary">{dateTime(e.at)}</Typography.Text>
                      <div>{e.what}</div>
                      <Typography.Text type="secondary" data-testid="timeline-actor">
                        经办：{e.who}
                      </Typography.Text>
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
