import type { MikroORM } from "@mikro-orm/core";
import { waitForQuietCount, type Logger } from "@pa/service-kit";
import { PersonFacts } from "../person/person-facts.entity";

/** Waits until the registry's people have arrived through the bus (their count has settled). */
export function waitForPeople(
  orm: MikroORM,
  opts?: Parameters<typeof waitForQuietCount>[1],
): Promise<number> {
  return waitForQuietCount(() => orm.em.fork().count(PersonFacts, {}), opts);
}

/** What {@link loadDemoActivity} recorded. */
export interface DemoActivityReport {
  enrolments: number;
  completions: number;
  certificates: number;
  claims: number;
}

/** 演示业务 (to be filled): enrolments, attendance, completions, certificates and paid claims. */
export async function loadDemoActivity(_orm: MikroORM, _logger: Logger): Promise<DemoActivityReport> {
  return { enrolments: 0, completions: 0, certificates: 0, claims: 0 };
}
