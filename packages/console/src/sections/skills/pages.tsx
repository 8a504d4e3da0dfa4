import { useState, type ReactNode } from "react";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type FormInstance,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import { graphql } from "../../gql";
import type {
  SkillsClaimsQuery,
  SkillsGapsQuery,
  SkillsInstitutionsQuery,
  SkillsProjectQuery,
  TrainingEffectFiguresQuery,
} from "../../gql/graphql";
import { applyFieldErrors, codesOf, messageOf, unavailableAt } from "../../api/errors";
import { canWrite } from "../../auth/identity";
import { useIdentity } from "../../auth/session";
import { date, fenOf, percentBp, today, yuan } from "../../lib/format";
import { label, options } from "../../lib/labels";
import { usePagedList } from "../../lib/table";
import {
  DownloadButton,
  ErrorAlert,
  PageTitle,
  Pager,
  ServiceDown,
  SubmitOnEnter,
  useTownships,
} from "../../lib/ui";

/**
 * 技能 Skills (issue 12 item 9): the gap list with 报名 in place (R-TGT-3), purchased projects and
 * their institutions (R-SKL-1), sessions, attendance, completion and certificates (R-SKL-2), the
 * computed subsidy claims with 审核 / 拨付 / 不予拨付 in place (R-SKL-1), the effect figures
 * (培训实效) and the section's dossier panel. Only hr-centre writes (`canWrite`); the subgraph scopes
 * every read to the caller's townships.
 */
const SERVICE = "技能服务";
/** The skills service's ledgers (`GET /exports/<name>.xlsx`). */
const LEDGERS = {
  roster: "training-roster",
  claims: "training-claim-ledger",
  certificates: "training-certificates",
} as const;

const APPRENTICE_FORMATS = ["MASTER_APPRENTICE", "CAPABLE_PERSON_APPRENTICE"];
const ymd = (d: Dayjs) => d.format("YYYY-MM-DD");
const monthRange = () => {
  const t = dayjs(today());
  return { from: ymd(t.startOf("month")), to: ymd(t.endOf("month")) };
};

function useWriter() {
  return canWrite(useIdentity(), "hr-centre");
}

/** Yuan typed by the clerk → fen; a leading minus is kept so the server's own refusal shows. */
function signedFenOf(text: string | undefined): number | null {
  const s = (text ?? "").trim();
  if (s.startsWith("-")) {
    const f = fenOf(s.slice(1));
    return f === null ? null : -f;
  }
  return fenOf(s);
}

/**
 * A refused form: each field problem beside its field (`input.x` → field `x`, or the renamed
 * field, e.g. `input.pricePerTraineeFen` → the yuan field `price`); the rest as one sentence.
 */
function refusal<T>(form: FormInstance<T>, error: CombinedError, rename: Record<string, string> = {}) {
  const left = applyFieldErrors(form, error);
  const rest: string[] = [];
  const renamed = new Map<string, string[]>();
  for (const p of left) {
    const name = rename[p.field];
    if (name) renamed.set(name, [...(renamed.get(name) ?? []), p.zh]);
    else rest.push(p.zh);
  }
  // Names from the rename table are this form's own fields; antd types them per form.
  const fields = [...renamed].map(([name, errors]) => ({ name: name.split("."), errors }));
  form.setFields(fields as Parameters<FormInstance<T>["setFields"]>[0]);
  if (codesOf(error)[0] !== "BAD_USER_INPUT") return messageOf(error);
  return rest.length > 0 ? rest.join("；") : null;
}

function FormProblem({ text }: { text: string | null }) {
  return text ? (
    <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
      {text}
    </div>
  ) : null;
}

function PersonLink({ person }: { person: { id: string; name: string } }) {
  return <Link to={`/dossier/${person.id}`}>{person.name}</Link>;
}

// ---------------------------------------------------------------------------------------------
// 培训缺口 (R-TGT-3): open needs without an enrolment, by township, longest waiting first.

const Gaps = graphql(`
  query SkillsGaps($first: Int!, $after: String, $townshipCodes: [String!]) {
    trainingGaps(first: $first, after: $after, townshipCodes: $townshipCodes) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        townshipCode
        openedOn
        waitingDays
        zeroTransferHousehold
        latestSurvey {
          surveyedOn
        }
        person {
          id
          name
          village
        }
      }
    }
  }
`);

const OpenProjects = graphql(`
  query SkillsOpenProjects($filter: TrainingProjectsFilter) {
    trainingProjects(first: 200, filter: $filter) {
      nodes {
        id
        courseName
        format
        townshipCode
        startOn
        endOn
        places
        enrolledCount
        institution {
          id
          name
        }
      }
    }
  }
`);

const EnrolTrainee = graphql(`
  mutation EnrolTrainee($input: EnrolTraineeInput!) {
    enrolTrainee(input: $input) {
      id
      projectId
      personId
    }
  }
`);

type GapRow = SkillsGapsQuery["trainingGaps"]["nodes"][number];

interface EnrolValues {
  projectId: string;
  enrolledOn: Dayjs;
  apprenticeship?: { masterName?: string; period?: [Dayjs, Dayjs] };
}

