import { useState } from "react";
import { App, Button, Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMutation, useQuery } from "urql";
import { validateIdNumber } from "@pa/registry/id-number";
import { graphql } from "../../gql";
import { formErrorOf } from "../../api/errors";
import { useIdentity } from "../../auth/session";
import { options } from "../../lib/labels";
import { today } from "../../lib/format";
import { SubmitOnEnter, useTownships } from "../../lib/ui";

const RegisterPerson = graphql(`
  mutation RegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      name
      version
    }
  }
`);

const RegisterHousehold = graphql(`
  mutation RegisterHousehold($input: RegisterHouseholdInput!) {
    registerHousehold(input: $input) {
      id
      number
      townshipCode
      village
    }
  }
`);

const HouseholdsOfVillage = graphql(`
  query HouseholdsOfVillage($filter: HouseholdsFilter) {
    households(first: 100, filter: $filter) {
      nodes {
        id
        number
        village
        head {
          name
        }
      }
    }
  }
`);

const RecordNeedsSurvey = graphql(`
  mutation RecordNeedsSurvey($input: RecordNeedsSurveyInput!) {
    recordNeedsSurvey(input: $input) {
      id
      surveyedOn
    }
  }
`);

const RecordExit = graphql(`
  mutation RecordExit($input: RecordExitInput!) {
    recordExit(input: $input) {
      id
      povertyStatus
      exitedOn
      version
    }
  }
`);

const ymd = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : undefined);

interface PersonValues {
  name: string;
  idNumber: string;
  phone?: string;
  householdMode: "new" | "existing";
  householdId?: string;
  townshipCode?: string;
  village?: string;
  isHead: boolean;
  householdFlags: string[];
  laborCapacity: string;
  education: string;
  willing: string[];
  registeredOn?: Dayjs;
}

