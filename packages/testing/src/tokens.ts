import { signDevToken, Role, type Identity } from "@pa/service-kit";

/** The HS256 settings every in-process test service and the test gateway share. */
export const TEST_AUTH = {
  JWT_SECRET: "test-secret-for-the-poverty-alleviation-suite-only",
  JWT_ISSUER: "pa-test",
  JWT_AUDIENCE: "pa",
} as const;

let counter = 0;

/** An identity for a test: any unit, roles and township scope (for the usual ones, see {@link callers}). */
export function testUser(partial: Partial<Identity> & { unit: Identity["unit"] }): Identity {
  counter += 1;
  return {
    sub: partial.sub ?? `${partial.unit}-user-${counter}`,
    name: partial.name ?? `测试用户${counter}`,
    roles: partial.roles ?? [Role.Clerk],
    townships: partial.townships ?? [],
    unit: partial.unit,
  };
}

/** Signs an identity with {@link TEST_AUTH}, as the test gateway and services verify it. */
export function signTestToken(identity: Identity): Promise<string> {
  return signDevToken(identity, {
    secret: TEST_AUTH.JWT_SECRET,
    issuer: TEST_AUTH.JWT_ISSUER,
    audience: TEST_AUTH.JWT_AUDIENCE,
    expiresIn: "1h",
  });
}
