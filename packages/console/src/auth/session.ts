import { createContext, useContext } from "react";
import { UNITS, ROLES, type Identity, type Role, type Unit } from "./identity";

/**
 * The signed-in tab: the bearer token and what it says. Kept in sessionStorage, so it lives as
 * long as the tab and another tab signs in on its own. Where the token comes from is the
 * {@link ./provider.ts} seam (the development sign-in page, or the bureau's OIDC provider).
 */
export interface Session {
  token: string;
  identity: Identity;
  /** Milliseconds since the epoch (the token's `exp`). */
  expiresAt: number;
}

const KEY = "pa.console.session";

function base64UrlJson(part: string): unknown {
  const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), "=")), (c) =>
    c.charCodeAt(0),
  );
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** Reads the claims of a JWT (no verification: the gateway verifies). Null when it is not one. */
export function sessionOf(token: string): Session | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const c = base64UrlJson(payload) as Record<string, unknown>;
    const unit = c["unit"] as Unit;
    const roles = (Array.isArray(c["roles"]) ? c["roles"] : []) as Role[];
    if (!UNITS.includes(unit) || roles.length === 0 || !roles.every((r) => ROLES.includes(r))) return null;
    const exp = typeof c["exp"] === "number" ? c["exp"] * 1000 : Date.now() + 3600_000;
    return {
      token,
      expiresAt: exp,
      identity: {
        sub: String(c["sub"] ?? ""),
        name: String(c["name"] ?? ""),
        unit,
        roles,
        townships: Array.isArray(c["townships"]) ? c["townships"].map(String) : [],
      },
    };
  } catch {
    return null;
  }
}

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const s = sessionOf(token);
  if (!s || s.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return s;
}

export function saveSession(token: string): Session | null {
  const s = sessionOf(token);
  if (s) sessionStorage.setItem(KEY, token);
  return s;
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}

export interface SessionState {
  session: Session | null;
  signIn(token: string): Session | null;
  /** `reason` is shown on the sign-in page ("登录已过期，请重新登录"). */
  signOut(reason?: string): void;
}

export const SessionContext = createContext<SessionState>({
  session: null,
  signIn: () => null,
  signOut: () => undefined,
});

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** The signed-in identity (pages under the shell only render with one). */
export function useIdentity(): Identity {
  const s = useContext(SessionContext).session;
  if (!s) throw new Error("useIdentity outside a signed-in page");
  return s.identity;
}
