import { useState } from "react";
import { Alert, App, Button, Card, Descriptions, Progress, Space, Table, Upload } from "antd";
import { InboxOutlined } from "@ant-design/icons";
import { useClient, useMutation } from "urql";
import { graphql } from "../../gql";
import type { ImportRegisterMutation } from "../../gql/graphql";
import { messageOf } from "../../api/errors";

import { DownloadButton, PageTitle } from "../../lib/ui";

const ImportRegister = graphql(`
  mutation ImportRegister($input: ImportRegisterInput!) {
    importRegister(input: $input) {
      accepted
      dryRun
      rowCount
      created
      updated
      unchanged
      householdsCreated
      errors {
        row
        column
        messageZh
      }
    }
  }
`);

const Template = graphql(`
  query RegisterTemplate {
    registerTemplate
  }
`);

type Report = ImportRegisterMutation["importRegister"];

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(r.error ?? new Error("读取文件失败"));
    r.readAsDataURL(file);
  });
}

/** Rejected rows as a CSV to fix and upload again (UTF-8 with BOM, so Excel reads the Chinese). */
function rejectedCsv(report: Report): Blob {
  const esc = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
  const lines = [
    "行号,列,问题",
    ...report.errors.map((e) => [e.row, e.column, e.messageZh].map(esc).join(",")),
  ];
  return new Blob(["\ufeff" + lines.join("\r\n")], { type: "text/csv;charset=utf-8" });
}

/** 登记导入: check the register file first (dry run), see every row's problems, then import all or nothing. */
export default function ImportPage() {
  const client = useClient();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [{ fetching }, run] = useMutation(ImportRegister);
  const [phase, setPhase] = useState<"idle" | "checking" | "importing">("idle");

  const send = async (dryRun: boolean, f = file) => {
    if (!f) return;
    setPhase(dryRun ? "checking" : "importing");
    const r = await run({ input: { fileName: f.name, contentBase64: f.base64, dryRun } });
    setPhase("idle");
    if (r.error) {
      message.error(messageOf(r.error));
      return;
    }
    setReport(r.data?.importRegister ?? null);
    if (!dryRun && r.data?.importRegister.accepted) message.success("已导入");
  };

  const download = (blob: Blob, name: string) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div>
      <PageTitle
        extra={
          <DownloadButton
            fileName="贫困人口花名册模板.xlsx"
            label="下载模板"
            workbook={async () => (await client.query(Template, {}).toPromise()).data?.registerTemplate ?? ""}
          />
        }
      >
        登记导入
      </PageTitle>
      <Card size="small">
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={async (f) => {
            const next = { name: f.name, base64: await toBase64(f) };
            setFile(next);
            setReport(null);
            await send(true, next);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入花名册文件（.xlsx 或 .csv），先检查，再导入</p>
        </Upload.Dragger>
        {phase !== "idle" || fetching ? (
          <Progress
            percent={99}
            status="active"
            showInfo={false}
            style={{ marginTop: 12 }}
            aria-label={phase === "importing" ? "导入中" : "检查中"}
          />
        ) : null}
      </Card>
      {report ? (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={`${file?.name ?? ""}：${report.dryRun ? "检查结果" : "导入结果"}`}
          data-testid="import-report"
        >
          <Descriptions size="small" column={5}>
            <Descriptions.Item label="行数">{report.rowCount}</Descriptions.Item>
            <Descriptions.Item label="新增">{report.created}</Descriptions.Item>
            <Descriptions.Item label="更新">{report.updated}</Descriptions.Item>
            <Descriptions.Item label="未变">{report.unchanged}</Descriptions.Item>
            <Descriptions.Item label="新建户">{report.householdsCreated}</Descriptions.Item>
          </Descriptions>
          {report.errors.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                title={`${report.errors.length} 处问题，整份文件未导入；请修正后重新上传`}
                style={{ margin: "12px 0" }}
              />
              <Space style={{ marginBottom: 12 }}>
                <Button
                  onClick={() => download(rejectedCsv(report), `未通过的行-${file?.name ?? "花名册"}.csv`)}
                >
                  下载未通过的行
                </Button>
              </Space>
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.messageZh}`}
                dataSource={report.errors}
                pagination={{ pageSize: 20, showSizeChanger: false }}
                columns={[
                  { title: "行号", dataIndex: "row", width: 80 },
                  { title: "列", dataIndex: "column", width: 160 },
                  { title: "问题", dataIndex: "messageZh" },
                ]}
              />
            </>
          ) : report.dryRun ? (
            <Space style={{ marginTop: 12 }}>
              <Alert type="success" showIcon title="检查通过" />
              <Button type="primary" loading={phase === "importing"} onClick={() => void send(false)}>
                确认导入
              </Button>
            </Space>
          ) : (
            <Alert type="success" showIcon title="已全部导入" style={{ marginTop: 12 }} />
          )}
        </Card>
      ) : null}
    </div>
  );
}
