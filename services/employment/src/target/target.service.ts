import type { EntityManager } from "@mikro-orm/core";
import { audit, ConflictError, InputCheck, requireIdentity } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { EmploymentTarget, TargetMetric, type TargetCheck } from "./target.entity";
import type { SetEmploymentTargetInput } from "./target.inputs";

/** The target row of a metric in force on a date: the latest `validFrom` on or before it. */
export function targetOn(
  em: EntityManager,
  metric: TargetMetric,
  on: string,
): Promise<EmploymentTarget | null> {
  return em.findOne(
    EmploymentTarget,
    { metric, validFrom: { $lte: on } },
    { orderBy: { validFrom: "DESC" } },
  );
}

/** A count set against a count target (met when actual ≥ target). */
export function countCheck(
  metric: TargetMetric,
  actual: number,
  target: EmploymentTarget | null,
): TargetCheck {
  return { metric, actual, target, met: target != null && actual >= target.value };
}

export class TargetService {
  constructor(private readonly ctx: EmploymentContext) {}

  list(): Promise<EmploymentTarget[]> {
    return this.ctx.em.find(EmploymentTarget, {}, { orderBy: { metric: "ASC", validFrom: "ASC" } });
  }

  /** Adds a target row; the previous row of the metric stays, for the figures of its period. */
  async set(input: SetEmploymentTargetInput): Promise<EmploymentTarget> {
    const identity = requireIdentity(this.ctx);
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
      v.that(note.length <= 200, "note", {
        zh: "依据不能超过200个字符",
        en: "the note must be at most 200 characters",
      });
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const taken = await em.findOne(EmploymentTarget, { metric: input.metric, validFrom: input.validFrom });
      if (taken)
        throw new ConflictError(
          {
            zh: `该指标在 ${input.validFrom} 已有目标值 ${taken.value}`,
            en: `${input.metric} already has the value ${taken.value} from ${input.validFrom}; choose another date`,
          },
          { existingTargetId: taken.id },
        );
      const target = em.create(EmploymentTarget, {
        metric: input.metric,
        value: input.value,
        validFrom: input.validFrom,
        deadline: input.deadline ?? null,
        note,
        createdBy: identity.sub,
      });
      await em.flush();
      audit(em, this.ctx, {
        action: "setEmploymentTarget",
        entityName: "EmploymentTarget",
        entityId: target.id,
        after: { ...target },
      });
      return target;
    });
  }
}
