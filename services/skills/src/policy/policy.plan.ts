import { PolicyStatus, PolicyVersion, type PolicyWriteContext } from "@pa/service-kit";
import plan from "./plan-2018-2020.json";
import { policies } from "./policy.kinds";
import type { SkillsPolicyKind } from "./policy.enums";

/**
 * Adopts the 2018–2020 plan's numbers (plan-2018-2020.json) through the service's own policy
 * operations (validated, audited, versioned like a clerk's): the demo loader and the fixtures call
 * this; a deployment adopts its plan through `saveSkillsPolicyVersion`. Does nothing when any
 * version is already adopted.
 */
export async function adoptPlanPolicies(ctx: PolicyWriteContext): Promise<void> {
  if ((await ctx.em.count(PolicyVersion, { status: PolicyStatus.ADOPTED })) > 0) return;
  for (const v of plan.versions) {
    await policies.adoptNew(ctx, {
      kind: v.kind as SkillsPolicyKind,
      name: v.name,
      validFrom: plan.validFrom,
      parameters: v.parameters,
    });
  }
}
