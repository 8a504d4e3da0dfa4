import {
  businessDate,
  ConflictError,
  InputCheck,
  type PolicyVersion,
  requireIdentity,
  type PolicyReader,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { policies, type TargetParameters } from "../policy/policy.kinds";
import { EmploymentPolicyKind } from "../policy/policy.enums";
import type { SetEmploymentTargetInput } from "./target.inputs";
import { type EmploymentTarget, type TargetCheck } from "./target.types";
import { TargetMetric, TargetStatus } from "./target.enums";

const TARGETS = EmploymentPolicyKind.EMPLOYMENT_TARGETS;

/** Where each metric lives in the `EMPLOYMENT_TARGETS` parameters. */
const PARAMETER: Record<TargetMetric, Exclude<keyof TargetParameters, "deadline">> = {
  [TargetMetric.POSTS_HELD]: "postsHeld",
  [TargetMetric.POST_OCCUPANCY_BP]: "postOccupancyBp",
  [TargetMetric.PROJECTS_STARTED_PER_YEAR]: "projectsStartedPerYear",
  [TargetMetric.PROJECTS_HELD]: "projectsHeld",
};

function targetOf(version: PolicyVersion<TargetParameters>, metric: TargetMetric): EmploymentTarget | null {
  const value = version.parameters[PARAMETER[metric]];
  if (value == null) return null;
  return {
    id: version.id,
    metric,
    value,
    validFrom: version.validFrom,
    deadline: version.parameters.deadline ?? null,
    note: version.name,
    createdBy: version.createdBy,
  };
}

/** The targets version in force on a date, and one metric's target in it (null when none). */
export async function targetOn(
  reader: PolicyReader<typeof policies.kinds>,
  metric: TargetMetric,
  on: string,
): Promise<{ target: EmploymentTarget | null; policyVersionId: string | null }> {
  const version = await reader.inForce(TARGETS, on);
  return { target: version ? targetOf(version, metric) : null, policyVersionId: version?.id ?? null };
}

/**
 * Where a figure dated `on` stands against a target falling due on `dueOn` (issue 9 item 10): met
 * is MET whatever the date; otherwise MISSED once the due day is over — the figure is dated after
 * it, or on it with that day past (`today` later) — and NOT_DUE before. No due date: never due.
 */
export function targetStatus(
  hasTarget: boolean,
  met: boolean,
  dueOn: string | null,
  on: string,
  today: string = businessDate(),
): TargetStatus {
  if (!hasTarget) return TargetStatus.NO_TARGET;
  if (met) return TargetStatus.MET;
  if (dueOn == null) return TargetStatus.NOT_DUE;
  const due = on > dueOn || (on === dueOn && today > dueOn);
  return due ? TargetStatus.MISSED : TargetStatus.NOT_DUE;
}

/**
 * A figure dated `on` set against the target in force: `met` as the caller decides it (counts:
 * actual ≥ target), the status against `dueOn` (default the version's deadline).
 */
export function checkAgainst(
  metric: TargetMetric,
  actual: number,
  met: boolean,
  { target, policyVersionId }: { target: EmploymentTarget | null; policyVersionId: string | null },
  when: { on: string; dueOn?: string | null },
): TargetCheck {
  const dueOn = target ? (when.dueOn !== undefined ? when.dueOn : target.deadline) : null;
  const isMet = target != null && met;
  return {
    metric,
    actual,
    target,
    policyVersionId,
    met: isMet,
    dueOn,
    status: targetStatus(target != null, isMet, dueOn, when.on),
  };
}

/** A count set against a count target (met when actual ≥ target), dated `on`. */
export function countCheck(
  metric: TargetMetric,
  actual: number,
  found: { target: EmploymentTarget | null; policyVersionId: string | null },
  when: { on: string; dueOn?: string | null },
): TargetCheck {
  return checkAgainst(metric, actual, found.target != null && actual >= found.target.value, found, when);
}

export class TargetService {
  constructor(private readonly ctx: EmploymentContext) {}

  /** Every adopted target, by metric then valid-from date. */
  async list(): Promise<EmploymentTarget[]> {
    const versions = await policies.forRequest(this.ctx).adopted(TARGETS);
    return Object.values(TargetMetric).flatMap((metric) =>
      versions.flatMap((v) => targetOf(v, metric) ?? []),
    );
  }

  /**
   * Sets one metric from a date: a new targets version, adopted, holding the other metrics (and the
   * deadline, unless given) of the version in force that day. Earlier versions stay, for the
   * figures of their period.
   */
  async set(input: SetEmploymentTargetInput): Promise<EmploymentTarget> {
    // Who may, before what: a bureau clerk hears FORBIDDEN, not a remark on the value.
    policies.assertOwner(requireIdentity(this.ctx), TARGETS);
    const v = new InputCheck();
    const max = input.metric === TargetMetric.POST_OCCUPANCY_BP ? 10_000 : 1_000_000;
    v.that(Number.isSafeInteger(input.value) && input.value >= 0 && input.value <= max, "value", {
      zh: `目标值应为0到${max}之间的整数`,
      en: `the value must be a whole number from 0 to ${max}`,
    });
    if (input.deadline)
      v.that(input.deadline >= input.validFrom, "deadline", {
        zh: "完成期限不能早于生效日期",
        en: "the deadline cannot be before validFrom",
      });
    const note = input.note?.trim() || null;
    if (note)
      v.that(note.length <= 100, "note", {
        zh: "依据不能超过100个字符",
        en: "the note must be at most 100 characters",
      });
    v.done();
    const reader = policies.reader(this.ctx.em);
    const taken = (await reader.adopted(TARGETS)).find((t) => t.validFrom === input.validFrom);
    const takenTarget = taken ? targetOf(taken, input.metric) : null;
    if (takenTarget)
      throw new ConflictError(
        {
          zh: `该指标在 ${input.validFrom} 已有目标值 ${takenTarget.value}`,
          en: `${input.metric} already has the value ${takenTarget.value} from ${input.validFrom}; choose another date`,
        },
        { existingTargetId: takenTarget.id },
      );
    const base = (await reader.inForce(TARGETS, input.validFrom))?.parameters ?? {};
    const version = await policies.adoptNew(this.ctx, {
      kind: TARGETS,
      name: note ?? `${input.metric} ${input.value}`,
      validFrom: input.validFrom,
      parameters: {
        ...base,
        [PARAMETER[input.metric]]: input.value,
        deadline: input.deadline ?? base.deadline ?? null,
      },
    });
    return {
      id: version.id,
      metric: input.metric,
      value: input.value,
      validFrom: version.validFrom,
      deadline: version.parameters.deadline ?? null,
      note: version.name,
      createdBy: version.createdBy,
    };
  }
}
