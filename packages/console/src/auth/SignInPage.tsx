import { useEffect, useState } from "react";
import { Alert, Button, Card, Form, Input, Radio, Select, Typography } from "antd";
import { useLocation, useNavigate } from "react-router";
import { ROLES, ROLE_LABELS, UNITS, UNIT_LABELS, type Role, type Unit } from "./identity";
import { devToken, startOidcSignIn, usesOidc } from "./provider";
import { useSession } from "./session";

interface Township {
  code: string;
  name: string;
}

/** Development only: the townships to pick from, read with a short-lived bureau viewer token. */
async function loadTownships(): Promise<Township[]> {
  const token = await devToken({ unit: "bureau", roles: ["viewer"], townships: [], name: "登录页" });
  const r = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ townships { code name } }" }),
  });
  const body = (await r.json()) as { data?: { townships: Township[] } };
  return body.data?.townships ?? [];
}

interface Values {
  unit: Unit;
  role: Role;
  townships: string[];
  name: string;
}

/**
 * 登录. In development: pick a unit, a role and (for a township centre) its townships; the gateway's
 * `POST /dev/token` signs the token. With OIDC configured, only the identity provider's button.
 */
export function SignInPage({ reason }: { reason?: string | undefined }) {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<Values>();
  const unit = Form.useWatch("unit", form);
  const [townships, setTownships] = useState<Township[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const oidcMode = usesOidc();

  useEffect(() => {
    if (oidcMode) return;
    loadTownships()
      .then(setTownships)
      .catch(() => setTownships([]));
  }, [oidcMode]);

  const from = (location.state as { from?: string } | null)?.from ?? "/";

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const token = await devToken({
        unit: v.unit,
        roles: [v.role],
        townships: v.unit === "township-centre" ? v.townships : [],
        name: v.name.trim() || `${UNIT_LABELS[v.unit]}${ROLE_LABELS[v.role]}`,
      });
      if (!signIn(token)) throw new Error("令牌无效");
      navigate(from === "/signin" ? "/" : from, { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: "100vh", display: "grid", placeItems: "center", background: "#f5f5f5" }}>
      <Card style={{ width: 460 }} title="脱贫攻坚工作台 · 登录">
        {reason ? <Alert type="warning" showIcon title={reason} style={{ marginBottom: 16 }} /> : null}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        {oidcMode ? (
          <Button type="primary" block onClick={() => void startOidcSignIn()}>
            统一身份认证登录
          </Button>
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              开发环境登录：选择单位、角色和镇街，由网关签发令牌。
            </Typography.Paragraph>
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={{ unit: "poverty-office", role: "clerk", townships: [], name: "" }}
              onFinish={(v) => void submit(v)}
            >
              <Form.Item label="单位" name="unit" rules={[{ required: true }]}>
                <Select
                  aria-label="单位"
                  options={UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
                  data-testid="signin-unit"
                />
              </Form.Item>
              <Form.Item label="角色" name="role" rules={[{ required: true }]}>
                <Radio.Group
                  options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                  optionType="button"
                />
              </Form.Item>
              {unit === "township-centre" ? (
                <Form.Item
                  label="镇街"
                  name="townships"
                  rules={[{ required: true, type: "array", min: 1, message: "镇街经办人请选择所辖镇街" }]}
                >
                  <Select
                    mode="multiple"
                    aria-label="镇街"
                    data-testid="signin-townships"
                    options={townships.map((t) => ({ value: t.code, label: `${t.name}（${t.code}）` }))}
                    optionFilterProp="label"
                  />
                </Form.Item>
              ) : null}
              <Form.Item label="姓名" name="name">
                <Input placeholder="演示用户" autoComplete="off" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                登录
              </Button>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