/** 报名 in place: one person of the gap list into a project that has not ended (free of charge). */
function EnrolModal({ row, onClose }: { row: GapRow | null; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EnrolValues>();
  const [other, setOther] = useState<string | null>(null);
  const projectId = Form.useWatch("projectId", form);
  const [{ data }] = useQuery({
    query: OpenProjects,
    variables: { filter: { runningFrom: today() } },
    pause: row === null,
  });
  const [{ fetching }, enrol] = useMutation(EnrolTrainee);
  const projects = data?.trainingProjects.nodes ?? [];
  const chosen = projects.find((p) => p.id === projectId);
  const apprenticeship = chosen ? APPRENTICE_FORMATS.includes(chosen.format) : false;
  return (
    <Modal
      open={row !== null}
      title={`培训报名：${row?.person.name ?? ""}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText="确认报名"
      confirmLoading={fetching}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">培训免费，不向学员收取任何费用。</Typography.Paragraph>
      <FormProblem text={other} />
      <Form<EnrolValues>
        form={form}
        layout="vertical"
        name="enrol-trainee"
        initialValues={{ enrolledOn: dayjs(today()) }}
        onFinish={async (v) => {
          setOther(null);
          const a = v.apprenticeship;
          const r = await enrol({
            input: {
              projectId: v.projectId,
              personId: row?.person.id ?? "",
              enrolledOn: ymd(v.enrolledOn),
              traineeFeeFen: 0,
              ...(apprenticeship && a?.period
                ? {
                    apprenticeship: {
                      masterName: a.masterName ?? "",
                      from: ymd(a.period[0]),
                      to: ymd(a.period[1]),
                    },
                  }
                : {}),
            },
          });
          if (r.error) {
            setOther(
              refusal(form, r.error, {
                "input.apprenticeship.from": "apprenticeship.period",
                "input.apprenticeship.to": "apprenticeship.period",
                "input.apprenticeship": "apprenticeship.masterName",
              }),
            );
            return;
          }
          message.success(`已报名：${row?.person.name ?? ""}`);
          onClose(true);
        }}
      >
        <Form.Item label="培训项目" name="projectId" rules={[{ required: true, message: "请选择培训项目" }]}>
          <Select
            aria-label="培训项目"
            showSearch
            optionFilterProp="label"
            notFoundContent="暂无未结业的培训项目"
            options={projects.map((p) => ({
              value: p.id,
              label: `${p.courseName} · ${p.institution?.name ?? ""}（${label("trainingFormat", p.format)}，${date(p.startOn)}—${date(p.endOn)}，已报 ${p.enrolledCount}/${p.places}）`,
            }))}
          />
        </Form.Item>
        <Form.Item label="报名日期" name="enrolledOn" rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
        </Form.Item>
        {apprenticeship ? (
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item
                label="师傅（带徒人）"
                name={["apprenticeship", "masterName"]}
                rules={[{ required: true, whitespace: true, message: "请填写师傅姓名" }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                label="带徒期"
                name={["apprenticeship", "period"]}
                rules={[{ required: true, message: "请选择带徒期" }]}
              >
                <DatePicker.RangePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 培训缺口: who wants training and is in none, by township, longest waiting first; 报名 in place. */
export function GapsPage() {
  const writer = useWriter();
  const townships = useTownships();
  const [codes, setCodes] = useState<string[]>([]);
  const [enrolling, setEnrolling] = useState<GapRow | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Gaps,
    variables: codes.length ? { townshipCodes: codes } : {},
    field: "trainingGaps",
    service: SERVICE,
  });
  if (down) return down;
  return (
    <div>
      <PageTitle extra={<DownloadButton ledger={LEDGERS.roster} label="导出培训花名册" />}>
        培训缺口
      </PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          placeholder="镇街"
          style={{ minWidth: 200 }}
          options={townships.options}
          onChange={(v) => (setCodes(v), pager.reset())}
          aria-label="镇街筛选"
        />
        <Typography.Text type="secondary">
          有劳动能力、有培训意愿、尚未报名的人员，等待最久在前
        </Typography.Text>
      </Space>
      <ErrorAlert error={error} />
      <Table<GapRow>
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.trainingGaps.nodes ?? []}
        data-testid="training-gaps"
        locale={{ emptyText: "暂无培训缺口" }}
        columns={[
          { title: "姓名", render: (_: unknown, g) => <PersonLink person={g.person} /> },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "村/社区", render: (_: unknown, g) => g.person.village },
          { title: "需求产生", dataIndex: "openedOn", render: date },
          { title: "最近调查", render: (_: unknown, g) => date(g.latestSurvey?.surveyedOn) },
          { title: "已等待", dataIndex: "waitingDays", render: (n: number) => <Tag color="red">{n} 天</Tag> },
          {
            title: "零转移就业家庭",
            dataIndex: "zeroTransferHousehold",
            render: (z: boolean) => (z ? <Tag color="orange">是</Tag> : "否"),
          },
          ...(writer
            ? [
                {
                  title: "操作",
                  key: "op",
                  render: (_: unknown, g: GapRow) => (
                    <Button size="small" type="primary" onClick={() => setEnrolling(g)}>
                      报名
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pager
        total={data?.trainingGaps.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.trainingGaps.pageInfo.hasNextPage ?? false}
        endCursor={data?.trainingGaps.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
      <EnrolModal
        row={enrolling}
        onClose={(saved) => {
          setEnrolling(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// 培训机构 (R-SKL-1)

const Institutions = graphql(`
  query SkillsInstitutions($first: Int!, $after: String, $filter: TrainingInstitutionsFilter) {
    trainingInstitutions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        creditCode
        qualification
        contact
        version
      }
    }
  }
`);

const RecordInstitution = graphql(`
  mutation RecordTrainingInstitution($input: RecordTrainingInstitutionInput!) {
    recordTrainingInstitution(input: $input) {
      id
      name
    }
  }
`);

const UpdateInstitution = graphql(`
  mutation UpdateTrainingInstitution($input: UpdateTrainingInstitutionInput!) {
    updateTrainingInstitution(input: $input) {
      id
      name
      version
    }
  }
`);

type InstitutionRow = SkillsInstitutionsQuery["trainingInstitutions"]["nodes"][number];

interface InstitutionValues {
  name: string;
  creditCode: string;
  qualification: string;
  contact: string;
}

/** 登记 / 修改培训机构; the credit code's GB 32100 check is the server's, shown at the field. */
function InstitutionModal(props: {
  open: boolean;
  editing: InstitutionRow | null;
  onClose: (saved: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InstitutionValues>();
  const [other, setOther] = useState<string | null>(null);
  const [{ fetching: recording }, record] = useMutation(RecordInstitution);
  const [{ fetching: updating }, update] = useMutation(UpdateInstitution);
  const e = props.editing;
  const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];
  return (
    <Modal
      open={props.open}
      title={e ? `修改培训机构：${e.name}` : "登记培训机构"}
      onCancel={() => props.onClose(false)}
      onOk={() => form.submit()}
      okText={e ? "保存修改" : "登记机构"}
      confirmLoading={recording || updating}
      destroyOnHidden
    >
      <FormProblem text={other} />
      <Form<InstitutionValues>
        form={form}
        layout="vertical"
        name="record-institution"
        initialValues={e ?? {}}
        onFinish={async (v) => {
          setOther(null);
          const r = e
            ? await update({
                input: {
                  institutionId: e.id,
                  version: e.version,
                  name: v.name,
                  qualification: v.qualification,
                  contact: v.contact,
                },
              })
            : await record({ input: v });
          if (r.error) {
            setOther(refusal(form, r.error));
            return;
          }
          message.success(e ? "已保存" : `已登记：${v.name}`);
          props.onClose(true);
        }}
      >
        <Form.Item label="机构名称" name="name" rules={required("机构名称")}>
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="creditCode"
          rules={e ? [] : required("统一社会信用代码")}
          extra="18位，校验位按 GB 32100 核对"
        >
          <Input autoComplete="off" disabled={e !== null} maxLength={18} />
        </Form.Item>
        <Form.Item label="办学资质" name="qualification" rules={required("办学资质")}>
          <Input autoComplete="off" placeholder="许可证名称及编号" />
        </Form.Item>
        <Form.Item label="联系人及电话" name="contact" rules={required("联系人及电话")}>
          <Input autoComplete="off" />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 培训机构: the institutions the bureau buys training from. */
export function InstitutionsPage() {
  const writer = useWriter();
  const [search, setSearch] = useState("");
  const [modal, setModal] = useState<{ editing: InstitutionRow | null } | null>(null);
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Institutions,
    variables: { filter: search ? { nameContains: search } : {} },
    field: "trainingInstitutions",
    service: SERVICE,
  });
  if (down) return down;
  return (
    <div>
      <PageTitle
        extra={
          writer ? (
            <Button type="primary" onClick={() => setModal({ editing: null })}>
              登记机构
            </Button>
          ) : null
        }
      >
        培训机构
      </PageTitle>
      <Input.Search
        placeholder="机构名称"
        allowClear
        onSearch={(v) => (setSearch(v.trim()), pager.reset())}
        style={{ maxWidth: 320, marginBottom: 16 }}
        aria-label="搜索机构"
      />
      <ErrorAlert error={error} />
      <Table<InstitutionRow>
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.trainingInstitutions.nodes ?? []}
        columns={[
          { title: "机构名称", dataIndex: "name" },
          { title: "统一社会信用代码", dataIndex: "creditCode" },
          { title: "办学资质", dataIndex: "qualification" },
          { title: "联系人及电话", dataIndex: "contact" },
          ...(writer
            ? [
                {
                  title: "操作",
                  key: "op",
                  render: (_: unknown, i: InstitutionRow) => (
                    <Button size="small" onClick={() => setModal({ editing: i })}>
                      修改
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pager
        total={data?.trainingInstitutions.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.trainingInstitutions.pageInfo.hasNextPage ?? false}
        endCursor={data?.trainingInstitutions.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
      <InstitutionModal
        open={modal !== null}
        editing={modal?.editing ?? null}
        onClose={(saved) => {
          setModal(null);
          if (saved) refetch();
        }}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// 培训项目 (R-SKL-1): projects running this month, or all; 登记项目.

const Projects = graphql(`
  query SkillsProjects($first: Int!, $after: String, $filter: TrainingProjectsFilter) {
    trainingProjects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        contractNumber
        courseKind
        courseName
        format
        townshipCode
        place
        places
        hours
        pricePerTraineeFen
        startOn
        endOn
        enrolledCount
        completedCount
        institution {
          id
          name
        }
      }
    }
  }
