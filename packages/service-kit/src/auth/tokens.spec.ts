import { describe, expect, test } from "vitest";
import { SignJWT } from "jose";
import { createTokenVerifier, signDevToken } from "./tokens";
import type { Identity } from "./identity";
import { LruCache } from "../lru";

const SETTINGS = { JWT_SECRET: "token-cache-secret-0123456789", JWT_ISSUER: "pa-test", JWT_AUDIENCE: "pa" };
const DEV = { secret: SETTINGS.JWT_SECRET, issuer: SETTINGS.JWT_ISSUER, audience: SETTINGS.JWT_AUDIENCE };
const ALICE: Identity = { sub: "alice", name: "甲", unit: "bureau", roles: ["viewer"], townships: [] };
const BOB: Identity = { sub: "bob", name: "乙", unit: "bureau", roles: ["viewer"], townships: [] };

/** A token that expires at `exp` (epoch seconds), signed for SETTINGS. */
function tokenExpiringAt(identity: Identity, exp: number, iat: number): Promise<string> {
  return new SignJWT({ name: identity.name, unit: identity.unit, roles: identity.roles, townships: [] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(identity.sub)
    .setIssuer(SETTINGS.JWT_ISSUER)
    .setAudience(SETTINGS.JWT_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(SETTINGS.JWT_SECRET));
}

describe("the verified-token cache (issue 10: a verified token is cached for its lifetime)", () => {
  test("a cached token answers its own identity, and each token string its own", async () => {
    const verify = createTokenVerifier(SETTINGS);
    const a = await signDevToken(ALICE, DEV);
    const b = await signDevToken(BOB, DEV);
    expect((await verify(a)).sub).toBe("alice");
    expect((await verify(b)).sub).toBe("bob");
    expect((await verify(a)).sub).toBe("alice");
    expect((await verify(b)).sub).toBe("bob");
  });

  test("a token whose signature is wrong is refused even after the genuine one was cached", async () => {
    const verify = createTokenVerifier(SETTINGS);
    const a = await signDevToken(ALICE, DEV);
    await verify(a);
    const [header, payload, signature] = a.split(".");
    const forged = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BB" : "AA"}`;
    await expect(verify(forged)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  test("an expired cached token is refused at its exp second, exactly as an uncached one", async () => {
    let clock = Date.UTC(2026, 11, 2, 3, 0, 0);
    const verify = createTokenVerifier(SETTINGS, { now: () => clock });
    const uncached = createTokenVerifier(SETTINGS, { now: () => clock, cacheSize: 0 });
    const exp = clock / 1000 + 60;
    const token = await tokenExpiringAt(ALICE, exp, clock / 1000);
    expect((await verify(token)).sub).toBe("alice"); // verified and cached

    clock = exp * 1000 - 1; // the last millisecond of its life: still valid in both
    expect((await verify(token)).sub).toBe("alice");
    expect((await uncached(token)).sub).toBe("alice");

    clock = exp * 1000; // its exp second: jose refuses it, and so must the cache
    await expect(uncached(token)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  test("the cache is bounded: past its size the least recently used token is verified again", async () => {
    let clock = Date.UTC(2026, 11, 2, 3, 0, 0);
    const verify = createTokenVerifier(SETTINGS, { now: () => clock, cacheSize: 2 });
    const iat = clock / 1000;
    const [t1, t2, t3] = await Promise.all([
      tokenExpiringAt(ALICE, iat + 10, iat),
      tokenExpiringAt(BOB, iat + 1000, iat),
      tokenExpiringAt(BOB, iat + 1001, iat),
    ]);
    await verify(t1!);
    await verify(t2!);
    await verify(t3!); // evicts t1
    // Were t1 still cached, it would answer past its exp only if the cache ignored exp; evicted,
    // it is verified again and refused like any expired token.
    clock = (iat + 10) * 1000;
    await expect(verify(t1!)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect((await verify(t3!)).sub).toBe("bob");
  });
});

describe("LruCache", () => {
  test("keeps at most max entries and drops the least recently used", () => {
    const lru = new LruCache<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3); // drops b
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
    expect(lru.size).toBe(2);
  });
});
