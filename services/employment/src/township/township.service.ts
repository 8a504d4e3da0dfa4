import type { EntityManager } from "@mikro-orm/core";
import type { InputCheck } from "@pa/service-kit";
import { TownshipFacts } from "./township-facts.entity";

/** What the registry's township events carry that this service keeps. */
export interface TownshipPayload {
  code: string;
  /** The registry's township version; when given, an older one than held is ignored. */
  version?: number;
  name: string;
  /** 贫困人口集中的镇街: decides where quarterly job fairs are due (R-EMP-4). */
  concentrated: boolean;
}

/**
 * Reaction to the registry's township events: keeps the local projection. Safe to run twice; an
 * event older than the held version (arriving late) changes nothing. Flushes into the caller's transaction (the
 * inbox row and this change commit together).
 */
export async function applyTownship(em: EntityManager, township: TownshipPayload): Promise<TownshipFacts> {
  const existing = await em.findOne(TownshipFacts, { code: township.code });
  if (existing && township.version != null && township.version <= existing.version) return existing;
  const row =
    existing ??
    em.create(TownshipFacts, {
      code: township.code,
      name: township.name,
      concentrated: township.concentrated,
      version: township.version ?? 0,
    });
  if (existing) {
    existing.name = township.name;
    existing.concentrated = township.concentrated;
    if (township.version != null) existing.version = township.version;
  }
  await em.flush();
  return row;
}

/** The township, or a problem on `field` when the registry has not told us about it. */
export async function checkTownship(
  em: EntityManager,
  code: string,
  v: InputCheck,
  field: string,
): Promise<TownshipFacts | null> {
  const t = await em.findOne(TownshipFacts, { code });
  v.that(t != null, field, {
    zh: `镇街代码 ${code} 不存在（尚未从登记系统同步）`,
    en: `township ${code} is unknown here; it must be registered in the registry first`,
  });
  return t;
}
