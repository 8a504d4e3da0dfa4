import { useEffect, useState } from "react";
import { Alert } from "antd";
import { useNavigate } from "react-router";
import { completeOidcSignIn } from "./provider";
import { useSession } from "./session";

/** `/signin/callback?code=…`: the identity provider's answer becomes the tab's session. */
export default function OidcCallback() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const code = new URLSearchParams(location.search).get("code");
    if (!code) {
      setError("统一身份认证未返回授权码");
      return;
    }
    completeOidcSignIn(code)
      .then((token) => {
        if (!signIn(token)) throw new Error("令牌中缺少单位或角色，请联系管理员");
        navigate("/", { replace: true });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [navigate, signIn]);
  return error ? <Alert type="error" showIcon title={error} style={{ margin: 48 }} /> : null;
}
