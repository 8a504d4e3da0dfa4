import { Suspense, useMemo, type ReactNode } from "react";
import { Button, Layout, Menu, Space, Tag, Typography } from "antd";
import { Outlet, useLocation, useNavigate } from "react-router";
import { ROLE_LABELS, UNIT_LABELS } from "../auth/identity";
import { useIdentity, useSession } from "../auth/session";
import { visibleSections } from "../sections";
import { Loading } from "../App";
import { useTownships } from "../lib/ui";

/** The frame every signed-in page sits in: the sections' menu, who is signed in, the page. */
export function Shell() {
  const identity = useIdentity();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const sections = useMemo(() => visibleSections(identity), [identity]);
  const townships = useTownships();

  const items = sections.map((s) => {
    const entries = s.pages.filter((p) => p.menuLabel);
    const keyOf = (p: string) => [s.path.replace(/\/$/, ""), p].filter(Boolean).join("/") || "/";
    // Hovering (or focusing) a section's entry starts loading its chunk, so the click finds it there.
    const prefetch = () => void s.preload?.();
    const labelled = (text: ReactNode) => (
      <span onMouseEnter={prefetch} onFocus={prefetch}>
        {text}
      </span>
    );
    if (entries.length <= 1)
      return { key: keyOf(entries[0]?.path ?? ""), icon: s.icon, label: labelled(s.label) };
    return {
      key: s.key,
      icon: s.icon,
      label: labelled(s.label),
      children: entries.map((p) => ({ key: keyOf(p.path), label: labelled(p.menuLabel) })),
    };
  });
  const allKeys = sections.flatMap((s) =>
    s.pages
      .filter((p) => p.menuLabel)
      .map((p) => [s.path.replace(/\/$/, ""), p.path].filter(Boolean).join("/") || "/"),
  );
  const selected =
    allKeys
      .filter((k) => location.pathname === k || (k !== "/" && location.pathname.startsWith(`${k}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? "/";

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={64}>
        <div
          style={{
            padding: "16px 20px",
            fontWeight: 600,
            fontSize: 16,
            whiteSpace: "nowrap",
            overflow: "hidden",
          }}
        >
          脱贫攻坚工作台
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={sections.map((s) => s.key)}
          items={items}
          onClick={({ key }) => navigate(key)}
          aria-label="主菜单"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: "#fff",
            padding: "0 24px",
            display: "flex",
            justifyContent: "flex-end",
            alignItems: "center",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <Space size="middle" data-testid="whoami">
            <Typography.Text strong>{identity.name}</Typography.Text>
            <Tag color="red">{UNIT_LABELS[identity.unit]}</Tag>
            {identity.roles.map((r) => (
              <Tag key={r}>{ROLE_LABELS[r]}</Tag>
            ))}
            {identity.townships.length > 0 ? (
              <Typography.Text type="secondary">
                镇街 {identity.townships.map(townships.name).join("、")}
              </Typography.Text>
            ) : null}
            <Button size="small" onClick={() => signOut()}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
