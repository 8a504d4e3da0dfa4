import type { EntityManager } from "@mikro-orm/core";
import type { InputCheck } from "@pa/service-kit";
import { TownshipFacts } from "./township-facts.entity";

/** Keeps the township projection; an event not newer than the held version changes nothing. */
export async function applyTownship(
  em: EntityManager,
  t: { code: string; version: number; name: string },
): Promise<void> {
  const existing = await em.findOne(TownshipFacts, { code: t.code });
  if (!existing) em.create(TownshipFacts, { code: t.code, name: t.name, version: t.version });
  else if (t.version > existing.version) Object.assign(existing, { name: t.name, version: t.version });
  await em.flush();
}

/** Records a problem on `field` when the registry has not told this service about the township. */
export async function checkTownship(
  em: EntityManager,
  code: string,
  v: InputCheck,
  field: string,
): Promise<void> {
  if (code.trim() === "") {
    v.fail(field, { zh: "镇街代码不能为空", en: `${field} is required` });
    return;
  }
  const known = (await em.count(TownshipFacts, { code })) > 0;
  v.that(known, field, {
    zh: `镇街代码 ${code} 不存在（尚未从登记系统同步）`,
    en: `township ${code} is unknown here; it must be registered in the registry first`,
  });
}
