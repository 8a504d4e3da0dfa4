import {
  ForbiddenError,
  isIsoDate,
  PolicyCatalog,
  policyGraphQL,
  Role,
  Unit,
  type Identity,
  type PolicyReader,
} from "@pa/service-kit";
import { z } from "zod";
import { EmploymentPolicyKind } from "./policy.enums";

const count = z.number().int().min(0).max(1_000_000);
const bp = z.number().int().min(0).max(10_000);
const isoDate = z.string().refine(isIsoDate, "must be a date YYYY-MM-DD");

/**
 * 就业扶贫目标 The targets of a plan from its valid-from date. A metric left out has no target in
 * that version (its check shows no target, not met).
 */
export const TargetParametersSchema = z
  .object({
    /** 公益岗位保有量 Public-welfare posts held (R-EMP-1). */
    postsHeld: count.optional(),
    /** 上岗率 Occupancy of the posts held, basis points (R-EMP-1). */
    postOccupancyBp: bp.optional(),
    /** 每年新增扶贫就业项目 Projects started per calendar year (R-EMP-2). */
    projectsStartedPerYear: count.optional(),
    /** 扶贫就业项目保有量 Projects held (R-EMP-2). */
    projectsHeld: count.optional(),
    /** 完成期限 The plan's deadline. */
    deadline: isoDate.nullable().optional(),
  })
  .strict();
export type TargetParameters = z.infer<typeof TargetParametersSchema>;

/** 岗位推荐 R-EMP-3: a person with an open case is on the gap list until they have this many offers. */
export const OfferParametersSchema = z
  .object({
    offersRequired: z.number().int().min(1).max(100),
    /** 完成期限 By when each person must have had them (none: the requirement is never due). */
    deadline: isoDate.nullable().optional(),
  })
  .strict();

/**
 * Who writes which kind. `EMPLOYMENT_TARGETS`: the bureau manages targets (ARCHITECTURE.md, "Who
 * may do what"; issue 9 item 18) — a bureau **manager**; the hr-centre (clerk or manager), which
 * entered them before, keeps doing so. `OFFERS`: the hr-centre only (it runs the offers).
 * `@Authorized(...writers)` lets both units through; this narrows each kind.
 */
export function assertWritesKind(identity: Identity, kind: EmploymentPolicyKind): void {
  if (identity.unit === Unit.HrCentre) return;
  if (kind === EmploymentPolicyKind.EMPLOYMENT_TARGETS && identity.unit === Unit.Bureau) {
    if (identity.roles.includes(Role.Manager)) return;
    throw new ForbiddenError({
      zh: "就业扶贫目标只能由人社局管理人员（manager）或人力资源服务中心维护",
      en: "employment targets are set by a bureau manager or the hr-centre; you are a bureau clerk or viewer",
    });
  }
  throw new ForbiddenError(
    kind === EmploymentPolicyKind.EMPLOYMENT_TARGETS
      ? {
          zh: "就业扶贫目标只能由人社局管理人员（manager）或人力资源服务中心维护",
          en: `employment targets are set by a bureau manager or the hr-centre; you are ${identity.unit}`,
        }
      : {
          zh: "岗位推荐政策只能由人力资源服务中心维护",
          en: `only hr-centre writes job offer policy versions; you are ${identity.unit}`,
        },
  );
}

/** The kit's policy versions with the employment kinds (who writes them: {@link assertWritesKind}). */
export const policies = new PolicyCatalog(
  {
    [EmploymentPolicyKind.EMPLOYMENT_TARGETS]: {
      label: { zh: "就业扶贫目标", en: "employment targets" },
      owner: Unit.Bureau,
      parameters: TargetParametersSchema,
    },
    [EmploymentPolicyKind.OFFERS]: {
      label: { zh: "岗位推荐", en: "job offers" },
      owner: Unit.HrCentre,
      parameters: OfferParametersSchema,
    },
  },
  { assertOwner: assertWritesKind },
);

/** The units that pass `@Authorized` on target writes (each narrowed by {@link assertWritesKind}). */
export const TARGET_WRITERS = [Unit.HrCentre, Unit.Bureau];

/** `employmentPolicyVersions`, `saveEmploymentPolicyVersion`, `adoptEmploymentPolicyVersion`. */
export const {
  PolicyVersionType: EmploymentPolicyVersion,
  PolicyVersionResolver: EmploymentPolicyVersionResolver,
} = policyGraphQL({
  catalog: policies,
  typeName: "EmploymentPolicyVersion",
  kindEnum: EmploymentPolicyKind,
  statusEnumName: "EmploymentPolicyStatus",
  description: "就业扶贫政策版本 Employment policy version (versioned numbers with a valid-from date)",
});

/**
 * R-EMP-3 the offers each person must receive on a date, from the `OFFERS` version in force, with
 * that version's id (a gap list names the version it was drawn against) and its deadline.
 */
export async function offersRequiredOn(
  reader: PolicyReader<typeof policies.kinds>,
  on: string,
): Promise<{ offersRequired: number; policyVersionId: string; deadline: string | null }> {
  const version = await reader.require(EmploymentPolicyKind.OFFERS, on, "offersRequired");
  return {
    offersRequired: version.parameters.offersRequired,
    policyVersionId: version.id,
    deadline: version.parameters.deadline ?? null,
  };
}
