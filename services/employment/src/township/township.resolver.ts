import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import {
  businessDate,
  dateRange,
  groupLoader,
  inTownshipScope,
  quarterOf,
  requireIdentity,
  rowLoader,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { JobFair } from "../job-fair/job-fair.entity";
import { checkedQuarter } from "../job-fair/job-fair.service";
import { countPostsByTownship, type PostCount } from "../post/post-figures.service";
import { basisPoints } from "../common/period.rules";
import { QuarterInput, Township, TownshipEmployment } from "./township.stub";

/** Fairs per `code|from|to`: one query per distinct quarter in the request. */
function fairsLoader(ctx: EmploymentContext) {
  return groupLoader(
    ctx,
    "township.fairs",
    async (keys) => {
      const byRange = new Map<string, string[]>();
      for (const k of keys) {
        const [code, from, to] = k.split("|") as [string, string, string];
        byRange.set(`${from}|${to}`, [...(byRange.get(`${from}|${to}`) ?? []), code]);
      }
      const out: { key: string; fair: JobFair }[] = [];
      for (const [range, codes] of byRange) {
        const [from, to] = range.split("|") as [string, string];
        const fairs = await ctx.em.find(
          JobFair,
          { townshipCode: { $in: codes }, ...dateRange({ from, to }, "from", "to", "heldOn") },
          { orderBy: { heldOn: "ASC", id: "ASC" } },
        );
        for (const fair of fairs) out.push({ key: `${fair.townshipCode}|${range}`, fair });
      }
      return out;
    },
    (r) => r.key,
  );
}

/** Posts held and filled per `code|asOf`: two `GROUP BY` statements per distinct date in the request. */
function postCountLoader(ctx: EmploymentContext) {
  return rowLoader<PostCount & { key: string }>(
    ctx,
    "township.posts",
    async (keys) => {
      const byDate = new Map<string, string[]>();
      for (const k of keys) {
        const [code, on] = k.split("|") as [string, string];
        byDate.set(on, [...(byDate.get(on) ?? []), code]);
      }
      const out: (PostCount & { key: string })[] = [];
      for (const [on, codes] of byDate) {
        const counts = await countPostsByTownship(ctx.em, { townshipCode: { $in: codes } }, on);
        for (const code of codes)
          out.push({ key: `${code}|${on}`, ...(counts.get(code) ?? { held: 0, filled: 0 }) });
      }
      return out;
    },
    (r) => r.key,
  );
}

@Resolver(() => Township)
export class TownshipResolver {
  @FieldResolver(() => TownshipEmployment, {
    nullable: true,
    description:
      "镇街就业扶贫情况（默认本季度；范围外为空） Employment assistance in a quarter (default: this one); null outside your townships",
  })
  employment(
    @Root() township: Township,
    @Ctx() ctx: EmploymentContext,
    @Arg("quarter", () => QuarterInput, { nullable: true }) quarter?: QuarterInput | null,
  ): TownshipEmployment | null {
    if (!inTownshipScope(requireIdentity(ctx), township.code)) return null;
    const today = businessDate();
    const q = checkedQuarter(quarter ?? quarterOf(today));
    return {
      townshipCode: township.code,
      year: q.year,
      quarter: q.quarter,
      from: q.from,
      to: q.to,
      asOf: q.to < today ? q.to : today,
    };
  }
}

@Resolver(() => TownshipEmployment)
export class TownshipEmploymentResolver {
  @FieldResolver(() => [JobFair], { description: "本季度扶贫专场招聘 Job fairs held in the quarter" })
  fairs(@Root() t: TownshipEmployment, @Ctx() ctx: EmploymentContext): Promise<JobFair[]> {
    return fairsLoader(ctx)
      .load(`${t.townshipCode}|${t.from}|${t.to}`)
      .then((rows) => rows.map((r) => r.fair));
  }

  @FieldResolver(() => Int, {
    description: "本季度举办场次 Fairs held in the quarter (R-EMP-4: at least 1 where concentrated)",
  })
  async fairsHeld(@Root() t: TownshipEmployment, @Ctx() ctx: EmploymentContext): Promise<number> {
    return (await fairsLoader(ctx).load(`${t.townshipCode}|${t.from}|${t.to}`)).length;
  }

  @FieldResolver(() => Int, { description: "公益岗位保有量 Posts held on asOf" })
  async postsHeld(@Root() t: TownshipEmployment, @Ctx() ctx: EmploymentContext): Promise<number> {
    return (await postCountLoader(ctx).load(`${t.townshipCode}|${t.asOf}`))?.held ?? 0;
  }

  @FieldResolver(() => Int, { description: "在岗数 Posts filled on asOf" })
  async postsFilled(@Root() t: TownshipEmployment, @Ctx() ctx: EmploymentContext): Promise<number> {
    return (await postCountLoader(ctx).load(`${t.townshipCode}|${t.asOf}`))?.filled ?? 0;
  }

  @FieldResolver(() => Int, { nullable: true, description: "上岗率（基点） Occupancy on asOf, basis points" })
  async occupancyRateBp(
    @Root() t: TownshipEmployment,
    @Ctx() ctx: EmploymentContext,
  ): Promise<number | null> {
    const c = await postCountLoader(ctx).load(`${t.townshipCode}|${t.asOf}`);
    return c ? basisPoints(c.filled, c.held) : null;
  }
}
