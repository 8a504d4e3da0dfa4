import { useState } from "react";
import { Button, Col, Form, Input, Row, Select, Space, Switch, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { PublicWelfarePostsQuery } from "../../gql/graphql";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, percentBp, today, yuan } from "../../lib/format";
import { DateInput, FormModal, PersonSelect, YuanInput, fenFrom, ymd, yuanRules } from "../../lib/forms";
import {
  FilterBar,
  PagedTable,
  usePagedList,
  TownshipFilter,
  actionColumn,
  resetting,
} from "../../lib/table";
import { DownloadButton, ErrorAlert, PageTitle, useTownships } from "../../lib/ui";
import { WorkLogModal, type WorkLogTarget } from "./allowances";
import { FigureCard } from "./figures";

const PostFiguresQuery = graphql(`
  query PostFigures {
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
  }
`);

const Posts = graphql(`
  query PublicWelfarePosts($first: Int!, $after: String, $filter: PostsFilter) {
    publicWelfarePosts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        typeCode
        type {
          name
        }
        townshipCode
        village
        monthlyAllowanceFen
        openedOn
        closedOn
        version
        currentPlacement {
          id
          startOn
          version
          person {
            id
            name
          }
        }
      }
    }
    postTypes {
      code
      name
    }
  }
`);

const OpenPost = graphql(`
  mutation OpenPost($input: OpenPostInput!) {
    openPost(input: $input) {
      id
      version
    }
  }
`);

const PlaceInPost = graphql(`
  mutation PlaceInPost($input: PlaceInPostInput!) {
    placeInPost(input: $input) {
      id
      postId
      version
    }
  }
`);

const EndPostPlacement = graphql(`
  mutation EndPostPlacement($input: EndPostPlacementInput!) {
    endPostPlacement(input: $input) {
      id
      endOn
      version
    }
  }
`);

const ClosePost = graphql(`
  mutation ClosePost($input: ClosePostInput!) {
    closePost(input: $input) {
      id
      closedOn
      version
    }
  }
`);

type PostRow = PublicWelfarePostsQuery["publicWelfarePosts"]["nodes"][number];

interface OpenPostValues {
  title?: string;
  typeCode?: string;
  townshipCode?: string;
  village?: string;
  allowance?: string;
  openedOn: Dayjs;
}

