import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { PostFilled, PostVacated } from "@pa/events";
import {
  assertCurrentVersion,
  assertTownshipInScope,
  audit,
  businessDate,
  ConflictError,
  type Connection,
  findIn,
  InputCheck,
  NotFoundError,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { checkPerson } from "../person/person.loaders";
import { personRef } from "../person/person.stub";
import {
  activeInMonth,
  activeOnWhere,
  basisPoints,
  isMonth,
  meetsRate,
  monthRange,
} from "../shared/period.rules";
import { findLedgerRows } from "@pa/service-kit/ledger";
import { TargetMetric } from "../target/target.types";
import { countCheck, targetOn } from "../target/target.service";
import { policies } from "../policy/policy.kinds";
import { checkTownship } from "../township/township.service";
import { POST_ROSTER, type RosterRow } from "./post.export";
import { PostPlacement } from "./post-placement.entity";
import { PostType } from "./post-type.entity";
import { PublicWelfarePost } from "./post.entity";
import type {
  AddPostTypeInput,
  ClosePostInput,
  EndPostPlacementInput,
  OpenPostInput,
  PlaceInPostInput,
  PostsFilter,
  RecordWorkLogInput,
} from "./post.inputs";
import { allowanceDue, isPostTypeCode } from "./post.rules";
import type { AllowanceLine, AllowanceStatement, PostFigures } from "./post.types";
import { PostWorkLog } from "./work-log.entity";

/** Held and filled posts on a date, for a township filter (already scoped). */
export async function countPosts(
  em: EntityManager,
  scope: Record<string, unknown>,
  on: string,
): Promise<{ held: number; filled: number }> {
  // Every placement lies inside its post's open period (placeInPost and closePost keep it so), and
  // a post holds at most one placement a day: counting active placements counts filled posts.
  const [held, filled] = await Promise.all([
    em.count(PublicWelfarePost, { ...scope, ...activeOnWhere("openedOn", "closedOn", on) }),
    em.count(PostPlacement, { ...scope, ...activeOnWhere("startOn", "endOn", on) }),
  ]);
  return { held, filled };
}

export class PostService {
  constructor(private readonly ctx: EmploymentContext) {}

  types(): Promise<PostType[]> {
    return this.ctx.em.find(PostType, {}, { orderBy: { code: "ASC" } });
  }

  async get(id: string): Promise<PublicWelfarePost | null> {
    return this.ctx.em.findOne(PublicWelfarePost, { id, ...townshipScope(requireIdentity(this.ctx)) });
  }

  private async where(filter: PostsFilter | null | undefined): Promise<FilterQuery<PublicWelfarePost>> {
    const f = filter ?? {};
    const scope = townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes);
    const where: Record<string, unknown> = {
      ...scope,
      ...(f.typeCodes?.length ? { typeCode: { $in: f.typeCodes } } : {}),
      ...(f.village ? { village: f.village } : {}),
    };
    const conditions: Record<string, unknown>[] = [where];
    if (f.heldOn) conditions.push(activeOnWhere("openedOn", "closedOn", f.heldOn));
    if (f.vacantOn) {
      conditions.push(activeOnWhere("openedOn", "closedOn", f.vacantOn));
      const occupied = await this.ctx.em.find(
        PostPlacement,
        { ...scope, ...activeOnWhere("startOn", "endOn", f.vacantOn) },
        { fields: ["postId"] },
      );
      if (occupied.length) conditions.push({ id: { $nin: occupied.map((p) => p.postId) } });
    }
    return (conditions.length === 1 ? where : { $and: conditions }) as FilterQuery<PublicWelfarePost>;
  }

  async list(
    filter: PostsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PublicWelfarePost>> {
    return paginate(this.ctx.em, PublicWelfarePost, await this.where(filter), page, [
      { field: "townshipCode", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }

  /**
   * R-EMP-1 figures on a date: posts held (opened on or before it, not closed on or before it),
   * filled (held, with a person in it that day), occupancy in basis points (rounded down), each
   * against the target in force that day (R-PRIN-2: targets are data).
   */
  async figures(
    asOf: string | null | undefined,
    townshipCodes: string[] | null | undefined,
  ): Promise<PostFigures> {
    const on = asOf ?? businessDate();
    const em = this.ctx.em;
    const scope = townshipScope(requireIdentity(this.ctx), "townshipCode", townshipCodes);
    const [{ held, filled }, heldTarget, rateTarget] = await Promise.all([
      countPosts(em, scope, on),
      targetOn(policies.forRequest(this.ctx), TargetMetric.POSTS_HELD, on),
      targetOn(policies.forRequest(this.ctx), TargetMetric.POST_OCCUPANCY_BP, on),
    ]);
    const rate = basisPoints(filled, held);
    return {
      asOf: on,
      held,
      filled,
      vacant: held - filled,
      occupancyRateBp: rate,
      heldCheck: countCheck(TargetMetric.POSTS_HELD, held, heldTarget),
      occupancyCheck: {
        metric: TargetMetric.POST_OCCUPANCY_BP,
        actual: rate ?? 0,
        ...rateTarget,
        met: rateTarget.target != null && meetsRate(filled, held, rateTarget.target.value),
      },
    };
  }

  /**
   * 补贴核算 The month's allowance statement: every placement active in the month, whether a work
   * log exists, and the fen due — the post's monthly allowance with a log, nothing without one.
   */
  async allowanceStatement(
    month: string,
    townshipCodes: string[] | null | undefined,
  ): Promise<AllowanceStatement> {
    const v = new InputCheck("");
    v.that(isMonth(month), "month", { zh: "月份格式应为 YYYY-MM", en: "month must be YYYY-MM" });
    v.done();
    const { from, to } = monthRange(month);
    const em = this.ctx.em;
    const scope = townshipScope(requireIdentity(this.ctx), "townshipCode", townshipCodes);
    const placements = await em.find(
      PostPlacement,
      { ...scope, startOn: { $lte: to }, $or: [{ endOn: null }, { endOn: { $gt: from } }] },
      { orderBy: { townshipCode: "ASC", postId: "ASC", startOn: "ASC" } },
    );
    const [posts, logs] = placements.length
      ? await Promise.all([
          findIn(
            em,
            PublicWelfarePost,
            "id",
            placements.map((p) => p.postId),
          ),
          findIn(
            em,
            PostWorkLog,
            "placementId",
            placements.map((p) => p.id),
            { month },
          ),
        ])
      : [[], []];
    const postById = new Map(posts.map((p) => [p.id, p]));
    const logByPlacement = new Map(logs.map((l) => [l.placementId, l]));
    const lines: AllowanceLine[] = placements.map((p) => {
      const post = postById.get(p.postId)!;
      const log = logByPlacement.get(p.id);
      return {
        placementId: p.id,
        postId: p.postId,
        postTitle: post.title,
        personId: p.personId,
        person: personRef(p.personId),
        townshipCode: p.townshipCode,
        logged: log != null,
        daysWorked: log?.daysWorked ?? null,
        monthlyAllowanceFen: post.monthlyAllowanceFen,
        dueFen: allowanceDue(post.monthlyAllowanceFen, log?.daysWorked),
      };
    });
    return {
      month,
      lines,
      placements: lines.length,
      logged: lines.filter((l) => l.logged).length,
      totalDueFen: lines.reduce((sum, l) => sum + l.dueFen, 0),
    };
  }

  /** 公益岗位花名册 Posts held on a date with who is in them, as an Excel file (Base64). */
  async rosterXlsx(
    asOf: string | null | undefined,
    townshipCodes: string[] | null | undefined,
  ): Promise<string> {
    const on = asOf ?? businessDate();
    const em = this.ctx.em;
    const scope = townshipScope(requireIdentity(this.ctx), "townshipCode", townshipCodes);
    const [posts, placements, types] = await Promise.all([
      findLedgerRows(
        em,
        PublicWelfarePost,
        { ...scope, ...activeOnWhere("openedOn", "closedOn", on) },
        { townshipCode: "ASC", village: "ASC", id: "ASC" },
        POST_ROSTER,
        "townshipCodes",
      ),
      em.find(PostPlacement, { ...scope, ...activeOnWhere("startOn", "endOn", on) }),
      em.find(PostType, {}),
    ]);
    const placementByPost = new Map(placements.map((p) => [p.postId, p]));
    const typeName = new Map(types.map((t) => [t.code, t.name]));
    const rows: RosterRow[] = posts.map((post) => ({
      post,
      typeName: typeName.get(post.typeCode) ?? post.typeCode,
      placement: placementByPost.get(post.id) ?? null,
    }));
    return POST_ROSTER.writeBase64(rows);
  }

  async addType(input: AddPostTypeInput): Promise<PostType> {
    const v = new InputCheck();
    const code = input.code.trim();
    v.that(isPostTypeCode(code), "code", {
      zh: "类型代码应为大写字母、数字和下划线",
      en: "the code must be upper-case letters, digits and _ (e.g. RIVER_CARE)",
    });
    const name = v.text(input.name, "name", { zh: "类型名称", en: "name" }, 32);
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const taken = await em.findOne(PostType, { $or: [{ code }, { name }] });
      if (taken)
        throw new ConflictError({
          zh: `岗位类型已存在：${taken.name}（${taken.code}）`,
          en: `the post type ${taken.code} (${taken.name}) already exists`,
        });
      const type = em.create(PostType, { code, name });
      await em.flush();
      audit(em, this.ctx, {
        action: "addPostType",
        entityName: "PostType",
        entityId: code,
        after: { ...type },
      });
      return type;
    });
  }

  /** 设岗 Opens a post against the quota (R-EMP-1). */
  async open(input: OpenPostInput): Promise<PublicWelfarePost> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    const title = v.text(input.title, "title", { zh: "岗位名称", en: "title" }, 64);
    const village = v.text(input.village, "village", { zh: "村/社区", en: "village" }, 64);
    v.that(
      Number.isSafeInteger(input.monthlyAllowanceFen) && input.monthlyAllowanceFen > 0,
      "monthlyAllowanceFen",
      {
        zh: "月补贴应为大于0的整数（分）",
        en: "the monthly allowance must be a whole number of fen above 0",
      },
    );
    v.pastDate(input.openedOn, "openedOn", { zh: "设岗日期", en: "openedOn" });
    assertTownshipInScope(identity, input.townshipCode);
    return this.ctx.em.transactional(async (em) => {
      await checkTownship(em, input.townshipCode, v, "townshipCode");
      const type = await em.findOne(PostType, { code: input.typeCode });
      v.that(type != null, "typeCode", {
        zh: `岗位类型 ${input.typeCode} 不存在`,
        en: `post type ${input.typeCode} does not exist; see postTypes`,
      });
      v.done();
      const post = em.create(PublicWelfarePost, {
        title,
        typeCode: input.typeCode,
        townshipCode: input.townshipCode,
        village,
        monthlyAllowanceFen: input.monthlyAllowanceFen,
        openedOn: input.openedOn,
        closedOn: null,
      });
      await em.flush();
      audit(em, this.ctx, {
        action: "openPost",
        entityName: "PublicWelfarePost",
        entityId: post.id,
        after: { ...post },
      });
      return post;
    });
  }

  /**
   * 撤岗 Closes a post from a date. A post with someone in it on or after that date is refused:
   * end the placement first (R-PRIN-1: nobody loses a post by a side effect).
   */
  async close(input: ClosePostInput): Promise<PublicWelfarePost> {
    return this.ctx.em.transactional(async (em) => {
      const post = await this.loadForWrite(em, input.postId, input.version);
      const v = new InputCheck();
      const reason = v.text(input.reason, "reason", { zh: "撤岗原因", en: "reason" }, 200);
      v.that(post.closedOn == null, "postId", {
        zh: `岗位已于 ${post.closedOn} 撤销`,
        en: `the post was already closed on ${post.closedOn}`,
      });
      v.pastDate(input.closedOn, "closedOn", { zh: "撤岗日期", en: "closedOn" });
      v.that(input.closedOn > post.openedOn, "closedOn", {
        zh: "撤岗日期应晚于设岗日期",
        en: `closedOn must be after openedOn (${post.openedOn})`,
      });
      const running = await em.findOne(PostPlacement, {
        postId: post.id,
        $or: [{ endOn: null }, { endOn: { $gt: input.closedOn } }],
      });
      v.that(running == null, "closedOn", {
        zh: `撤岗日期时岗位仍有人在岗（上岗于 ${running?.startOn}），请先办理离岗`,
        en: `someone is in the post on or after ${input.closedOn} (since ${running?.startOn}); end that placement first`,
      });
      v.done();
      const before = { ...post };
      post.closedOn = input.closedOn;
      post.closeReason = reason;
      await em.flush();
      audit(em, this.ctx, {
        action: "closePost",
        entityName: "PublicWelfarePost",
        entityId: post.id,
        before,
        after: { ...post },
      });
      return post;
    });
  }

  /**
   * 上岗 Places a person in a post from a date. The post must be open that day and free from it
   * on (one seat); the person must be known from the registry and hold no other post then.
   * The post's version moves with every placement, so two clerks filling the same seat at once
   * cannot both succeed (the second gets CONFLICT).
   */
  async place(input: PlaceInPostInput): Promise<PostPlacement> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    v.pastDate(input.startOn, "startOn", { zh: "上岗日期", en: "startOn" });
    return this.ctx.em.transactional(async (em) => {
      const found = await em.findOne(PublicWelfarePost, { id: input.postId });
      if (v.found(found, "postId", { zh: "岗位不存在", en: `post ${input.postId} does not exist` })) {
        assertTownshipInScope(identity, found.townshipCode);
        v.that(found.closedOn == null || found.closedOn > input.startOn, "postId", {
          zh: `岗位已于 ${found.closedOn} 撤销`,
          en: `the post was closed on ${found.closedOn}; choose an open post`,
        });
        v.that(found.openedOn <= input.startOn, "startOn", {
          zh: `上岗日期不能早于设岗日期 (${found.openedOn})`,
          en: `startOn cannot be before the post was opened (${found.openedOn})`,
        });
        const occupant = await em.findOne(PostPlacement, {
          postId: input.postId,
          $or: [{ endOn: null }, { endOn: { $gt: input.startOn } }],
        });
        v.that(occupant == null, "postId", {
          zh: `岗位已有人在岗（${occupant?.personId}，上岗于 ${occupant?.startOn}）`,
          en: `the post is taken from ${occupant?.startOn} by person ${occupant?.personId}; end that placement first`,
        });
      }
      const person = await checkPerson(em, identity, input.personId, v, "personId");
      if (person) {
        const other = await em.findOne(PostPlacement, {
          personId: input.personId,
          $or: [{ endOn: null }, { endOn: { $gt: input.startOn } }],
        });
        v.that(other == null, "personId", {
          zh: "该人员已在其他公益岗位上岗",
          en: `the person already holds post ${other?.postId} from ${other?.startOn}`,
        });
      }
      const [post] = v.done(found);
      const placement = em.create(PostPlacement, {
        postId: post.id,
        personId: input.personId,
        townshipCode: post.townshipCode,
        startOn: input.startOn,
        endOn: null,
        placedBy: identity.sub,
      });
      post.updatedAt = new Date();
      await em.flush();
      audit(em, this.ctx, {
        action: "placeInPost",
        entityName: "PostPlacement",
        entityId: placement.id,
        after: { ...placement },
      });
      this.ctx.outbox.add(em, PostFilled, {
        postId: placement.postId,
        placementId: placement.id,
        personId: placement.personId,
        townshipCode: placement.townshipCode,
        startOn: placement.startOn,
      });
      return placement;
    });
  }

  async endPlacement(input: EndPostPlacementInput): Promise<PostPlacement> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const p = await em.findOne(PostPlacement, { id: input.placementId, ...townshipScope(identity) });
      if (!p) throw new NotFoundError({ zh: "上岗记录", en: "PostPlacement" }, input.placementId);
      assertTownshipInScope(identity, p.townshipCode);
      assertCurrentVersion(p, input.version, { zh: "上岗记录", en: "placement" });
      const v = new InputCheck();
      const reason = v.text(input.reason, "reason", { zh: "离岗原因", en: "reason" }, 200);
      v.that(p.endOn == null, "placementId", {
        zh: `已于 ${p.endOn} 离岗`,
        en: `the placement already ended on ${p.endOn}`,
      });
      v.that(input.endOn > p.startOn, "endOn", {
        zh: "离岗日期应晚于上岗日期",
        en: `endOn must be after startOn (${p.startOn})`,
      });
      v.done();
      const before = { ...p };
      p.endOn = input.endOn;
      p.endReason = reason;
      await em.flush();
      audit(em, this.ctx, {
        action: "endPostPlacement",
        entityName: "PostPlacement",
        entityId: p.id,
        before,
        after: { ...p },
      });
      this.ctx.outbox.add(em, PostVacated, {
        postId: p.postId,
        placementId: p.id,
        personId: p.personId,
        townshipCode: p.townshipCode,
        endOn: p.endOn!,
      });
      return p;
    });
  }

  /** 考勤 Records (or corrects) a month's work log; the month must overlap the placement and not be in the future. */
  async recordWorkLog(input: RecordWorkLogInput): Promise<PostWorkLog> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    const monthOk = v.that(isMonth(input.month), "month", {
      zh: "月份格式应为 YYYY-MM",
      en: "month must be YYYY-MM",
    });
    if (monthOk) {
      const thisMonth = businessDate().slice(0, 7);
      v.that(input.month <= thisMonth, "month", {
        zh: "不能记录未来月份的考勤",
        en: `the month cannot be after this month (${thisMonth})`,
      });
      const days = monthRange(input.month).days;
      v.that(
        Number.isInteger(input.daysWorked) && input.daysWorked >= 1 && input.daysWorked <= days,
        "daysWorked",
        { zh: `出勤天数应在1到${days}之间`, en: `daysWorked must be from 1 to ${days}` },
      );
    }
    return this.ctx.em.transactional(async (em) => {
      const p = await em.findOne(PostPlacement, { id: input.placementId, ...townshipScope(identity) });
      if (
        v.found(p, "placementId", {
          zh: "上岗记录不存在",
          en: `placement ${input.placementId} does not exist`,
        })
      ) {
        assertTownshipInScope(identity, p.townshipCode);
        if (monthOk)
          v.that(activeInMonth(p.startOn, p.endOn, input.month), "month", {
            zh: "该月不在上岗期间",
            en: `the person was not in the post in ${input.month} (from ${p.startOn}${p.endOn ? ` until ${p.endOn}` : ""})`,
          });
      }
      v.done();
      const existing = await em.findOne(PostWorkLog, { placementId: input.placementId, month: input.month });
      const before = existing ? { ...existing } : null;
      const log =
        existing ??
        em.create(PostWorkLog, {
          placementId: input.placementId,
          month: input.month,
          daysWorked: input.daysWorked,
          recordedBy: identity.sub,
        });
      if (existing) {
        existing.daysWorked = input.daysWorked;
        existing.recordedBy = identity.sub;
      }
      await em.flush();
      audit(em, this.ctx, {
        action: "recordWorkLog",
        entityName: "PostWorkLog",
        entityId: log.id,
        before,
        after: { ...log },
      });
      return log;
    });
  }

  private async loadForWrite(em: EntityManager, id: string, version: number): Promise<PublicWelfarePost> {
    const identity = requireIdentity(this.ctx);
    const post = await em.findOne(PublicWelfarePost, { id, ...townshipScope(identity) });
    if (!post) throw new NotFoundError({ zh: "公益岗位", en: "PublicWelfarePost" }, id);
    assertTownshipInScope(identity, post.townshipCode);
    assertCurrentVersion(post, version, { zh: "岗位", en: "post" });
    return post;
  }
}
