import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from "jose";
import { ClaimsSchema, type Identity } from "./identity";
import { UnauthenticatedError } from "../errors";
import { LruCache } from "../lru";

export interface TokenSettings {
  JWT_SECRET?: string | undefined;
  JWT_JWKS_URL?: string | undefined;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}

/** Turns a bearer token into an identity, or throws `UNAUTHENTICATED` saying why. */
export type TokenVerifier = (token: string) => Promise<Identity>;

export interface TokenVerifierOptions {
  /**
   * Verified tokens kept, keyed by the token string, each until its own `exp` (default 1000; 0
   * turns the cache off). A token without `exp` is verified on every request.
   */
  cacheSize?: number;
  /** The clock, in epoch milliseconds (tests). */
  now?: () => number;
}

/**
 * HS256 with a shared secret in development and tests, RS256 against a JWKS URL in production.
 * Claims are validated with {@link ClaimsSchema}: a token without a unit or roles is refused.
 * A verified token is cached for its lifetime (the same token string on the next request costs a
 * map lookup, not a signature check); at its `exp` second it is refused exactly as jose refuses it.
 */
export function createTokenVerifier(settings: TokenSettings, opts: TokenVerifierOptions = {}): TokenVerifier {
  const now = opts.now ?? Date.now;
  const cacheSize = opts.cacheSize ?? 1000;
  const cache = cacheSize > 0 ? new LruCache<string, { identity: Identity; exp: number }>(cacheSize) : null;
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (settings.JWT_JWKS_URL) {
    key = createRemoteJWKSet(new URL(settings.JWT_JWKS_URL));
    algorithms = ["RS256", "ES256"];
  } else if (settings.JWT_SECRET) {
    key = new TextEncoder().encode(settings.JWT_SECRET);
    algorithms = ["HS256"];
  } else {
    throw new Error("Set JWT_SECRET (HS256, development) or JWT_JWKS_URL (production) to verify tokens.");
  }
  return async (token) => {
    const cached = cache?.get(token);
    if (cached) {
      // jose refuses a token once the current epoch second reaches its exp; so does the cache.
      if (Math.floor(now() / 1000) < cached.exp) return cached.identity;
      cache?.delete(token);
    }
    let payload: unknown;
    try {
      const options = {
        issuer: settings.JWT_ISSUER,
        audience: settings.JWT_AUDIENCE,
        algorithms,
        currentDate: new Date(now()),
      };
      const verified =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, options)
          : await jwtVerify(token, key, options);
      payload = verified.payload;
    } catch (e) {
      throw new UnauthenticatedError(e instanceof Error ? e.message : "invalid token");
    }
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) {
      throw new UnauthenticatedError(`token claims are invalid: ${claims.error.issues[0]?.path.join(".")}`);
    }
    const exp = (payload as { exp?: unknown }).exp;
    if (cache && typeof exp === "number") cache.set(token, { identity: claims.data, exp });
    return claims.data;
  };
}

/** Extracts the token from an `Authorization: Bearer …` header value. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m?.[1] ?? null;
}

/** Signs an HS256 token (development, demo and tests only; production tokens come from the IdP). */
export async function signDevToken(
  identity: Identity,
  settings: { secret: string; issuer: string; audience: string; expiresIn?: string },
): Promise<string> {
  return new SignJWT({
    name: identity.name,
    unit: identity.unit,
    roles: identity.roles,
    townships: identity.townships,
  })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(identity.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(settings.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(settings.secret));
}