function OpenPostModal(props: {
  open: boolean;
  types: { code: string; name: string }[];
  onClose: (saved: boolean) => void;
}) {
  const townships = useTownships();
  const [, run] = useMutation(OpenPost);
  return (
    <FormModal<OpenPostValues>
      open={props.open}
      title="设立公益岗位"
      okText="设立岗位"
      name="open-post"
      success="已设立岗位"
      initialValues={{
        title: undefined,
        typeCode: undefined,
        townshipCode: townships.list.length === 1 ? townships.list[0]?.code : undefined,
        village: undefined,
        allowance: undefined,
        openedOn: dayjs(today()),
      }}
      rename={{ monthlyAllowanceFen: "allowance" }}
      onClose={props.onClose}
      onSubmit={(v) =>
        run({
          input: {
            title: v.title ?? "",
            typeCode: v.typeCode ?? "",
            townshipCode: v.townshipCode ?? "",
            village: v.village ?? "",
            monthlyAllowanceFen: fenFrom(v.allowance),
            openedOn: ymd(v.openedOn),
          },
        })
      }
    >
      <Form.Item
        label="岗位名称"
        name="title"
        rules={[{ required: true, whitespace: true, message: "请填写岗位名称" }]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="岗位类型" name="typeCode" rules={[{ required: true, message: "请选择岗位类型" }]}>
            <Select
              aria-label="岗位类型"
              options={props.types.map((t) => ({ value: t.code, label: t.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="镇街" name="townshipCode" rules={[{ required: true, message: "请选择镇街" }]}>
            <Select aria-label="镇街" options={townships.options} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="村/社区"
        name="village"
        rules={[{ required: true, whitespace: true, message: "请填写村/社区" }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="月补贴（元）" name="allowance" rules={yuanRules("月补贴")}>
            <YuanInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="设岗日期" name="openedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

interface PlaceValues {
  personId?: string;
  startOn: Dayjs;
}

function PlaceModal({ post, onClose }: { post: PostRow | null; onClose: (saved: boolean) => void }) {
  const [, run] = useMutation(PlaceInPost);
  return (
    <FormModal<PlaceValues>
      open={post !== null}
      title={`安排上岗：${post?.title ?? ""}`}
      okText="安排上岗"
      name="place-in-post"
      success="已安排上岗"
      initialValues={{ personId: undefined, startOn: dayjs(today()) }}
      onClose={onClose}
      onSubmit={(v) =>
        run({ input: { postId: post?.id ?? "", personId: v.personId ?? "", startOn: ymd(v.startOn) } })
      }
    >
      <Form.Item label="上岗人员" name="personId" rules={[{ required: true, message: "请选择人员" }]}>
        <PersonSelect aria-label="上岗人员" />
      </Form.Item>
      <Form.Item label="上岗日期" name="startOn" rules={[{ required: true, message: "请选择日期" }]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}

interface EndValues {
  reason?: string;
  on: Dayjs;
}

/** 离岗 (the placement's version) or 撤岗 (the post's version): a date and a reason. */
function EndModal({
  target,
  onClose,
}: {
  target: { kind: "leave" | "close"; post: PostRow } | null;
  onClose: (saved: boolean) => void;
}) {
  const [, leave] = useMutation(EndPostPlacement);
  const [, close] = useMutation(ClosePost);
  const leaving = target?.kind === "leave";
  const post = target?.post;
  return (
    <FormModal<EndValues>
      open={target !== null}
      title={
        leaving
          ? `离岗：${post?.currentPlacement?.person.name ?? ""}（${post?.title ?? ""}）`
          : `撤销岗位：${post?.title ?? ""}`
      }
      okText={leaving ? "确认离岗" : "确认撤岗"}
      name={leaving ? "end-post-placement" : "close-post"}
      success={leaving ? "已记录离岗" : "已撤销岗位"}
      initialValues={{ reason: undefined, on: dayjs(today()) }}
      rename={{ endOn: "on", closedOn: "on" }}
      onClose={onClose}
      onSubmit={(v) =>
        leaving
          ? leave({
              input: {
                placementId: post?.currentPlacement?.id ?? "",
                version: post?.currentPlacement?.version ?? 0,
                endOn: ymd(v.on),
                reason: v.reason ?? "",
              },
            })
          : close({
              input: {
                postId: post?.id ?? "",
                version: post?.version ?? 0,
                closedOn: ymd(v.on),
                reason: v.reason ?? "",
              },
            })
      }
    >
      <Form.Item
        label={leaving ? "离岗日期" : "撤岗日期"}
        name="on"
        rules={[{ required: true, message: "请选择日期" }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item
        label={leaving ? "离岗原因" : "撤岗原因"}
        name="reason"
        rules={[{ required: true, whitespace: true, message: "请填写原因" }]}
      >
        <Input.TextArea autoFocus rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** 公益岗位 (R-EMP-1): the posts, their occupants, and the held count and occupancy against the goals. */
export function PostsPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const [codes, setCodes] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [vacantOnly, setVacantOnly] = useState(false);
  const [village, setVillage] = useState("");
  const [opening, setOpening] = useState(false);
  const [placing, setPlacing] = useState<PostRow | null>(null);
  const [ending, setEnding] = useState<{ kind: "leave" | "close"; post: PostRow } | null>(null);
  const [logging, setLogging] = useState<WorkLogTarget | null>(null);
  const filter = {
    ...(codes.length ? { townshipCodes: codes } : {}),
    ...(types.length ? { typeCodes: types } : {}),
    ...(vacantOnly ? { vacantOn: today() } : {}),
    ...(village.trim() ? { village: village.trim() } : {}),
  };
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Posts,
    variables: { filter },
    field: "publicWelfarePosts",
    service: "就业服务",
  });
  const [{ data: figures }, refetchFigures] = useQuery({ query: PostFiguresQuery });
  const writer = canWrite(identity, "hr-centre");
  const done = (saved: boolean) => {
    if (!saved) return;
    refetch();
    refetchFigures({ requestPolicy: "network-only" });
  };
  if (down) return down;
  const f = figures?.postFigures;
  const postTypes = data?.postTypes ?? [];
  return (
    <div>
      <PageTitle
        extra={
          <>
            <DownloadButton ledger="post-roster" label="导出岗位花名册" />
            {writer ? (
              <Button type="primary" onClick={() => setOpening(true)}>
                设立岗位
              </Button>
            ) : null}
          </>
        }
      >
        公益岗位
      </PageTitle>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <FigureCard
            title="公益岗位"
            value={f?.held}
            goal={f?.heldCheck.target?.value}
            check={f?.heldCheck}
            testId="posts-held"
          />
        </Col>
        <Col span={8}>
          <FigureCard
            title="在岗率"
            value={percentBp(f?.occupancyRateBp)}
            goal={f?.occupancyCheck.target ? percentBp(f.occupancyCheck.target.value) : undefined}
            check={f?.occupancyCheck}
            testId="posts-occupancy"
          />
        </Col>
        <Col span={8}>
          <FigureCard
            title={`截至 ${date(f?.asOf)} 在岗 / 空岗`}
            value={f ? `${f.filled} / ${f.vacant}` : undefined}
            goal={undefined}
            check={null}
            testId="posts-filled"
          />
        </Col>
      </Row>
      <FilterBar>
        <TownshipFilter onChange={resetting(pager, setCodes)} />
        <Select
          mode="multiple"
          allowClear
          placeholder="岗位类型"
          style={{ minWidth: 180 }}
          options={postTypes.map((t) => ({ value: t.code, label: t.name }))}
          onChange={resetting(pager, setTypes)}
          aria-label="岗位类型筛选"
        />
        <Input.Search
          placeholder="村/社区"
          allowClear
          style={{ width: 180 }}
          onSearch={resetting(pager, setVillage)}
          aria-label="村/社区筛选"
        />
        <Space>
          <Switch checked={vacantOnly} onChange={resetting(pager, setVacantOnly)} aria-label="只看空岗" />
          只看空岗
        </Space>
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<PostRow>
        connection={data?.publicWelfarePosts}
        pager={pager}
        loading={fetching}
        data-testid="posts"
        scroll={{ x: 1140 }}
        columns={[
          { title: "岗位", dataIndex: "title", width: 160 },
          { title: "类型", width: 90, render: (_: unknown, p) => p.type?.name ?? p.typeCode },
          { title: "镇街", dataIndex: "townshipCode", width: 110, render: (c: string) => townships.name(c) },
          { title: "村/社区", dataIndex: "village", width: 110 },
          { title: "月补贴", dataIndex: "monthlyAllowanceFen", width: 110, render: yuan, align: "right" },
          { title: "设岗日期", dataIndex: "openedOn", width: 110, render: date },
          {
            title: "在岗人员",
            width: 230,
            render: (_: unknown, p) =>
              p.closedOn ? (
                <Tag>已撤销（{date(p.closedOn)}）</Tag>
              ) : p.currentPlacement ? (
                <span>
                  <Link to={`/dossier/${p.currentPlacement.person.id}`}>
                    {p.currentPlacement.person.name}
                  </Link>
                  <span style={{ color: "#888", whiteSpace: "nowrap" }}>
                    （{date(p.currentPlacement.startOn)} 起）
                  </span>
                </span>
              ) : (
                <Tag color="orange">空岗</Tag>
              ),
          },
          ...actionColumn<PostRow>(
            writer,
            (p) =>
              p.closedOn ? null : p.currentPlacement ? (
                <Space size="small">
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      setLogging({
                        postId: p.id,
                        placementId: p.currentPlacement?.id ?? "",
                        postTitle: p.title,
                        personName: p.currentPlacement?.person.name ?? "",
                      })
                    }
                  >
                    考勤
                  </Button>
                  <Button size="small" onClick={() => setEnding({ kind: "leave", post: p })}>
                    离岗
                  </Button>
                </Space>
              ) : (
                <Space size="small">
                  <Button size="small" type="primary" onClick={() => setPlacing(p)}>
                    安排上岗
                  </Button>
                  <Button size="small" danger onClick={() => setEnding({ kind: "close", post: p })}>
                    撤岗
                  </Button>
                </Space>
              ),
            { width: 170 },
          ),
        ]}
      />
      <OpenPostModal
        open={opening}
        types={postTypes}
        onClose={(saved) => {
          setOpening(false);
          done(saved);
        }}
      />
      <PlaceModal
        post={placing}
        onClose={(saved) => {
          setPlacing(null);
          done(saved);
        }}
      />
      <EndModal
        target={ending}
        onClose={(saved) => {
          setEnding(null);
          done(saved);
        }}
      />
      <WorkLogModal target={logging} onClose={() => setLogging(null)} />
    </div>
  );
}
