import { useState } from "react";
import { Button, Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql";
import type { EmploymentProjectsQuery } from "../../gql/graphql";
import { unavailableAt } from "../../api/errors";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, today } from "../../lib/format";
import { label, options } from "../../lib/labels";
import { DateInput, FormModal, PersonSelect, ymd } from "../../lib/forms";
import { FilterBar, PagedTable, TownshipFilter, actionColumn, resetting } from "../../lib/table";
import { ErrorAlert, PageTitle, ServiceDown, useCursorPager, useTownships } from "../../lib/ui";
import { FigureCard } from "./figures";

const Projects = graphql(`
  query EmploymentProjects($first: Int!, $after: String, $filter: EmploymentProjectsFilter, $year: Int) {
    employmentProjects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        sponsorKind
        sponsorName
        townshipCode
        startedOn
        endedOn
        jobs
        poorEmployed
        version
        people {
          id
          name
        }
      }
    }
    projectFigures(year: $year) {
      year
      asOf
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

const StartProject = graphql(`
  mutation StartEmploymentProject($input: StartEmploymentProjectInput!) {
    startEmploymentProject(input: $input) {
      id
      version
    }
  }
`);

const EndProject = graphql(`
  mutation EndEmploymentProject($input: EndEmploymentProjectInput!) {
    endEmploymentProject(input: $input) {
      id
      endedOn
      version
    }
  }
`);

const AddProjectEmployees = graphql(`
  mutation AddProjectEmployees($input: AddProjectEmployeesInput!) {
    addProjectEmployees(input: $input) {
      id
      poorEmployed
      version
    }
  }
`);

type ProjectRow = EmploymentProjectsQuery["employmentProjects"]["nodes"][number];

interface StartValues {
  name?: string;
  sponsorKind: string;
  sponsorName?: string;
  townshipCode?: string;
  jobs?: number;
  startedOn: Dayjs;
}

function StartProjectModal({ open, onClose }: { open: boolean; onClose: (saved: boolean) => void }) {
  const townships = useTownships();
  const [, run] = useMutation(StartProject);
  return (
    <FormModal<StartValues>
      open={open}
      title="登记扶贫就业项目"
      okText="登记项目"
      name="start-project"
      success="已登记项目"
      initialValues={{
        name: undefined,
        sponsorKind: "ENTERPRISE",
        sponsorName: undefined,
        townshipCode: townships.list.length === 1 ? townships.list[0]?.code : undefined,
        jobs: undefined,
        startedOn: dayjs(today()),
      }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: {
            name: v.name ?? "",
            sponsorKind: v.sponsorKind as "ENTERPRISE",
            sponsorName: v.sponsorName ?? "",
            townshipCode: v.townshipCode ?? "",
            jobs: v.jobs ?? 0,
            startedOn: ymd(v.startedOn),
          },
        })
      }
    >
      <Form.Item
        label="项目名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: "请填写项目名称" }]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item label="举办主体类型" name="sponsorKind">
            <Select aria-label="举办主体类型" options={options("sponsorKind")} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            label="举办主体"
            name="sponsorName"
            rules={[{ required: true, whitespace: true, message: "请填写举办主体" }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item label="镇街" name="townshipCode" rules={[{ required: true, message: "请选择镇街" }]}>
            <Select aria-label="镇街" options={townships.options} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="岗位数" name="jobs" rules={[{ required: true, message: "请填写岗位数" }]}>
            <InputNumber min={1} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="开工日期" name="startedOn" rules={[{ required: true, message: "请选择日期" }]}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

function EndProjectModal({
  project,
  onClose,
}: {
  project: ProjectRow | null;
  onClose: (saved: boolean) => void;
}) {
  const [, run] = useMutation(EndProject);
  return (
    <FormModal<{ endedOn: Dayjs }>
      open={project !== null}
      title={`项目结束：${project?.name ?? ""}`}
      okText="确认结束"
      name="end-project"
      success="已记录项目结束"
      initialValues={{ endedOn: dayjs(today()) }}
      onClose={onClose}
      onSubmit={(v) =>
        run({
          input: { projectId: project?.id ?? "", version: project?.version ?? 0, endedOn: ymd(v.endedOn) },
        })
      }
    >
      <Form.Item label="结束日期" name="endedOn" rules={[{ required: true, message: "请选择日期" }]}>
        <DateInput />
      </Form.Item>
    </FormModal>
  );
}

/**
 * 吸纳贫困人员 (R-EMP-2: projects absorb poor people to work near home): people added to a project,
 * no more than its jobs (the server says so at the field).
 */
function AddEmployeesModal({
  project,
  onClose,
}: {
  project: ProjectRow | null;
  onClose: (saved: boolean) => void;
}) {
  const [, run] = useMutation(AddProjectEmployees);
  const people = project?.people ?? [];
  return (
    <FormModal<{ personIds: string[] }>
      open={project !== null}
      title={`吸纳贫困人员：${project?.name ?? ""}`}
      okText="确认吸纳"
      name="add-project-employees"
      success="已记录吸纳人员"
      initialValues={{ personIds: [] }}
      onClose={onClose}
      onSubmit={(v) => run({ input: { projectId: project?.id ?? "", personIds: v.personIds } })}
    >
      <Typography.Paragraph type="secondary" data-testid="project-people">
        岗位 {project?.jobs ?? "—"} 个，已吸纳 {people.length} 人
        {people.length > 0 ? `：${people.map((p) => p.name).join("、")}` : ""}
      </Typography.Paragraph>
      <Form.Item
        label="吸纳人员"
        name="personIds"
        rules={[{ required: true, type: "array", min: 1, message: "请选择至少一人" }]}
      >
        <PersonSelect multiple aria-label="吸纳人员" />
      </Form.Item>
    </FormModal>
  );
}

/** 扶贫项目 (R-EMP-2): the projects started in a year, and the year's figures against the goals. */
export function ProjectsPage() {
  const identity = useIdentity();
  const townships = useTownships();
  const pager = useCursorPager(20);
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [codes, setCodes] = useState<string[]>([]);
  const [sponsor, setSponsor] = useState<string | undefined>();
  const [starting, setStarting] = useState(false);
  const [ending, setEnding] = useState<ProjectRow | null>(null);
  const [adding, setAdding] = useState<ProjectRow | null>(null);
  const filter = {
    startedFrom: `${year}-01-01`,
    startedTo: `${year}-12-31`,
    ...(codes.length ? { townshipCodes: codes } : {}),
    ...(sponsor ? { sponsorKind: sponsor as "ENTERPRISE" } : {}),
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Projects,
    variables: { first: pager.first, after: pager.after, filter, year },
  });
  const writer = canWrite(identity, "hr-centre");
  const done = (saved: boolean) => {
    if (saved) refetch({ requestPolicy: "network-only" });
  };
  if (unavailableAt(error, ["employmentProjects"])) return <ServiceDown service="就业服务" />;
  const f = data?.projectFigures;
  return (
    <div>
      <PageTitle
        extra={
          writer ? (
            <Button type="primary" onClick={() => setStarting(true)}>
              登记项目
            </Button>
          ) : null
        }
      >
        扶贫就业项目
      </PageTitle>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={12}>
          <FigureCard
            title={`截至 ${date(f?.asOf)} 在建项目`}
            value={f?.held.actual}
            goal={f?.held.target?.value}
            check={f?.held}
            testId="projects-held"
          />
        </Col>
        <Col span={12}>
          <FigureCard
            title={`${year}年新增项目`}
            value={f?.startedInYear.actual}
            goal={f?.startedInYear.target?.value}
            check={f?.startedInYear}
            testId="projects-started"
          />
        </Col>
      </Row>
      <FilterBar>
        <Select
          value={year}
          onChange={resetting(pager, setYear)}
          aria-label="年度"
          options={[0, 1, 2, 3, 4].map((d) => ({ value: thisYear - d, label: `${thisYear - d}年` }))}
        />
        <TownshipFilter onChange={resetting(pager, setCodes)} />
        <Select
          allowClear
          placeholder="举办主体类型"
          style={{ width: 160 }}
          options={options("sponsorKind")}
          onChange={resetting(pager, setSponsor)}
          aria-label="举办主体类型筛选"
        />
      </FilterBar>
      <ErrorAlert error={error} />
      <PagedTable<ProjectRow>
        connection={data?.employmentProjects}
        pager={pager}
        loading={fetching}
        data-testid="projects"
        columns={[
          { title: "项目", dataIndex: "name" },
          {
            title: "举办主体",
            render: (_: unknown, p) => `${p.sponsorName}（${label("sponsorKind", p.sponsorKind)}）`,
          },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "开工日期", dataIndex: "startedOn", render: date },
          {
            title: "状态",
            dataIndex: "endedOn",
            render: (e: string | null) =>
              e ? <Tag>已结束（{date(e)}）</Tag> : <Tag color="green">在建</Tag>,
          },
          { title: "岗位数", dataIndex: "jobs", align: "right" },
          { title: "吸纳贫困人员", dataIndex: "poorEmployed", align: "right" },
          ...actionColumn<ProjectRow>(
            writer,
            (p) =>
              p.endedOn ? null : (
                <Space size="small">
                  <Button size="small" type="primary" onClick={() => setAdding(p)}>
                    吸纳人员
                  </Button>
                  <Button size="small" onClick={() => setEnding(p)}>
                    项目结束
                  </Button>
                </Space>
              ),
            { width: 190 },
          ),
        ]}
      />
      <StartProjectModal
        open={starting}
        onClose={(saved) => {
          setStarting(false);
          done(saved);
        }}
      />
      <AddEmployeesModal
        project={adding}
        onClose={(saved) => {
          setAdding(null);
          done(saved);
        }}
      />
      <EndProjectModal
        project={ending}
        onClose={(saved) => {
          setEnding(null);
          done(saved);
        }}
      />
    </div>
  );
}
