/**
 * The sign-in seam. The console needs one thing from sign-in: a bearer token the gateway accepts
 * (`saveSession(token)`). Where it comes from depends on the deployment:
 *
 * - development (default): the sign-in page picks a unit, role and townships and asks the gateway's
 *   `POST /dev/token` (present only outside production) — {@link devToken}.
 * - production: the bureau's identity provider (OIDC authorisation code with PKCE). Build with
 *   `VITE_OIDC_ISSUER` and `VITE_OIDC_CLIENT_ID`; the sign-in page then only offers
 *   {@link startOidcSignIn}, the provider redirects back to `/signin/callback`, and
 *   {@link completeOidcSignIn} exchanges the code for an access token. The gateway verifies that
 *   token with `JWT_JWKS_URL` / `JWT_ISSUER` / `JWT_AUDIENCE`; its claims must carry `unit`, `roles`
 *   and `townships` as the development tokens do (map them in the provider).
 */
export interface DevTokenRequest {
  unit: string;
  roles: string[];
  townships: string[];
  name: string;
}

export const oidc = {
  issuer: (import.meta.env["VITE_OIDC_ISSUER"] as string | undefined) ?? "",
  clientId: (import.meta.env["VITE_OIDC_CLIENT_ID"] as string | undefined) ?? "",
  scope: (import.meta.env["VITE_OIDC_SCOPE"] as string | undefined) ?? "openid profile",
};

export const usesOidc = (): boolean => oidc.issuer !== "" && oidc.clientId !== "";

/** Development sign-in through the gateway. Throws with the gateway's message when it refuses. */
export async function devToken(req: DevTokenRequest): Promise<string> {
  const r = await fetch("/dev/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(req),
  });
  const body = (await r.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!r.ok || !body.token) {
    throw new Error(
      r.status === 404
        ? "此环境未开放开发登录，请通过统一身份认证登录"
        : (body.error ?? `登录失败（${r.status}）`),
    );
  }
  return body.token;
}

const VERIFIER = "pa.console.pkce";
const redirectUri = () => `${location.origin}/signin/callback`;

function b64url(bytes: ArrayBuffer | Uint8Array): string {
  const arr = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return btoa(String.fromCharCode(...arr))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

async function discovery(): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  const r = await fetch(`${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!r.ok) throw new Error(`统一身份认证不可用（${r.status}）`);
  return (await r.json()) as { authorization_endpoint: string; token_endpoint: string };
}

/** Production: sends the browser to the identity provider. */
export async function startOidcSignIn(): Promise<void> {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  sessionStorage.setItem(VERIFIER, verifier);
  const challenge = b64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const d = await discovery();
  const u = new URL(d.authorization_endpoint);
  u.search = new URLSearchParams({
    response_type: "code",
    client_id: oidc.clientId,
    redirect_uri: redirectUri(),
    scope: oidc.scope,
    code_challenge: challenge,
    code_challenge_method: "S256",
  }).toString();
  location.assign(u.toString());
}

/** Production: on `/signin/callback?code=…`, the access token for the gateway. */
export async function completeOidcSignIn(code: string): Promise<string> {
  const verifier = sessionStorage.getItem(VERIFIER) ?? "";
  sessionStorage.removeItem(VERIFIER);
  const d = await discovery();
  const r = await fetch(d.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: verifier,
    }),
  });
  const body = (await r.json().catch(() => ({}))) as { access_token?: string };
  if (!r.ok || !body.access_token) throw new Error("统一身份认证登录失败，请重试");
  return body.access_token;
}
