import type { EntityClass, EntityManager, FilterQuery } from "@mikro-orm/core";
import { assertTownshipInScope } from "../auth/township-scope";
import type { Identity } from "../auth/identity";
import type { InputCheck } from "../validation";

/** What every consuming service's projection of the registry's person keeps (its `PersonFacts`). */
export interface PersonFactsRow {
  personId: string;
  townshipCode: string;
  withdrawnOn?: string | null;
}

/**
 * A write's check of the person it names, in any consuming service: their projected facts, or a
 * problem on `field` (`BAD_USER_INPUT` at `v.done()`) when the registry has not told `service`
 * about them or withdrew the registration (a register import undone); a person outside the
 * writer's townships is `FORBIDDEN`.
 */
export async function checkPersonFacts<T extends PersonFactsRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  identity: Identity,
  personId: string,
  v: InputCheck,
  field: string,
  service: string,
): Promise<T | null> {
  const facts = await em.findOne(entity, { personId } as FilterQuery<T>);
  if (!facts) {
    v.fail(field, {
      zh: `人员 ${personId} 不存在（不在建档立卡人员中或尚未同步）`,
      en: `person ${personId} is not known to the ${service} service; register them in the registry first`,
    });
    return null;
  }
  assertTownshipInScope(identity, facts.townshipCode);
  if (facts.withdrawnOn) {
    v.fail(field, {
      zh: `人员 ${personId} 的建档立卡登记已于 ${facts.withdrawnOn} 撤销（导入未完成）`,
      en: `person ${personId}'s registration was withdrawn on ${facts.withdrawnOn} (the register import was undone)`,
    });
    return null;
  }
  return facts;
}
