import type { AuthChecker } from "type-graphql";
import { Role, UNITS, type Unit } from "./identity";
import type { ServiceContext } from "../context";
import { ForbiddenError, UnauthenticatedError } from "../errors";

/**
 * Rules for type-graphql's `@Authorized(...)`:
 * - no arguments: any signed-in user (reads);
 * - unit codes (`"hr-centre"`): the user's unit must be one of them **and** the user must hold a
 *   writing role (clerk or manager) — unit rules guard writes;
 * - `"role:manager"` and the like: the user must also hold that role.
 */
export const authChecker: AuthChecker<ServiceContext, string> = ({ context }, rules) => {
  const identity = context.identity;
  if (!identity) throw new UnauthenticatedError();
  if (rules.length === 0) return true;
  const units = rules.filter((r): r is Unit => (UNITS as string[]).includes(r));
  const roles = rules.filter((r) => r.startsWith("role:")).map((r) => r.slice(5));
  if (units.length > 0) {
    if (!units.includes(identity.unit)) {
      throw new ForbiddenError({
        zh: `只有 ${units.join("、")} 可以执行此操作`,
        en: `only ${units.join(", ")} may do this; you are ${identity.unit}`,
      });
    }
    if (!identity.roles.some((r) => r === Role.Clerk || r === Role.Manager)) {
      throw new ForbiddenError({ zh: "只读用户不能修改数据", en: "a viewer may read but not write" });
    }
  }
  if (roles.length > 0 && !identity.roles.some((r) => roles.includes(r))) {
    throw new ForbiddenError({
      zh: `需要角色 ${roles.join(" 或 ")}`,
      en: `this needs the role ${roles.join(" or ")}`,
    });
  }
  return true;
};

/** `@Authorized(requireRole("manager"))` */
export function requireRole(role: Role): string {
  return `role:${role}`;
}
