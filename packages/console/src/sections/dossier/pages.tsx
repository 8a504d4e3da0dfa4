import { Suspense, useMemo, useState } from "react";
import { Alert, Card, Col, Empty, Input, List, Row, Skeleton, Timeline, Typography } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { DossierTimelineQuery } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { useIdentity } from "../../auth/session";
import { date, dateTime, yuan } from "../../lib/format";
import { label } from "../../lib/labels";
import { ErrorAlert, PageTitle } from "../../lib/ui";
import { dossierPanels } from "../index";

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

const DossierTimeline = graphql(`
  query DossierTimeline($id: ID!) {
    person(id: $id) {
      id
      name
      registeredOn
      exitedOn
      needsSurveys {
        id
        surveyedOn
        surveyedBy
      }
      employment {
        case {
          id
          openedOn
          openedBy
          closedOn
          closedBy
          closeReason
        }
        offers {
          id
          offeredOn
          recordedBy
          employer
          position
        }
        placements {
          id
          since
          recordedBy
          employer
        }
      }
      socialSecurity {
        enrolments {
          id
          scheme
          enrolledOn
        }
        settlements {
          id
          claimDate
          settledBy
          outOfPocketFen
        }
      }
      burdenNotices {
        id
        receivedAt
        acknowledgedOn
        acknowledgedBy
        followUp
      }
    }
  }
`);

interface Event {
  key: string;
  on: string;
  what: string;
  who?: string | null | undefined;
}

function eventsOf(p: NonNullable<DossierTimelineQuery["person"]>): Event[] {
  const ev: Event[] = [{ key: "reg", on: p.registeredOn, what: "登记为贫困人口" }];
  if (p.exitedOn) ev.push({ key: "exit", on: p.exitedOn, what: "记录脱贫" });
  for (const s of p.needsSurveys)
    ev.push({ key: s.id, on: s.surveyedOn, what: "需求调查", who: s.surveyedBy });
  const e = p.employment;
  if (e?.case) {
    ev.push({ key: `${e.case.id}-o`, on: e.case.openedOn, what: "就业帮扶立案", who: e.case.openedBy });
    if (e.case.closedOn)
      ev.push({
        key: `${e.case.id}-c`,
        on: e.case.closedOn,
        what: `结案：${e.case.closeReason ?? ""}`,
        who: e.case.closedBy,
      });
  }
  for (const o of e?.offers ?? [])
    ev.push({ key: o.id, on: o.offeredOn, what: `岗位推荐：${o.employer} ${o.position}`, who: o.recordedBy });
  for (const pl of e?.placements ?? [])
    ev.push({ key: pl.id, on: pl.since, what: `就业安置：${pl.employer}`, who: pl.recordedBy });
  for (const en of p.socialSecurity?.enrolments ?? [])
    if (en.enrolledOn) ev.push({ key: en.id, on: en.enrolledOn, what: `参加${label("scheme", en.scheme)}` });
  for (const s of p.socialSecurity?.settlements ?? [])
    ev.push({
      key: s.id,
      on: s.claimDate,
      what: `医疗费用结算，个人自付 ${yuan(s.outOfPocketFen)}`,
      who: s.settledBy,
    });
  for (const n of p.burdenNotices) {
    ev.push({ key: n.id, on: dateTime(n.receivedAt).slice(0, 10), what: "收到大病负担通报" });
    if (n.acknowledgedOn)
      ev.push({
        key: `${n.id}-a`,
        on: n.acknowledgedOn,
        what: `通报跟进：${n.followUp ?? ""}`,
        who: n.acknowledgedBy,
      });
  }
  return ev.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
}

/** 一人一档: every department's panel about one person and a timeline of who did what. */
export function DossierPage() {
  const { id = "" } = useParams();
  const identity = useIdentity();
  const panels = useMemo(() => dossierPanels(identity), [identity]);
  const [{ data, error, fetching }] = useQuery({ query: DossierTimeline, variables: { id } });
  const p = data?.person;
  const events = p ? eventsOf(p) : [];
  const missing = [
    unavailableAt(error, ["person", "employment"]) ? "就业" : null,
    unavailableAt(error, ["person", "socialSecurity"]) ? "社保" : null,
  ].filter(Boolean);
  if (!fetching && !p && !unavailableAt(error, ["person"]))
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
                <panel.Component personId={id} />
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
                      <Typography.Text type="secondary">{date(e.on)}</Typography.Text>
                      <div>{e.what}</div>
                      {e.who ? <Typography.Text type="secondary">经办：{e.who}</Typography.Text> : null}
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
