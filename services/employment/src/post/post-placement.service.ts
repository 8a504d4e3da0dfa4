import { PostFilled, PostVacated } from "@pa/events";
import {
  audited,
  businessDate,
  findIn,
  InputCheck,
  loadForWrite,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { checkPerson } from "../person/person.loaders";
import { personRef } from "../person/person.stub";
import { activeInMonth, isMonth, monthRange } from "../common/period.rules";
import { PostPlacement } from "./post-placement.entity";
import { PublicWelfarePost } from "./post.entity";
import type { EndPostPlacementInput, PlaceInPostInput, RecordWorkLogInput } from "./post.inputs";
import { allowanceDue } from "./post.rules";
import type { AllowanceLine, AllowanceStatement } from "./post.types";
import { PostWorkLog } from "./work-log.entity";

/** 上岗 People in posts: placements, their monthly work logs, and the allowance they earn. */
export class PostPlacementService {
  constructor(private readonly ctx: EmploymentContext) {}

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
      // Out of scope is as if the post did not exist (see loadForWrite).
      const found = await em.findOne(PublicWelfarePost, { id: input.postId, ...townshipScope(identity) });
      if (v.found(found, "postId", { zh: "岗位不存在", en: `post ${input.postId} does not exist` })) {
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
      post.updatedAt = new Date();
      const placement = await audited(em, this.ctx, "placeInPost", () =>
        em.create(PostPlacement, {
          postId: post.id,
          personId: input.personId,
          townshipCode: post.townshipCode,
          startOn: input.startOn,
          endOn: null,
          placedBy: identity.sub,
        }),
      );
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
      const p = await loadForWrite(em, identity, PostPlacement, input.placementId, {
        what: { zh: "上岗记录", en: "placement" },
        version: input.version,
      });
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
      await audited(em, this.ctx, "endPostPlacement", p, (row) => {
        row.endOn = input.endOn;
        row.endReason = reason;
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
        if (monthOk)
          v.that(activeInMonth(p.startOn, p.endOn, input.month), "month", {
            zh: "该月不在上岗期间",
            en: `the person was not in the post in ${input.month} (from ${p.startOn}${p.endOn ? ` until ${p.endOn}` : ""})`,
          });
      }
      v.done();
      const existing = await em.findOne(PostWorkLog, { placementId: input.placementId, month: input.month });
      return audited(em, this.ctx, "recordWorkLog", existing, (log) =>
        log
          ? Object.assign(log, { daysWorked: input.daysWorked, recordedBy: identity.sub })
          : em.create(PostWorkLog, {
              placementId: input.placementId,
              month: input.month,
              daysWorked: input.daysWorked,
              recordedBy: identity.sub,
            }),
      );
    });
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
}
