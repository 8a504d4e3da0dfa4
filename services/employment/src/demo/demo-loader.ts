import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import {
  DEMO_TOWNSHIP_CODES,
  inTransactionBatches,
  SeededRandom,
  systemContext,
  systemIdentity,
  Unit,
  type Logger,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { adoptPlanPolicies } from "../policy/policy.plan";
import { PublicWelfarePost } from "../post/post.entity";
import { PostService } from "../post/post.service";
import { SponsorKind } from "../project/project.enums";
import { EmploymentProjectService } from "../project/project.service";
import { applyTownship } from "../township/township.service";

/** 484 opened in 2018–2020, 12 of them closed in 2020 Q2: 472 held at the end of 2020, against the quota of 470. */
export const DEMO_POSTS = 484;
/** Six projects started in each plan year (goal 5 a year), 18 held at the end of 2020 (goal 10). */
export const DEMO_PROJECTS = 18;

const POST_KINDS: [string, string][] = [
  ["CLEANING", "村道保洁员"],
  ["ROAD_UPKEEP", "农村公路养护员"],
  ["FOREST_CARE", "生态护林员"],
  ["PATROL", "治安巡逻员"],
];
const VILLAGES = ["东山村", "西岭村", "南溪村", "北坪村", "中和村", "新华社区"];
const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/**
 * Loads demo posts, projects and fairs on first run (no posts yet) for the registry's fictional
 * demo city, through the same operations a clerk uses: each is checked, audited and (fairs,
 * projects) published like real data. People are the registry's and arrive through its events, so
 * what needs them (fairs in the concentrated townships, placements, work logs, offers) is
 * recorded once they have arrived, by `loadDemoActivity` (demo-activity.ts).
 */
export async function loadDemoIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.HrCentre });
  const context = (): EmploymentContext => withOutbox(systemContext(orm, identity, logger));
  // The plan's targets and the offers rule are policy data, adopted like a clerk would.
  await adoptPlanPolicies(context());
  if ((await orm.em.fork().count(PublicWelfarePost, {})) > 0) return false;
  // The demo loads before the service joins the bus, so the registry's townships have not arrived
  // yet: hold the demo city's codes (version 0) and let the registry's events bring their names
  // and concentration flags (any registry version is newer).
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    for (const code of DEMO_TOWNSHIP_CODES)
      await applyTownship(tx, { code, name: `镇街${code.slice(-3)}`, concentrated: false });
  });
  const rng = new SeededRandom(20181101);
  // A transaction per batch of operations (each operation a savepoint): the same checks, audit
  // entries and events as one by one, without a commit per post.
  const indexes = Array.from({ length: DEMO_POSTS }, (_, i) => i);
  await inTransactionBatches(orm, indexes, { identity, logger }, async (ctx, i) => {
    const [typeCode, title] = at(POST_KINDS, i);
    const closed = i % 40 === 39;
    const posts = new PostService(withOutbox(ctx));
    const post = await posts.open({
      openedOn: rng.date("2018-01-01", "2020-03-31"),
      title,
      typeCode,
      townshipCode: at(DEMO_TOWNSHIP_CODES, i),
      village: rng.pick(VILLAGES),
      monthlyAllowanceFen: rng.pick([80_000, 100_000, 120_000]),
    });
    if (closed)
      await posts.close({
        postId: post.id,
        version: post.version,
        closedOn: rng.date("2020-04-01", "2020-06-30"),
        reason: "村道改由环卫公司统一保洁",
      });
  });
  const sponsors = [
    SponsorKind.ENTERPRISE,
    SponsorKind.VILLAGE_COLLECTIVE,
    SponsorKind.ENTREPRENEURSHIP_LEADER,
  ];
  for (let i = 0; i < DEMO_PROJECTS; i++) {
    const year = 2018 + (i % 3);
    await new EmploymentProjectService(context()).start({
      name: at(["扶贫车间", "食用菌种植基地", "来料加工点", "乡村旅游合作社"], i) + `（${i + 1}）`,
      sponsorKind: at(sponsors, i),
      sponsorName: at(["恒达服饰有限公司", "东山村股份经济合作社", "返乡创业带头人王某"], i),
      townshipCode: at(DEMO_TOWNSHIP_CODES, i),
      startedOn: rng.date(`${year}-01-01`, `${year}-11-30`),
      jobs: rng.int(10, 49),
    });
  }
  logger.info({ posts: DEMO_POSTS, projects: DEMO_PROJECTS }, "employment demo loaded");
  return true;
}
