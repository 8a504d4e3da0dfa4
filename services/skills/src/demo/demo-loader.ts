import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import {
  creditCodeCheckCharacter,
  DEMO_TOWNSHIP_CODES,
  inTransactionBatches,
  SeededRandom,
  systemContext,
  systemIdentity,
  Unit,
  type Logger,
} from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingInstitution } from "../institution/institution.entity";
import { TrainingInstitutionService } from "../institution/institution.service";
import { adoptPlanPolicies } from "../policy/policy.plan";
import { applyTownship } from "../township/township.service";
import { CourseKind, TrainingFormat } from "../training-project/training-project.enums";
import { TrainingProjectService } from "../training-project/training-project.service";

/** Projects bought in each plan year (2018, 2019, 2020). */
export const DEMO_PROJECTS_PER_YEAR = 8;

const INSTITUTIONS: [string, string][] = [
  ["市农业职业技术培训学校", "民办学校办学许可证 教民140000000001号"],
  ["阳光职业技能培训中心", "民办学校办学许可证 人社民140000000002号"],
  ["绿野农业科技有限公司培训部", "职业技能培训机构备案 备140000000003号"],
  ["巧手家政服务培训学校", "民办学校办学许可证 人社民140000000004号"],
];

export const COURSES: [CourseKind, string, TrainingFormat, number][] = [
  [CourseKind.SPECIAL_ABILITY, "大棚蔬菜种植", TrainingFormat.CLASSROOM, 40],
  [CourseKind.SPECIAL_ABILITY, "大棚育苗", TrainingFormat.MASTER_APPRENTICE, 120],
  [CourseKind.OCCUPATION, "中式面点师", TrainingFormat.CLASSROOM, 60],
  [CourseKind.OCCUPATION, "家政服务员", TrainingFormat.CLASSROOM, 48],
  [CourseKind.SPECIAL_ABILITY, "食用菌栽培", TrainingFormat.CAPABLE_PERSON_APPRENTICE, 90],
  [CourseKind.OCCUPATION, "电工", TrainingFormat.ONE_TO_ONE, 80],
];

/**
 * The last start date of a plan year's projects: a 12-week apprenticeship started then ends by
 * 12-08 and its claim (ten days after) is submitted within the year, so every claim of 2020 is in
 * the plan.
 */
export const lastStartOf = (year: number): string => `${year}-09-15`;

/** A demo project's end: two weeks for classroom and one-to-one courses, twelve for apprenticeships. */
export function demoEndOn(startOn: string, format: TrainingFormat): string {
  const weeks = format === TrainingFormat.CLASSROOM || format === TrainingFormat.ONE_TO_ONE ? 2 : 12;
  return new Date(Date.parse(`${startOn}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** A valid unified social credit code (GB 32100 check character) for demo institution `n`. */
export function demoCreditCode(n: number): string {
  const first17 = `9199010${String(100000 + n).padStart(9, "0")}X`.slice(0, 17);
  return first17 + creditCodeCheckCharacter(first17);
}

/**
 * Loads demo institutions and the projects bought from them across 2018–2020 on first run (no
 * institution yet), through the service's own operations (checked, audited, published like a
 * clerk's). Trainees are the registry's people, who arrive through its events: their enrolments,
 * completions and claims are recorded once they have (`loadDemoActivity`), which also buys more
 * projects where the open needs outnumber these projects' places.
 */
export async function loadDemoIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.HrCentre });
  const context = (): SkillsContext => withOutbox(systemContext(orm, identity, logger));
  await adoptPlanPolicies(context());
  if ((await orm.em.fork().count(TrainingInstitution, {})) > 0) return false;
  // The demo loads before the service joins the bus: hold the demo city's codes (version 0) and
  // let the registry's events bring their names.
  await orm.em.fork().transactional(async (tx) => {
    for (const code of DEMO_TOWNSHIP_CODES)
      await applyTownship(tx, { code, name: `镇街${code.slice(-3)}`, version: 0 });
  });
  const institutions: string[] = [];
  for (const [i, [name, qualification]] of INSTITUTIONS.entries()) {
    const row = await new TrainingInstitutionService(context()).record({
      name,
      creditCode: demoCreditCode(i + 1),
      qualification,
      contact: `培训部 0351-60${String(i + 1).padStart(6, "0")}`,
    });
    institutions.push(row.id);
  }
  const rng = new SeededRandom(20180301);
  const plan = [2018, 2019, 2020].flatMap((year) =>
    Array.from({ length: DEMO_PROJECTS_PER_YEAR }, (_, i) => ({ year, i })),
  );
  await inTransactionBatches(orm, plan, { identity, logger }, async (ctx, { year, i }) => {
    const [courseKind, courseName, format, hours] = COURSES[(i + year) % COURSES.length]!;
    const startOn = rng.date(`${year}-03-01`, lastStartOf(year));
    await new TrainingProjectService(withOutbox(ctx) as SkillsContext).record({
      institutionId: institutions[i % institutions.length]!,
      contractNumber: `RSJ-PX-${year}-${String(i + 1).padStart(3, "0")}`,
      courseKind,
      courseName,
      format,
      townshipCode: DEMO_TOWNSHIP_CODES[(i * 5 + year) % DEMO_TOWNSHIP_CODES.length]!,
      place: `${courseName}实训基地`,
      places: format === TrainingFormat.ONE_TO_ONE ? 5 : rng.int(20, 40),
      hours,
      pricePerTraineeFen: rng.pick([120_000, 150_000, 180_000, 240_000]),
      startOn,
      endOn: demoEndOn(startOn, format),
    });
  });
  return true;
}
