import type { Identity } from "./identity";
import { ForbiddenError } from "../errors";

/**
 * The one place a user's township scope is applied. A township-scoped user never sees or touches
 * people of other townships; an unscoped user (empty `townships`) sees all.
 *
 * Returns a MikroORM filter fragment to merge into a query's `where`, e.g.
 * `{ ...where, ...townshipScope(ctx.identity, "townshipCode") }`; when the caller also filters by
 * township the two are intersected so a scoped user cannot widen their view.
 */
export function townshipScope<F extends string = "townshipCode">(
  identity: Identity,
  field: F = "townshipCode" as F,
  requested?: string[] | null,
): Record<F, { $in: string[] }> | Record<string, never> {
  const scope = identity.townships;
  if (scope.length === 0) {
    return requested && requested.length > 0
      ? ({ [field]: { $in: requested } } as Record<F, { $in: string[] }>)
      : {};
  }
  const allowed = requested && requested.length > 0 ? requested.filter((t) => scope.includes(t)) : scope;
  return { [field]: { $in: allowed } } as Record<F, { $in: string[] }>;
}

/** Whether the user's scope covers a township. */
export function inTownshipScope(identity: Identity, townshipCode: string): boolean {
  return identity.townships.length === 0 || identity.townships.includes(townshipCode);
}

/** Throws `FORBIDDEN` when a township lies outside the user's scope (for writes and single reads). */
export function assertTownshipInScope(identity: Identity, townshipCode: string): void {
  if (!inTownshipScope(identity, townshipCode)) {
    throw new ForbiddenError({
      zh: `镇街 ${townshipCode} 不在您的管辖范围内`,
      en: `township ${townshipCode} is outside your scope (${identity.townships.join(", ")})`,
    });
  }
}
