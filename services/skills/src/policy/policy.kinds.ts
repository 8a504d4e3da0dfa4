import { PolicyCatalog, policyGraphQL, Unit, type PolicyReader } from "@pa/service-kit";
import { z } from "zod";
import { SkillsPolicyKind } from "./policy.enums";

const bp = z.number().int().min(0).max(10_000);

/**
 * 培训补贴 The price cap and the completion rule of purchased training (R-SKL-1, R-SKL-2): a
 * project's price per trainee may not exceed `maxPricePerTraineeFen`; a trainee completes with at
 * least `completionAttendanceBp` attendance and, when `assessmentRequired`, a passed assessment.
 * A trainee who did not complete but attended at least `partialAttendanceBp` is paid
 * `partialPayBp` of the price (0: partial attendance pays nothing).
 */
export const TrainingSubsidySchema = z
  .object({
    maxPricePerTraineeFen: z.number().int().min(0).max(100_000_000),
    completionAttendanceBp: bp,
    assessmentRequired: z.boolean(),
    partialAttendanceBp: bp.default(10_000),
    partialPayBp: bp.default(0),
  })
  .strict();
export type TrainingSubsidy = z.infer<typeof TrainingSubsidySchema>;

/**
 * 培训实效 "Employed within six months after completion" (R-SKL-2): a placement whose start is on
 * day 0 (the completion day) to day `employmentWindowDays` after completion counts; one before the
 * completion, or later, does not.
 */
export const TrainingEffectSchema = z
  .object({ employmentWindowDays: z.number().int().min(1).max(3660) })
  .strict();

/** The kit's policy versions with the skills kinds; the hr-centre writes both. */
export const policies = new PolicyCatalog({
  [SkillsPolicyKind.TRAINING_SUBSIDY]: {
    label: { zh: "培训补贴标准", en: "training subsidy" },
    owner: Unit.HrCentre,
    parameters: TrainingSubsidySchema,
  },
  [SkillsPolicyKind.TRAINING_EFFECT]: {
    label: { zh: "培训实效口径", en: "training effect" },
    owner: Unit.HrCentre,
    parameters: TrainingEffectSchema,
  },
});

/** `skillsPolicyVersions`, `saveSkillsPolicyVersion`, `adoptSkillsPolicyVersion`. */
export const { PolicyVersionType: SkillsPolicyVersion, PolicyVersionResolver: SkillsPolicyVersionResolver } =
  policyGraphQL({
    catalog: policies,
    typeName: "SkillsPolicyVersion",
    kindEnum: SkillsPolicyKind,
    statusEnumName: "SkillsPolicyStatus",
    description: "技能扶贫政策版本 Skills policy version (versioned numbers with a valid-from date)",
  });

export type SkillsPolicyReader = PolicyReader<typeof policies.kinds>;