/** 登记人员: a person with a new household or into an existing one; the server's field errors at the field. */
export function RegisterPersonModal({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (created?: string) => void;
}) {
  const identity = useIdentity();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonValues>();
  const [, register] = useMutation(RegisterPerson);
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string | null>(null);
  const townships = useTownships();
  const mode = Form.useWatch("householdMode", form);
  const township = Form.useWatch("townshipCode", form);
  const village = Form.useWatch("village", form);
  const [{ data: hh }] = useQuery({
    query: HouseholdsOfVillage,
    variables: { filter: { townshipCodes: township ? [township] : [], ...(village ? { village } : {}) } },
    pause: mode !== "existing" || !township,
  });
  const mine =
    identity.townships.length > 0
      ? townships.options.filter((o) => identity.townships.includes(o.value))
      : townships.options;

  const submit = async (v: PersonValues) => {
    setBusy(true);
    setOther(null);
    const flags = new Set(v.householdFlags ?? []);
    const willing = new Set(v.willing ?? []);
    const r = await register({
      input: {
        name: v.name,
        idNumber: v.idNumber.trim(),
        ...(v.phone ? { phone: v.phone } : {}),
        ...(v.householdMode === "existing"
          ? { householdId: v.householdId ?? "" }
          : {
              townshipCode: v.townshipCode ?? "",
              village: v.village ?? "",
              householdFlags: {
                minimumLivingGuarantee: flags.has("minimumLivingGuarantee"),
                urbanZeroEmployment: flags.has("urbanZeroEmployment"),
                ruralZeroTransferEmployment: flags.has("ruralZeroTransferEmployment"),
              },
            }),
        isHead: v.householdMode === "new" ? true : v.isHead,
        laborCapacity: v.laborCapacity as "FULL",
        education: v.education as "NONE",
        willingToWork: willing.has("work"),
        willingToTrain: willing.has("train"),
        entrepreneurshipIntention: willing.has("entrepreneurship"),
        disabilityCertificate: willing.has("disability"),
        ...(v.registeredOn ? { registeredOn: ymd(v.registeredOn) } : {}),
      },
    });
    setBusy(false);
    if (r.error) {
      setOther(formErrorOf(form, r.error));
      return;
    }
    message.success(`已登记：${r.data?.registerPerson.name ?? ""}`);
    form.resetFields();
    onClose(r.data?.registerPerson.id);
  };

  return (
    <Modal
      open={open}
      title="登记贫困人口"
      width={760}
      onCancel={() => onClose()}
      destroyOnHidden
      footer={[
        <Button key="c" onClick={() => onClose()}>
          取消
        </Button>,
        <Button key="s" type="primary" loading={busy} onClick={() => form.submit()}>
          登记
        </Button>,
      ]}
    >
      {other ? (
        <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
          {other}
        </div>
      ) : null}
      <Form<PersonValues>
        form={form}
        layout="vertical"
        name="register-person"
        onFinish={(v) => void submit(v)}
        initialValues={{
          householdMode: "new",
          isHead: false,
          householdFlags: [],
          laborCapacity: "FULL",
          education: "JUNIOR_SECONDARY",
          willing: ["work"],
          registeredOn: dayjs(today()),
          townshipCode: identity.townships.length === 1 ? identity.townships[0] : undefined,
        }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label="姓名"
              name="name"
              rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}
            >
              <Input autoFocus autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              label="身份证号"
              name="idNumber"
              validateTrigger={["onBlur", "onSubmit"]}
              rules={[
                { required: true, message: "请填写身份证号" },
                {
                  // The register's own rules (GB 11643: length, birth date, check digit), before the server sees it.
                  validator: async (_r, value: string | undefined) => {
                    if (!value) return;
                    const r = validateIdNumber(value);
                    if (!r.ok) throw new Error(r.reasonZh);
                  },
                },
              ]}
            >
              <Input autoComplete="off" maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="手机号" name="phone">
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="户" name="householdMode">
          <Radio.Group
            options={[
              { value: "new", label: "新建户（本人为户主）" },
              { value: "existing", label: "加入已有户" },
            ]}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="镇街" name="townshipCode" rules={[{ required: true, message: "请选择镇街" }]}>
              <Select options={mine} showSearch optionFilterProp="label" aria-label="镇街" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label="村/社区"
              name="village"
              rules={[{ required: mode !== "existing", whitespace: true, message: "请填写村/社区" }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          {mode === "existing" ? (
            <Col span={8}>
              <Form.Item label="所在户" name="householdId" rules={[{ required: true, message: "请选择户" }]}>
                <Select
                  aria-label="所在户"
                  showSearch
                  optionFilterProp="label"
                  options={(hh?.households.nodes ?? []).map((h) => ({
                    value: h.id,
                    label: `${h.village} ${h.number ?? ""} 户主 ${h.head?.name ?? "—"}`,
                  }))}
                />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {mode === "existing" ? (
          <Form.Item name="isHead" valuePropName="checked">
            <Checkbox>设为户主</Checkbox>
          </Form.Item>
        ) : (
          <Form.Item label="户类别" name="householdFlags">
            <Checkbox.Group
              options={[
                { value: "minimumLivingGuarantee", label: "低保户" },
                { value: "urbanZeroEmployment", label: "城镇零就业家庭" },
                { value: "ruralZeroTransferEmployment", label: "农村零转移就业家庭" },
              ]}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="劳动能力" name="laborCapacity" rules={[{ required: true }]}>
              <Select options={options("laborCapacity")} aria-label="劳动能力" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="文化程度" name="education">
              <Select options={options("education")} aria-label="文化程度" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="登记日期" name="registeredOn">
              <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="意愿与情况" name="willing">
          <Checkbox.Group
            options={[
              { value: "work", label: "有就业意愿" },
              { value: "train", label: "有培训意愿" },
              { value: "entrepreneurship", label: "有创业意向" },
              { value: "disability", label: "持残疾证" },
            ]}
          />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

interface HouseholdValues {
  townshipCode: string;
  village: string;
  number?: string;
  flags: string[];
}

/** 登记户: a household on its own (people join it from 登记人员). */
export function RegisterHouseholdModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const identity = useIdentity();
  const { message } = App.useApp();
  const [form] = Form.useForm<HouseholdValues>();
  const [{ fetching }, run] = useMutation(RegisterHousehold);
  const [other, setOther] = useState<string | null>(null);
  const townships = useTownships();
  const mine =
    identity.townships.length > 0
      ? townships.options.filter((o) => identity.townships.includes(o.value))
      : townships.options;
  const submit = async (v: HouseholdValues) => {
    const flags = new Set(v.flags ?? []);
    const r = await run({
      input: {
        townshipCode: v.townshipCode,
        village: v.village,
        ...(v.number ? { number: v.number } : {}),
        minimumLivingGuarantee: flags.has("minimumLivingGuarantee"),
        urbanZeroEmployment: flags.has("urbanZeroEmployment"),
        ruralZeroTransferEmployment: flags.has("ruralZeroTransferEmployment"),
      },
    });
    if (r.error) {
      setOther(formErrorOf(form, r.error));
      return;
    }
    message.success("已登记户");
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      open={open}
      title="登记户"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="登记"
      confirmLoading={fetching}
      destroyOnHidden
    >
      {other ? (
        <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
          {other}
        </div>
      ) : null}
      <Form<HouseholdValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ flags: [] }}
      >
        <Form.Item label="镇街" name="townshipCode" rules={[{ required: true, message: "请选择镇街" }]}>
          <Select options={mine} aria-label="镇街" />
        </Form.Item>
        <Form.Item
          label="村/社区"
          name="village"
          rules={[{ required: true, whitespace: true, message: "请填写村/社区" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="户编号" name="number">
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="户类别" name="flags">
          <Checkbox.Group
            options={[
              { value: "minimumLivingGuarantee", label: "低保户" },
              { value: "urbanZeroEmployment", label: "城镇零就业家庭" },
              { value: "ruralZeroTransferEmployment", label: "农村零转移就业家庭" },
            ]}
          />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 需求调查 (R-REQ-2): work, training, entrepreneurship needs of one person. */
export function NeedsSurveyModal({
  personId,
  name,
  onClose,
}: {
  personId: string | null;
  name: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ needs: string[]; note?: string; surveyedOn?: Dayjs }>();
  const [{ fetching }, run] = useMutation(RecordNeedsSurvey);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal
      open={personId !== null}
      title={`需求调查：${name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={fetching}
      destroyOnHidden
    >
      {other ? (
        <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
          {other}
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ needs: [], surveyedOn: dayjs(today()) }}
        onFinish={async (v) => {
          const needs = new Set(v.needs);
          const r = await run({
            input: {
              personId: personId ?? "",
              needsWork: needs.has("work"),
              needsTraining: needs.has("training"),
              needsEntrepreneurship: needs.has("entrepreneurship"),
              ...(v.note ? { note: v.note } : {}),
              ...(v.surveyedOn ? { surveyedOn: ymd(v.surveyedOn) } : {}),
            },
          });
          if (r.error) {
            setOther(formErrorOf(form, r.error));
            return;
          }
          message.success("已记录需求调查");
          onClose();
        }}
      >
        <Form.Item label="需求" name="needs">
          <Checkbox.Group
            options={[
              { value: "work", label: "就业需求" },
              { value: "training", label: "培训需求" },
              { value: "entrepreneurship", label: "创业需求" },
            ]}
          />
        </Form.Item>
        <Form.Item label="调查日期" name="surveyedOn">
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}

/** 记录脱贫 (R-PRIN-1: help goes on after an exit); refused with CONFLICT when someone changed the person meanwhile. */
export function ExitModal({
  person,
  onClose,
}: {
  person: { id: string; name: string; version: number } | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ exitedOn: Dayjs }>();
  const [{ fetching }, run] = useMutation(RecordExit);
  const [other, setOther] = useState<string | null>(null);
  return (
    <Modal
      open={person !== null}
      title={`记录脱贫：${person?.name ?? ""}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认脱贫"
      confirmLoading={fetching}
      destroyOnHidden
    >
      {other ? (
        <div role="alert" style={{ color: "#cf1322", marginBottom: 12 }}>
          {other}
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ exitedOn: dayjs(today()) }}
        onFinish={async (v) => {
          if (!person) return;
          const r = await run({
            input: { personId: person.id, version: person.version, exitedOn: ymd(v.exitedOn) ?? today() },
          });
          if (r.error) {
            setOther(formErrorOf(form, r.error));
            return;
          }
          message.success("已记录脱贫");
          onClose();
        }}
      >
        <Form.Item label="脱贫日期" name="exitedOn" rules={[{ required: true, message: "请选择脱贫日期" }]}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
        <SubmitOnEnter />
      </Form>
    </Modal>
  );
}
