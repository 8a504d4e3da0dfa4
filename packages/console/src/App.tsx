import { Suspense, lazy, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { App as AntApp, ConfigProvider, Spin } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { Provider as UrqlProvider } from "urql";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { createApiClient } from "./api/client";
import { SessionContext, clearSession, loadSession, saveSession, type Session } from "./auth/session";
import { Shell } from "./shell/Shell";
import { SECTIONS } from "./sections";

dayjs.locale("zh-cn");

const OidcCallback = lazy(() => import("./auth/OidcCallback"));
// Its own chunk: a signed-in tab (the usual case) never downloads the sign-in form.
const SignInPage = lazy(() => import("./auth/SignInPage").then((m) => ({ default: m.SignInPage })));

export function Loading(): ReactNode {
  return (
    <div style={{ padding: 48, textAlign: "center" }}>
      <Spin tip="加载中…">
        <div style={{ height: 48 }} />
      </Spin>
    </div>
  );
}

function RequireSession({ session, children }: { session: Session | null; children: ReactNode }) {
  const location = useLocation();
  if (!session)
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [reason, setReason] = useState<string | undefined>();

  const signOut = useCallback((why?: string) => {
    clearSession();
    setReason(why);
    setSession(null);
  }, []);
  const signIn = useCallback((token: string) => {
    const s = saveSession(token);
    setReason(undefined);
    setSession(s);
    return s;
  }, []);

  // Expiry sends the tab back to sign-in, also while nobody clicks.
  useEffect(() => {
    if (!session) return;
    const ms = session.expiresAt - Date.now();
    const t = setTimeout(() => signOut("登录已过期，请重新登录"), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => clearTimeout(t);
  }, [session, signOut]);

  // A new client per session: nothing cached for one user is shown to the next.
  const client = useMemo(
    () =>
      createApiClient({
        token: () => session?.token ?? null,
        onUnauthenticated: () => signOut("登录已过期，请重新登录"),
      }),
    [session, signOut],
  );
  const state = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);

  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: "#1d4f91", borderRadius: 4 } }}>
      <AntApp>
        <SessionContext.Provider value={state}>
          <UrqlProvider value={client}>
            <BrowserRouter>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/signin" element={<SignInPage reason={reason} />} />
                  <Route path="/signin/callback" element={<OidcCallback />} />
                  <Route
                    element={
                      <RequireSession session={session}>
                        <Shell />
                      </RequireSession>
                    }
                  >
                    {SECTIONS.flatMap((s) =>
                      s.pages.map((p) => {
                        const path = [s.path.replace(/\/$/, ""), p.path].filter(Boolean).join("/") || "/";
                        return <Route key={`${s.key}:${p.path}`} path={path} element={<p.Component />} />;
                      }),
                    )}
                    <Route path="*" element={<Navigate to="/" replace />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </UrqlProvider>
        </SessionContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}
