import type { MikroORM } from "@mikro-orm/core";
import { quarterRange, type Logger } from "@pa/service-kit";
import { JobFair } from "../job-fair/job-fair.entity";
import { JobFairKind } from "../job-fair/job-fair.enums";
import { adoptPlanPolicies, PLAN_LOADER } from "../policy/policy.plan";
import { PublicWelfarePost } from "../post/post.entity";
import { EmploymentProject } from "../project/project.entity";
import { SponsorKind } from "../project/project.enums";

/** The registry demo city's township codes, 990101001..990101012 (990101 is a fictional region). */
export const TOWNSHIP_CODES = Array.from({ length: 12 }, (_, i) => `990101${String(i + 1).padStart(3, "0")}`);
/** 492 opened, 12 of them closed in 2020 Q2: about 480 held in mid-2020, against the quota of 470. */
export const DEMO_POSTS = 492;

const POST_KINDS: [string, string][] = [
  ["CLEANING", "村道保洁员"],
  ["ROAD_UPKEEP", "农村公路养护员"],
  ["FOREST_CARE", "生态护林员"],
  ["PATROL", "治安巡逻员"],
];
const VILLAGES = ["东山村", "西岭村", "南溪村", "北坪村", "中和村", "新华社区"];

/** A small deterministic generator: the same demo every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayBetween(rand: () => number, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(rand() * ((b - a) / 86_400_000 + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * Loads demo posts, projects and fairs on first run (no posts yet) for the registry's fictional
 * demo city. People are the registry's: cases and placements come from its events, so the demo
 * posts start vacant until clerks (or a demo script through the graph) place people in them.
 */
export async function loadDemoIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  await adoptPlanPolicies({ em: orm.em.fork(), identity: PLAN_LOADER, requestId: "demo" });
  const em = orm.em.fork();
  if ((await em.count(PublicWelfarePost, {})) > 0) return false;
  const rand = mulberry32(20181101);
  await em.transactional(async (tx) => {
    for (let i = 0; i < DEMO_POSTS; i++) {
      const [typeCode, title] = POST_KINDS[i % POST_KINDS.length]!;
      const closed = i % 40 === 39;
      const openedOn = dayBetween(rand, "2016-01-01", "2020-03-31");
      tx.create(PublicWelfarePost, {
        title,
        typeCode,
        townshipCode: TOWNSHIP_CODES[i % TOWNSHIP_CODES.length]!,
        village: VILLAGES[Math.floor(rand() * VILLAGES.length)]!,
        monthlyAllowanceFen: [80_000, 100_000, 120_000][Math.floor(rand() * 3)]!,
        openedOn,
        closedOn: closed ? dayBetween(rand, "2020-04-01", "2020-06-30") : null,
        closeReason: closed ? "村道改由环卫公司统一保洁" : null,
      });
    }
    const sponsors = [
      SponsorKind.ENTERPRISE,
      SponsorKind.VILLAGE_COLLECTIVE,
      SponsorKind.ENTREPRENEURSHIP_LEADER,
    ];
    for (let i = 0; i < 16; i++) {
      const year = 2018 + (i % 3);
      tx.create(EmploymentProject, {
        name: ["扶贫车间", "食用菌种植基地", "来料加工点", "乡村旅游合作社"][i % 4]! + `（${i + 1}）`,
        sponsorKind: sponsors[i % 3]!,
        sponsorName: ["恒达服饰有限公司", "东山村股份经济合作社", "返乡创业带头人王某"][i % 3]!,
        townshipCode: TOWNSHIP_CODES[i % TOWNSHIP_CODES.length]!,
        startedOn: dayBetween(rand, `${year}-01-01`, `${year}-11-30`),
        endedOn: null,
        jobs: 10 + Math.floor(rand() * 40),
      });
    }
    for (let year = 2018; year <= 2020; year++)
      for (const quarter of [1, 2, 3, 4] as const) {
        const { from, to } = quarterRange(year, quarter);
        for (const code of TOWNSHIP_CODES.slice(0, 6)) {
          if (rand() < 0.15) continue; // some quarters are missed: the gap list has something to show
          tx.create(JobFair, {
            townshipCode: code,
            heldOn: dayBetween(rand, from, to),
            kind: rand() < 0.5 ? JobFairKind.DELIVERY_TO_COUNTRYSIDE : JobFairKind.RECRUITMENT_CARAVAN,
            title: "就业扶贫专场招聘会",
            employers: 5 + Math.floor(rand() * 20),
            positionsOffered: 30 + Math.floor(rand() * 200),
            poorAttendees: 10 + Math.floor(rand() * 80),
            offersMade: Math.floor(rand() * 30),
            recordedBy: "demo-loader",
          });
        }
      }
  });
  logger.info({ posts: DEMO_POSTS, projects: 16 }, "employment demo loaded");
  return true;
}
