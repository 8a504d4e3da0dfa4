import type { FilterQuery } from "@mikro-orm/core";
import {
  assertTownshipInScope,
  audited,
  ConflictError,
  type Connection,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { activeOnWhere } from "../common/period.rules";
import { checkTownship } from "../township/township.service";
import { PostPlacement } from "./post-placement.entity";
import { PostType } from "./post-type.entity";
import { PublicWelfarePost } from "./post.entity";
import type { AddPostTypeInput, ClosePostInput, OpenPostInput, PostsFilter } from "./post.inputs";
import { isPostTypeCode } from "./post.rules";

/** 公益岗位 Posts and their types: opening, closing, lists and the roster. */
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
      return audited(em, this.ctx, "addPostType", () => em.create(PostType, { code, name }));
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
      return audited(em, this.ctx, "openPost", () =>
        em.create(PublicWelfarePost, {
          title,
          typeCode: input.typeCode,
          townshipCode: input.townshipCode,
          village,
          monthlyAllowanceFen: input.monthlyAllowanceFen,
          openedOn: input.openedOn,
          closedOn: null,
        }),
      );
    });
  }

  /**
   * 撤岗 Closes a post from a date. A post with someone in it on or after that date is refused:
   * end the placement first (R-PRIN-1: nobody loses a post by a side effect).
   */
  async close(input: ClosePostInput): Promise<PublicWelfarePost> {
    return this.ctx.em.transactional(async (em) => {
      const post = await loadForWrite(em, requireIdentity(this.ctx), PublicWelfarePost, input.postId, {
        what: { zh: "公益岗位", en: "post" },
        version: input.version,
      });
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
      return audited(em, this.ctx, "closePost", post, (p) => {
        p.closedOn = input.closedOn;
        p.closeReason = reason;
      });
    });
  }
}