`);

const InstitutionPick = graphql(`
  query SkillsInstitutionPick {
    trainingInstitutions(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

const RecordProject = graphql(`
  mutation RecordTrainingProject($input: RecordTrainingProjectInput!) {
    recordTrainingProject(input: $input) {
      id
      courseName
    }
  }
`);

interface ProjectValues {
  institutionId: string;
  contractNumber: string;
  courseKind: string;
  courseName: string;
  format: string;
  townshipCode: string;
  place: string;
  places: number;
  hours: number;
  price: string;
  startOn: Dayjs;
  endOn: Dayjs;
}

/** 登记政府购买培训项目: price typed in yuan; negative prices, ends before starts are the server's to refuse. */
function ProjectModal({ open, onClose }: { open: boolean; onClose: (id: string | null) => void }) {
  const { message } = App.useApp();
  const townships = useTownships();
  const [form] = Form.useForm<ProjectValues>();
  const [other, setOther] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: InstitutionPick, pause: !open });
  const [{ fetching }, record] = useMutation(RecordProject);
  const required = (what: string) => [{ required: true, message: `请填写${what}` }];
  const { from, to } = monthRange();
  return (
    <Modal
      open={open}
      title="登记政府购买培训项目"
      width={720}
      onCancel={() => onClose(null)}
      onOk={() => form.submit()}
      okText="登记项目"
      confirmLoading={fetching}
      destroyOnHidden
    >
      <FormProblem text={other} />
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        name="record-project"
        initialValues={{
          courseKind: "SPECIAL_ABILITY",
          format: "CLASSROOM",
          startOn: dayjs(from),
          endOn: dayjs(to),
        }}
        onFinish={async (v) => {
          setOther(null);
          const fen = signedFenOf(v.price);
          if (fen === null) {
            form.setFields([{ name: "price", errors: ["请填写每人补贴标准（元，最多两位小数）"] }]);
            return;
          }
          const r = await record({
            input: {
              institutionId: v.institutionId,
              contractNumber: v.contractNumber,
              courseKind: v.courseKind as "OCCUPATION",
              courseName: v.courseName,
              format: v.format as "CLASSROOM",
              townshipCode: v.townshipCode,
              place: v.place,
              places: v.places,
              hours: v.hours,
              pricePerTraineeFen: fen,
              startOn: ymd(v.startOn),
              endOn: ymd(v.endOn),
            },
          });
          if (r.error) {
            setOther(refusal(form, r.error, { "input.pricePerTraineeFen": "price" }));
            return;
          }
          message.success(`已登记项目：${v.courseName}`);
          onClose(r.data?.recordTrainingProject.id ?? null);
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="培训机构" name="institutionId" rules={required("培训机构")}>
              <Select
                aria-label="培训机构"
                showSearch
                optionFilterProp="label"
                options={(data?.trainingInstitutions.nodes ?? []).map((i) => ({
                  value: i.id,
                  label: i.name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="购买服务合同编号" name="contractNumber" rules={required("合同编号")}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="课程类别" name="courseKind">
              <Select aria-label="课程类别" options={options("courseKind")} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="职业（工种）或专项能力" name="courseName" rules={required("课程名称")}>
              <Input autoComplete="off" placeholder="如 大棚蔬菜种植" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="培训形式" name="format">
              <Select aria-label="培训形式" options={options("trainingFormat")} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="镇街" name="townshipCode" rules={required("镇街")}>
              <Select aria-label="镇街" options={townships.options} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="培训地点" name="place" rules={required("培训地点")}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="培训名额" name="places" rules={required("名额")}>
              <InputNumber style={{ width: "100%" }} precision={0} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="培训课时" name="hours" rules={required("课时")}>
              <InputNumber style={{ width: "100%" }} precision={0} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="每人补贴标准（元）" name="price" rules={required("补贴标准")}>
              <Input prefix="¥" inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="开班日期" name="startOn" rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="结业日期" name="endOn" rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 培训项目: those running this month (the worklist) or every project; 登记项目. */
export function ProjectsPage() {
  const writer = useWriter();
  const townships = useTownships();
  const navigate = useNavigate();
  const [scope, setScope] = useState<"month" | "all">("month");
  const [codes, setCodes] = useState<string[]>([]);
  const [courseKind, setCourseKind] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const { from, to } = monthRange();
  const filter = {
    ...(scope === "month" ? { runningFrom: from, runningTo: to } : {}),
    ...(codes.length ? { townshipCodes: codes } : {}),
    ...(courseKind ? { courseKind: courseKind as "OCCUPATION" } : {}),
  };
  const { pager, data, fetching, error, down } = usePagedList({
    query: Projects,
    variables: { filter },
    field: "trainingProjects",
    service: SERVICE,
  });
  if (down) return down;
  return (
    <div>
      <PageTitle
        extra={
          <>
            {writer ? (
              <Button type="primary" onClick={() => setAdding(true)}>
                登记项目
              </Button>
            ) : null}
            <DownloadButton
              ledger={LEDGERS.roster}
              label="导出培训花名册"
              filters={{ townshipCodes: codes }}
            />
          </>
        }
      >
        培训项目
      </PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented
          value={scope}
          onChange={(v) => (setScope(v as "month" | "all"), pager.reset())}
          options={[
            { value: "month", label: `本月在训（${from.slice(0, 7)}）` },
            { value: "all", label: "全部项目" },
          ]}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="镇街"
          style={{ minWidth: 200 }}
          options={townships.options}
          onChange={(v) => (setCodes(v), pager.reset())}
          aria-label="镇街筛选"
        />
        <Select
          allowClear
          placeholder="课程类别"
          style={{ width: 160 }}
          options={options("courseKind")}
          onChange={(v) => (setCourseKind(v), pager.reset())}
          aria-label="课程类别筛选"
        />
      </Space>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.trainingProjects.nodes ?? []}
        data-testid="training-projects"
        locale={{
          emptyText:
            scope === "month" ? (
              <Space direction="vertical" size={4}>
                <span>本月没有在训项目</span>
                <Button type="link" onClick={() => (setScope("all"), pager.reset())}>
                  查看全部项目
                </Button>
              </Space>
            ) : (
              "暂无培训项目"
            ),
        }}
        columns={[
          {
            title: "项目",
            dataIndex: "courseName",
            render: (n: string, p) => <Link to={`/skills/projects/${p.id}`}>{n}</Link>,
          },
          { title: "培训机构", render: (_: unknown, p) => p.institution?.name ?? "—" },
          { title: "类别", dataIndex: "courseKind", render: (k: string) => label("courseKind", k) },
          { title: "形式", dataIndex: "format", render: (f: string) => label("trainingFormat", f) },
          { title: "镇街", dataIndex: "townshipCode", render: (c: string) => townships.name(c) },
          { title: "期间", render: (_: unknown, p) => `${date(p.startOn)} — ${date(p.endOn)}` },
          { title: "报名/名额", render: (_: unknown, p) => `${p.enrolledCount} / ${p.places}` },
          { title: "结业", dataIndex: "completedCount" },
          { title: "每人补贴", dataIndex: "pricePerTraineeFen", render: yuan, align: "right" },
        ]}
      />
      <Pager
        total={data?.trainingProjects.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.trainingProjects.pageInfo.hasNextPage ?? false}
        endCursor={data?.trainingProjects.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
      <ProjectModal
        open={adding}
        onClose={(id) => {
          setAdding(false);
          if (id) navigate(`/skills/projects/${id}`);
        }}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// One project: sessions and attendance, the roster with completion and certificates, its claims.

const Project = graphql(`
  query SkillsProject($id: ID!) {
    trainingProject(id: $id) {
      id
      contractNumber
      courseKind
      courseName
      format
      townshipCode
      place
      places
      hours
      pricePerTraineeFen
      startOn
      endOn
      policyVersionId
      enrolledCount
      completedCount
      institution {
        id
        name
      }
      sessions {
        id
        heldOn
        hours
        topic
      }
    }
    trainingEnrolments(first: 500, filter: { projectId: $id }) {
      nodes {
        id
        personId
        enrolledOn
        status
        completedOn
        assessmentPassed
        attendanceBp
        masterName
        apprenticeFrom
        apprenticeTo
        version
        person {
          id
          name
          village
        }
        certificate {
          id
          type
          number
        }
        checkIns {
          id
          month
        }
      }
    }
    trainingClaims(first: 50, filter: { projectId: $id }) {
      nodes {
        id
        status
        submittedOn
        completedCount
        amountFen
      }
    }
  }
`);

const ScheduleSession = graphql(`
  mutation ScheduleTrainingSession($input: ScheduleTrainingSessionInput!) {
    scheduleTrainingSession(input: $input) {
      id
    }
  }
`);
const RecordAttendance = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`);
const CompleteTraining = graphql(`
  mutation CompleteTraining($input: CompleteTrainingInput!) {
    completeTraining(input: $input) {
      id
      status
      attendanceBp
      version
    }
  }
`);
const RecordCertificate = graphql(`
  mutation RecordTrainingCertificate($input: RecordTrainingCertificateInput!) {
    recordTrainingCertificate(input: $input) {
      id
    }
  }
`);
const CheckIn = graphql(`
  mutation RecordApprenticeCheckIn($input: RecordApprenticeCheckInInput!) {
    recordApprenticeCheckIn(input: $input) {
      id
    }
  }
`);
const SubmitClaim = graphql(`
  mutation SubmitTrainingClaim($input: SubmitTrainingClaimInput!) {
    submitTrainingClaim(input: $input) {
      id
      amountFen
    }
  }
`);

type ProjectData = NonNullable<SkillsProjectQuery["trainingProject"]>;
type EnrolmentRow = SkillsProjectQuery["trainingEnrolments"]["nodes"][number];
type SessionRow = ProjectData["sessions"][number];

/**
 * A modal with one form: the mutation's refusal goes beside the fields; `run` returns the error or
 * a success message.
 */
function FormModal<T extends object>(props: {
  open: boolean;
  title: string;
  name: string;
  okText: string;
  initialValues?: Partial<T>;
  rename?: Record<string, string>;
  onClose: (saved: boolean) => void;
  run: (values: T) => Promise<{ error?: CombinedError | undefined; done?: string }>;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={() => props.onClose(false)}
      onOk={() => form.submit()}
      okText={props.okText}
      confirmLoading={busy}
      destroyOnHidden
    >
      <FormProblem text={other} />
      <Form<T>
        form={form}
        layout="vertical"
        name={props.name}
        initialValues={props.initialValues}
        onFinish={async (v) => {
          setOther(null);
          setBusy(true);
          try {
            const r = await props.run(v);
            if (r.error) {
              setOther(refusal(form, r.error, props.rename));
              return;
            }
            message.success(r.done ?? "已保存");
            props.onClose(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {props.children}
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

function CertificateFields({ prefix }: { prefix: string[] }) {
  const n = (f: string) => [...prefix, f];
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item label="证书类别" name={n("type")} rules={[{ required: true, message: "请选择证书类别" }]}>
          <Select aria-label="证书类别" options={options("certificateType")} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label="证书编号"
          name={n("number")}
          rules={[{ required: true, whitespace: true, message: "请填写证书编号" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label="发证机构"
          name={n("issuingBody")}
          rules={[{ required: true, whitespace: true, message: "请填写发证机构" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="发证日期" name={n("issuedOn")} rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

interface CertificateValues {
  type: string;
  number: string;
  issuingBody: string;
  issuedOn: Dayjs;
}
const certificateInput = (c: CertificateValues) => ({
  type: c.type as "TRAINING_COMPLETION",
  number: c.number,
  issuingBody: c.issuingBody,
  issuedOn: ymd(c.issuedOn),
});

type ProjectDialog =
  | { kind: "session" }
  | { kind: "attendance"; session: SessionRow }
  | { kind: "complete"; enrolment: EnrolmentRow }
  | { kind: "certificate"; enrolment: EnrolmentRow }
  | { kind: "checkIn"; enrolment: EnrolmentRow }
  | { kind: "claim" };

/** 培训项目: what was bought, its sessions with attendance, its trainees, their completion and claims. */
export function ProjectPage() {
  const { id = "" } = useParams();
  const writer = useWriter();
  const townships = useTownships();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Project, variables: { id } });
  const [dialog, setDialog] = useState<ProjectDialog | null>(null);
  const [withCertificate, setWithCertificate] = useState(false);
  const [, schedule] = useMutation(ScheduleSession);
  const [, attend] = useMutation(RecordAttendance);
  const [, complete] = useMutation(CompleteTraining);
  const [, certify] = useMutation(RecordCertificate);
  const [, checkIn] = useMutation(CheckIn);
  const close = (saved: boolean) => {
    setDialog(null);
    setWithCertificate(false);
    if (saved) refetch({ requestPolicy: "network-only" });
  };
  if (unavailableAt(error, ["trainingProject"])) return <ServiceDown service={SERVICE} />;
  const p = data?.trainingProject;
  if (!p)
    return fetching ? null : <ErrorAlert error={error ?? new Error("无此培训项目或不在您的管辖范围内")} />;
  const enrolments = data.trainingEnrolments.nodes;
  const enrolled = enrolments.filter((e) => e.status === "ENROLLED");
  const apprenticeship = APPRENTICE_FORMATS.includes(p.format);
  const open = (d: ProjectDialog) => () => setDialog(d);
  return (
    <div>
      <PageTitle
        extra={
          <>
            {writer ? (
              <Button type="primary" onClick={open({ kind: "claim" })}>
                申报补贴
              </Button>
            ) : null}
            <DownloadButton ledger={LEDGERS.roster} label="导出培训花名册" filters={{ projectId: p.id }} />
          </>
        }
      >
        培训项目：{p.courseName}
      </PageTitle>
      <Descriptions size="small" bordered column={3} data-testid="project-facts">
        <Descriptions.Item label="培训机构">{p.institution?.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="合同编号">{p.contractNumber}</Descriptions.Item>
        <Descriptions.Item label="课程类别">{label("courseKind", p.courseKind)}</Descriptions.Item>
        <Descriptions.Item label="培训形式">{label("trainingFormat", p.format)}</Descriptions.Item>
        <Descriptions.Item label="镇街">{townships.name(p.townshipCode)}</Descriptions.Item>
        <Descriptions.Item label="培训地点">{p.place}</Descriptions.Item>
        <Descriptions.Item label="期间">
          {date(p.startOn)} — {date(p.endOn)}
        </Descriptions.Item>
        <Descriptions.Item label="课时">{p.hours}</Descriptions.Item>
        <Descriptions.Item label="每人补贴标准">{yuan(p.pricePerTraineeFen)}</Descriptions.Item>
        <Descriptions.Item label="报名 / 名额">
          {p.enrolledCount} / {p.places}
        </Descriptions.Item>
        <Descriptions.Item label="结业">{p.completedCount}</Descriptions.Item>
      </Descriptions>

      <Card
        size="small"
        title="课次与出勤"
        style={{ marginTop: 16 }}
        extra={
          writer ? (
            <Button size="small" onClick={open({ kind: "session" })}>
              安排课次
            </Button>
          ) : null
        }
      >
        <Table<SessionRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.sessions}
          data-testid="project-sessions"
          locale={{ emptyText: "尚未安排课次" }}
          columns={[
            { title: "上课日期", dataIndex: "heldOn", render: date },
            { title: "课时", dataIndex: "hours" },
            { title: "内容", dataIndex: "topic" },
            ...(writer
              ? [
                  {
                    title: "操作",
                    key: "op",
                    render: (_: unknown, s: SessionRow) =>
                      s.heldOn <= today() ? (
                        <Button size="small" onClick={open({ kind: "attendance", session: s })}>
                          记录出勤
                        </Button>
                      ) : (
                        <Typography.Text type="secondary">未到上课日期</Typography.Text>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card size="small" title="学员（培训花名册）" style={{ marginTop: 16 }}>
        <Table<EnrolmentRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={enrolments}
          data-testid="project-trainees"
          locale={{ emptyText: "尚无学员报名：从培训缺口报名" }}
          columns={[
            { title: "学员", render: (_: unknown, e) => <PersonLink person={e.person} /> },
            { title: "村/社区", render: (_: unknown, e) => e.person.village },
            { title: "报名日期", dataIndex: "enrolledOn", render: date },
            ...(apprenticeship
              ? [
                  {
                    title: "师傅 / 带徒期",
                    key: "master",
                    render: (_: unknown, e: EnrolmentRow) =>
                      `${e.masterName ?? "—"}（${date(e.apprenticeFrom)}—${date(e.apprenticeTo)}，已检查 ${e.checkIns.length} 次）`,
                  },
                ]
              : []),
            {
              title: "状态",
              dataIndex: "status",
              render: (s: string) =>
                s === "COMPLETED" ? (
                  <Tag color="green">已结业</Tag>
                ) : (
                  <Tag>{label("trainingEnrolmentStatus", s)}</Tag>
                ),
            },
            { title: "出勤率", dataIndex: "attendanceBp", render: percentBp },
            { title: "结业日期", dataIndex: "completedOn", render: date },
            {
              title: "证书",
              render: (_: unknown, e) =>
                e.certificate
                  ? `${label("certificateType", e.certificate.type)} ${e.certificate.number}`
                  : "—",
            },
            ...(writer
              ? [
                  {
                    title: "操作",
                    key: "op",
                    render: (_: unknown, e: EnrolmentRow) => (
                      <Space size="small">
                        {e.status === "ENROLLED" ? (
                          <Button
                            size="small"
                            type="primary"
                            onClick={open({ kind: "complete", enrolment: e })}
                          >
                            结业
                          </Button>
                        ) : null}
                        {e.status === "COMPLETED" && !e.certificate ? (
                          <Button size="small" onClick={open({ kind: "certificate", enrolment: e })}>
                            登记证书
                          </Button>
                        ) : null}
                        {apprenticeship && e.status === "ENROLLED" ? (
                          <Button size="small" onClick={open({ kind: "checkIn", enrolment: e })}>
                            带徒检查
                          </Button>
                        ) : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      <Card size="small" title="培训补贴申请" style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.trainingClaims.nodes}
          locale={{ emptyText: "尚未申报" }}
          columns={[
            {
              title: "申报日期",
              dataIndex: "submittedOn",
              render: (d: string, c) => <Link to={`/skills/claims/${c.id}`}>{date(d)}</Link>,
            },
            { title: "结业人数", dataIndex: "completedCount" },
            { title: "核定金额", dataIndex: "amountFen", render: yuan, align: "right" },
            { title: "状态", dataIndex: "status", render: (s: string) => label("trainingClaimStatus", s) },
          ]}
        />
      </Card>

      <FormModal<{ heldOn: Dayjs; hours: number; topic: string }>
        open={dialog?.kind === "session"}
        title="安排培训课次"
        name="schedule-session"
        okText="保存课次"
        initialValues={{ heldOn: dayjs(today()), hours: 4 }}
        onClose={close}
        run={async (v) => ({
          ...(await schedule({
            input: { projectId: p.id, heldOn: ymd(v.heldOn), hours: v.hours, topic: v.topic },
          })),
          done: "已安排课次",
        })}
      >
        <Form.Item label="上课日期" name="heldOn" rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item label="课时" name="hours" rules={[{ required: true, message: "请填写课时" }]}>
          <InputNumber style={{ width: "100%" }} precision={0} />
        </Form.Item>
        <Form.Item
          label="内容"
          name="topic"
          rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </FormModal>

      {dialog?.kind === "attendance" ? (
        <FormModal<{ presentEnrolmentIds: string[] }>
          open
          title={`记录出勤：${date(dialog.session.heldOn)} ${dialog.session.topic}`}
          name="record-attendance"
          okText="保存出勤"
          initialValues={{ presentEnrolmentIds: enrolled.map((e) => e.id) }}
          rename={{ "input.sessionId": "presentEnrolmentIds" }}
          onClose={close}
          run={async (v) => ({
            ...(await attend({
              input: { sessionId: dialog.session.id, presentEnrolmentIds: v.presentEnrolmentIds ?? [] },
            })),
            done: `已记录出勤：${(v.presentEnrolmentIds ?? []).length} 人出勤`,
          })}
        >
          <Typography.Paragraph type="secondary">未勾选的学员记为缺勤。</Typography.Paragraph>
          <Form.Item label="出勤学员" name="presentEnrolmentIds">
            <Checkbox.Group options={enrolled.map((e) => ({ value: e.id, label: e.person.name }))} />
          </Form.Item>
        </FormModal>
      ) : null}

      {dialog?.kind === "complete" ? (
        <FormModal<{ completedOn: Dayjs; assessmentPassed: boolean; certificate?: CertificateValues }>
          open
          title={`结业：${dialog.enrolment.person.name}`}
          name="complete-training"
          okText="确认结业"
          initialValues={{
            completedOn: dayjs(today()),
            assessmentPassed: true,
            certificate: { issuedOn: dayjs(today()), type: "TRAINING_COMPLETION" } as CertificateValues,
          }}
          onClose={close}
          run={async (v) => ({
            ...(await complete({
              input: {
                enrolmentId: dialog.enrolment.id,
                version: dialog.enrolment.version,
                completedOn: ymd(v.completedOn),
                assessmentPassed: v.assessmentPassed,
                ...(withCertificate && v.certificate ? { certificate: certificateInput(v.certificate) } : {}),
              },
            })),
            done: `已结业：${dialog.enrolment.person.name}`,
          })}
        >
          <Typography.Paragraph type="secondary">结业条件按培训补贴政策：出勤率与考核。</Typography.Paragraph>
          <Form.Item label="结业日期" name="completedOn" rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="assessmentPassed" valuePropName="checked">
            <Checkbox>考核合格</Checkbox>
          </Form.Item>
          <Checkbox checked={withCertificate} onChange={(e) => setWithCertificate(e.target.checked)}>
            同时登记证书
          </Checkbox>
          {withCertificate ? (
            <div style={{ marginTop: 12 }}>
              <CertificateFields prefix={["certificate"]} />
            </div>
          ) : null}
        </FormModal>
      ) : null}

      {dialog?.kind === "certificate" ? (
        <FormModal<CertificateValues>
          open
          title={`登记证书：${dialog.enrolment.person.name}`}
          name="record-certificate"
          okText="登记证书"
          initialValues={{ issuedOn: dayjs(today()), type: "TRAINING_COMPLETION" }}
          onClose={close}
          run={async (v) => ({
            ...(await certify({ input: { ...certificateInput(v), enrolmentId: dialog.enrolment.id } })),
            done: "已登记证书",
          })}
        >
          <CertificateFields prefix={[]} />
        </FormModal>
      ) : null}

      {dialog?.kind === "checkIn" ? (
        <FormModal<{ month: Dayjs; checkedOn: Dayjs; note: string }>
          open
          title={`带徒月度检查：${dialog.enrolment.person.name}（师傅 ${dialog.enrolment.masterName ?? "—"}）`}
          name="apprentice-check-in"
          okText="保存检查"
          initialValues={{ month: dayjs(today()), checkedOn: dayjs(today()) }}
          onClose={close}
          run={async (v) => ({
            ...(await checkIn({
              input: {
                enrolmentId: dialog.enrolment.id,
                month: v.month.format("YYYY-MM"),
                checkedOn: ymd(v.checkedOn),
                note: v.note,
              },
            })),
            done: "已记录带徒检查",
          })}
        >
          <Form.Item label="月份" name="month" rules={[{ required: true }]}>
            <DatePicker picker="month" format="YYYY-MM" style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item label="检查日期" name="checkedOn" rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            label="带徒情况"
            name="note"
            rules={[{ required: true, whitespace: true, message: "请填写带徒情况" }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      ) : null}

      {dialog?.kind === "claim" ? (
        <ClaimSubmitModal
          project={p}
          enrolments={enrolments}
          onClose={close}
          onSubmitted={(claimId) => navigate(`/skills/claims/${claimId}`)}
        />
      ) : null}
    </div>
  );
}

/** 申报补贴: the institution's trainees (all by default); the amount is the server's computation. */
function ClaimSubmitModal(props: {
  project: ProjectData;
  enrolments: EnrolmentRow[];
  onClose: (saved: boolean) => void;
  onSubmitted: (claimId: string) => void;
}) {
  const [, submit] = useMutation(SubmitClaim);
  return (
    <FormModal<{ submittedOn: Dayjs; personIds: string[] }>
      open
      title={`申报培训补贴：${props.project.courseName}`}
      name="submit-claim"
      okText="提交申报"
      initialValues={{ submittedOn: dayjs(today()), personIds: props.enrolments.map((e) => e.personId) }}
      onClose={props.onClose}
      run={async (v) => {
        const r = await submit({
          input: {
            projectId: props.project.id,
            submittedOn: ymd(v.submittedOn),
            personIds: v.personIds ?? [],
          },
        });
        if (!r.error && r.data) props.onSubmitted(r.data.submitTrainingClaim.id);
        return { ...r, done: "已申报，补贴金额由系统核算" };
      }}
    >
      <Typography.Paragraph type="secondary">
        补贴金额 = 每人补贴标准 {yuan(props.project.pricePerTraineeFen)} × 验收合格结业人数，逐人核算。
      </Typography.Paragraph>
      <Form.Item label="申报日期" name="submittedOn" rules={[{ required: true }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item label="申报学员" name="personIds">
        <Checkbox.Group
          options={props.enrolments.map((e) => ({ value: e.personId, label: e.person.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}

// ---------------------------------------------------------------------------------------------
// 补贴审核 (R-SKL-1): claims awaiting verification or payment, with the actions in place.

const Claims = graphql(`
  query SkillsClaims($first: Int!, $after: String, $filter: TrainingClaimsFilter) {
    trainingClaims(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ClaimFields
      }
    }
  }
`);

graphql(`
  fragment ClaimFields on TrainingClaim {
    id
    status
    townshipCode
    submittedOn
    pricePerTraineeFen
    policyVersionId
    completedCount
    partialCount
    refusedCount
    amountFen
    verifiedOn
    paidOn
    paidAmountFen
    refusedOn
    refusalReason
    version
    project {
      id
      courseName
      contractNumber
    }
    institution {
      id
      name
    }
  }
`);

const VerifyClaim = graphql(`
  mutation VerifyTrainingClaim($input: VerifyTrainingClaimInput!) {
    verifyTrainingClaim(input: $input) {
      id
      status
      version
    }
  }
`);
const PayClaim = graphql(`
  mutation PayTrainingClaim($input: PayTrainingClaimInput!) {
    payTrainingClaim(input: $input) {
      id
      status
      version
    }
  }
`);
const RefuseClaim = graphql(`
  mutation RefuseTrainingClaim($input: RefuseTrainingClaimInput!) {
    refuseTrainingClaim(input: $input) {
      id
      status
      version
    }
  }
`);

type ClaimRow = SkillsClaimsQuery["trainingClaims"]["nodes"][number];

/** 审核通过 / 拨付 / 不予拨付 in place (the list and the claim view). */
function ClaimActions({ claim, onDone }: { claim: ClaimRow; onDone: () => void }) {
  const { message } = App.useApp();
  const [{ fetching: verifying }, verify] = useMutation(VerifyClaim);
  const [{ fetching: paying }, pay] = useMutation(PayClaim);
  const [, refuse] = useMutation(RefuseClaim);
  const [refusing, setRefusing] = useState(false);
  const done = (r: { error?: CombinedError | undefined }, text: string) => {
    if (r.error) message.error(messageOf(r.error));
    else message.success(text);
    onDone();
  };
  return (
    <Space size="small">
      {claim.status === "SUBMITTED" ? (
        <Button
          size="small"
          type="primary"
          loading={verifying}
          onClick={async () =>
            done(
              await verify({ input: { claimId: claim.id, version: claim.version, verifiedOn: today() } }),
              "已审核通过",
            )
          }
        >
          审核通过
        </Button>
      ) : null}
      {claim.status === "VERIFIED" ? (
        <Button
          size="small"
          type="primary"
          loading={paying}
          onClick={async () =>
            done(
              await pay({
                input: {
                  claimId: claim.id,
                  version: claim.version,
                  paidOn: today(),
                  amountFen: claim.amountFen,
                },
              }),
              `已拨付 ${yuan(claim.amountFen)}`,
            )
          }
        >
          拨付 {yuan(claim.amountFen)}
        </Button>
      ) : null}
      {claim.status === "SUBMITTED" || claim.status === "VERIFIED" ? (
        <Button size="small" danger onClick={() => setRefusing(true)}>
          不予拨付
        </Button>
      ) : null}
      <FormModal<{ reason: string; refusedOn: Dayjs }>
        open={refusing}
        title={`不予拨付：${claim.project?.courseName ?? ""}`}
        name="refuse-claim"
        okText="确认不予拨付"
        initialValues={{ refusedOn: dayjs(today()) }}
        onClose={(saved) => {
          setRefusing(false);
          if (saved) onDone();
        }}
        run={async (v) => ({
          ...(await refuse({
            input: {
              claimId: claim.id,
              version: claim.version,
              refusedOn: ymd(v.refusedOn),
              reason: v.reason,
            },
          })),
          done: "已不予拨付",
        })}
      >
        <Form.Item label="日期" name="refusedOn" rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          label="原因"
          name="reason"
          rules={[{ required: true, whitespace: true, message: "请填写原因" }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** 补贴审核: submitted claims (oldest first) and verified ones awaiting payment. */
export function ClaimsPage() {
  const writer = useWriter();
  const townships = useTownships();
  const [statuses, setStatuses] = useState<string[]>(["SUBMITTED", "VERIFIED"]);
  const filter = statuses.length ? { statuses: statuses as "SUBMITTED"[] } : {};
  const { pager, data, fetching, error, refetch, down } = usePagedList({
    query: Claims,
    variables: { filter },
    field: "trainingClaims",
    service: SERVICE,
  });
  if (down) return down;
  return (
    <div>
      <PageTitle
        extra={<DownloadButton ledger={LEDGERS.claims} label="导出补贴台账" filters={{ statuses }} />}
      >
        补贴审核
      </PageTitle>
      <Select
        mode="multiple"
        value={statuses}
        onChange={(v) => (setStatuses(v), pager.reset())}
        options={options("trainingClaimStatus")}
        style={{ minWidth: 320, marginBottom: 16 }}
        aria-label="申请状态"
      />
      <ErrorAlert error={error} />
      <Table<ClaimRow>
        rowKey="id"
        size="middle"
        loading={fetching}
        pagination={false}
        dataSource={data?.trainingClaims.nodes ?? []}
        data-testid="training-claims"
        locale={{ emptyText: "暂无待审核的补贴申请" }}
        columns={[
          {
            title: "培训项目",
            render: (_: unknown, c) => (
              <Link to={`/skills/claims/${c.id}`}>{c.project?.courseName ?? "—"}</Link>
            ),
          },
          { title: "培训机构", render: (_: unknown, c) => c.institution?.name ?? "—" },
          { title: "镇街", dataIndex: "townshipCode", render: (t: string) => townships.name(t) },
          { title: "申报日期", dataIndex: "submittedOn", render: date },
          { title: "结业人数", dataIndex: "completedCount" },
          { title: "不予补贴", dataIndex: "refusedCount" },
          { title: "核定金额", dataIndex: "amountFen", render: yuan, align: "right" },
          { title: "状态", dataIndex: "status", render: (s: string) => label("trainingClaimStatus", s) },
          ...(writer
            ? [
                {
                  title: "操作",
                  key: "op",
                  render: (_: unknown, c: ClaimRow) => <ClaimActions claim={c} onDone={refetch} />,
                },
              ]
            : []),
        ]}
      />
      <Pager
        total={data?.trainingClaims.totalCount ?? 0}
        page={pager.page}
        pageSize={pager.pageSize}
        hasNext={data?.trainingClaims.pageInfo.hasNextPage ?? false}
        endCursor={data?.trainingClaims.pageInfo.endCursor}
        onNext={pager.next}
        onPrev={pager.prev}
      />
    </div>
  );
}

const Claim = graphql(`
  query SkillsClaim($id: ID!) {
    trainingClaim(id: $id) {
      ...ClaimFields
      lines {
        id
        personId
        townshipCode
        outcome
        basis
        refusal
        attendanceBp
        amountFen
        person {
          id
          name
        }
      }
    }
  }
`);

/** 补贴申请: the computed amount, trainee by trainee, with 审核 / 拨付 / 不予拨付. */
export function ClaimPage() {
  const { id = "" } = useParams();
  const writer = useWriter();
  const townships = useTownships();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Claim, variables: { id } });
  if (unavailableAt(error, ["trainingClaim"])) return <ServiceDown service={SERVICE} />;
  const c = data?.trainingClaim;
  if (!c)
    return fetching ? null : <ErrorAlert error={error ?? new Error("无此补贴申请或不在您的管辖范围内")} />;
  const completedFen = c.pricePerTraineeFen * c.completedCount;
  return (
    <div>
      <PageTitle
        extra={
          writer ? <ClaimActions claim={c} onDone={() => refetch({ requestPolicy: "network-only" })} /> : null
        }
      >
        培训补贴申请：{c.project?.courseName ?? ""}
      </PageTitle>
      <Descriptions size="small" bordered column={3} data-testid="claim-facts">
        <Descriptions.Item label="培训机构">{c.institution?.name ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="培训项目">
          {c.project ? <Link to={`/skills/projects/${c.project.id}`}>{c.project.courseName}</Link> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={c.status === "PAID" ? "green" : c.status === "REFUSED" ? "red" : "blue"}>
            {label("trainingClaimStatus", c.status)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="申报日期">{date(c.submittedOn)}</Descriptions.Item>
        <Descriptions.Item label="审核日期">{date(c.verifiedOn)}</Descriptions.Item>
        <Descriptions.Item label="拨付">
          {c.paidOn ? `${date(c.paidOn)} ${yuan(c.paidAmountFen)}` : "—"}
        </Descriptions.Item>
        <Descriptions.Item label="核定补贴金额" span={3}>
          <Typography.Text strong data-testid="claim-amount">
            {yuan(c.amountFen)}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="claim-formula">
            {" "}
            = 每人 {yuan(c.pricePerTraineeFen)} × 验收合格结业 {c.completedCount} 人（{yuan(completedFen)}）
            {c.partialCount > 0
              ? ` + 部分出勤 ${c.partialCount} 人（${yuan(c.amountFen - completedFen)}）`
              : ""}
            ；不予补贴 {c.refusedCount} 人
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {c.status === "REFUSED" ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={`${date(c.refusedOn)} 不予拨付：${c.refusalReason ?? ""}`}
        />
      ) : null}
      <Card size="small" title="申报明细（逐人核算）" style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.lines}
          data-testid="claim-lines"
          columns={[
            { title: "学员", render: (_: unknown, l) => <PersonLink person={l.person} /> },
            { title: "镇街", dataIndex: "townshipCode", render: (t: string | null) => townships.name(t) },
            { title: "出勤率", dataIndex: "attendanceBp", render: percentBp },
            {
              title: "核定结果",
              dataIndex: "outcome",
              render: (o: string) =>
                o === "PAYABLE" ? <Tag color="green">予以补贴</Tag> : <Tag color="red">不予补贴</Tag>,
            },
            {
              title: "依据 / 原因",
              render: (_: unknown, l) =>
                l.outcome === "PAYABLE"
                  ? label("claimLineBasis", l.basis)
                  : label("claimLineRefusal", l.refusal),
            },
            { title: "补贴金额", dataIndex: "amountFen", render: yuan, align: "right" },
            {
              // A refused line was not paid: no paid date, even when the claim's other lines were.
              title: "拨付日期",
              render: (_: unknown, l) =>
                l.outcome === "PAYABLE" && c.status === "PAID" && c.paidOn ? date(c.paidOn) : "—",
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>
                合计
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {yuan(c.amountFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} />
            </Table.Summary.Row>
          )}
        />
      </Card>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// 培训实效 (R-SKL-2): completions, certificates and jobs, not sign-ups.

const Effect = graphql(`
  query TrainingEffectFigures($filter: TrainingEffectFilter) {
    trainingEffect(filter: $filter) {
      total {
        ...EffectFigures
      }
      byCourseKind {
        courseKind
        figures {
          ...EffectFigures
        }
      }
      byProject {
        projectId
        project {
          id
          courseName
          format
          townshipCode
          startOn
          institution {
            name
          }
        }
        figures {
          ...EffectFigures
        }
      }
    }
  }
`);

graphql(`
  fragment EffectFigures on TrainingEffectFigures {
    enrolled
    completed
    certified
    employedWithinWindow
    paidFen
    costPerCompletionFen
    costPerCertificateFen
  }
`);

type Figures = TrainingEffectFiguresQuery["trainingEffect"]["total"];

const figureColumns = [
  { title: "报名", key: "enrolled", render: (f: Figures) => f.enrolled },
  { title: "结业", key: "completed", render: (f: Figures) => f.completed },
  { title: "取证", key: "certified", render: (f: Figures) => f.certified },
  { title: "结业后6个月内就业", key: "employed", render: (f: Figures) => f.employedWithinWindow },
  { title: "已拨付补贴", key: "paid", render: (f: Figures) => yuan(f.paidFen), align: "right" as const },
  {
    title: "每结业一人成本",
    key: "perCompletion",
    render: (f: Figures) => yuan(f.costPerCompletionFen),
    align: "right" as const,
  },
  {
    title: "每取证一人成本",
    key: "perCertificate",
    render: (f: Figures) => yuan(f.costPerCertificateFen),
    align: "right" as const,
  },
];
const onFigures = <R extends { figures: Figures }>() =>
  figureColumns.map((c) => ({ ...c, render: (_: unknown, r: R) => c.render(r.figures) }));

/** 培训实效: per course kind and per project; the bureau's cost per certified trainee. */
export function EffectPage() {
  const townships = useTownships();
  const [codes, setCodes] = useState<string[]>([]);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const filter = {
    ...(codes.length ? { townshipCodes: codes } : {}),
    ...(range ? { startedFrom: ymd(range[0]), startedTo: ymd(range[1]) } : {}),
  };
  const [{ data, fetching, error }] = useQuery({ query: Effect, variables: { filter } });
  if (unavailableAt(error, ["trainingEffect"])) return <ServiceDown service={SERVICE} />;
  const e = data?.trainingEffect;
  const t = e?.total;
  type ByProject = NonNullable<typeof e>["byProject"][number];
  type ByKind = NonNullable<typeof e>["byCourseKind"][number];
  return (
    <div>
      <PageTitle extra={<DownloadButton ledger={LEDGERS.certificates} label="导出证书名单" />}>
        培训实效
      </PageTitle>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          mode="multiple"
          allowClear
          placeholder="镇街"
          style={{ minWidth: 200 }}
          options={townships.options}
          onChange={setCodes}
          aria-label="镇街筛选"
        />
        <DatePicker.RangePicker
          format="YYYY-MM-DD"
          placeholder={["开班日期起", "开班日期止"]}
          onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
        />
      </Space>
      <ErrorAlert error={error} />
      <Row gutter={16} data-testid="effect-total">
        {(
          [
            ["报名", t?.enrolled],
            ["结业", t?.completed],
            ["取证", t?.certified],
            ["6个月内就业", t?.employedWithinWindow],
            ["已拨付补贴", yuan(t?.paidFen)],
            ["每取证一人成本", yuan(t?.costPerCertificateFen)],
          ] as [string, ReactNode][]
        ).map(([title, value]) => (
          <Col span={4} key={title}>
            <Card size="small" loading={fetching && !t}>
              <Statistic title={title} value={value === undefined ? "—" : (value as string | number)} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title="按课程类别" style={{ marginTop: 16 }}>
        <Table<ByKind>
          size="small"
          rowKey="courseKind"
          pagination={false}
          dataSource={e?.byCourseKind ?? []}
          columns={[
            { title: "课程类别", dataIndex: "courseKind", render: (k: string) => label("courseKind", k) },
            ...onFigures<ByKind>(),
          ]}
        />
      </Card>
      <Card size="small" title="按项目" style={{ marginTop: 16 }}>
        <Table<ByProject>
          size="small"
          rowKey="projectId"
          pagination={{ pageSize: 20, showSizeChanger: false }}
          dataSource={e?.byProject ?? []}
          data-testid="effect-by-project"
          columns={[
            {
              title: "项目",
              render: (_: unknown, r) => (
                <Link to={`/skills/projects/${r.project.id}`}>{r.project.courseName}</Link>
              ),
            },
            { title: "培训机构", render: (_: unknown, r) => r.project.institution?.name ?? "—" },
            { title: "开班", render: (_: unknown, r) => date(r.project.startOn) },
            ...onFigures<ByProject>(),
          ]}
        />
      </Card>
    </div>
  );
}
