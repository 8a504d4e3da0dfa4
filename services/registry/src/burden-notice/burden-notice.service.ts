import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import type { BurdenReported, EventData } from "@pa/events";
import {
  audited,
  businessDate,
  type Connection,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { BurdenNotice } from "./burden-notice.entity";
import type { AcknowledgeBurdenNoticeInput, BurdenNoticesFilter } from "./burden-notice.inputs";

/**
 * R-SS-5 及时通报扶贫部门: social security's burden report becomes a notice on the poverty office's
 * worklist. Idempotent per report (the inbox already makes redelivery harmless; the unique report
 * id keeps a replayed stream harmless too).
 */
export async function receiveBurdenReport(
  em: EntityManager,
  data: EventData<typeof BurdenReported>,
): Promise<void> {
  if (await em.findOne(BurdenNotice, { reportId: data.reportId })) return;
  em.create(BurdenNotice, {
    reportId: data.reportId,
    settlementId: data.settlementId,
    personId: data.personId,
    townshipCode: data.townshipCode,
    claimDate: data.claimDate,
    totalCostFen: data.totalCostFen,
    outOfPocketFen: data.outOfPocketFen,
    reason: data.reason,
  });
}

export class BurdenNoticeService {
  constructor(private readonly ctx: RegistryContext) {}

  list(
    filter: BurdenNoticesFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<BurdenNotice>> {
    const identity = requireIdentity(this.ctx);
    const where: FilterQuery<BurdenNotice> = {
      ...townshipScope(identity, "townshipCode", filter?.townshipCodes),
      ...(filter?.personId ? { personId: filter.personId } : {}),
      ...(filter?.open != null ? { acknowledgedOn: filter.open ? null : { $ne: null } } : {}),
    };
    return paginate(this.ctx.em, BurdenNotice, where, page, [{ field: "id", direction: "ASC" }]);
  }

  /** 跟进 The poverty office records how it followed a notice up (政府兜底). */
  async acknowledge(input: AcknowledgeBurdenNoticeInput): Promise<BurdenNotice> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    const followUp = v.text(input.followUp, "followUp", { zh: "跟进措施", en: "followUp" }, 2000);
    v.pastDate(
      input.acknowledgedOn ?? today,
      "acknowledgedOn",
      { zh: "跟进日期", en: "acknowledgedOn" },
      today,
    );
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const notice = await loadForWrite(em, identity, BurdenNotice, input.id, {
        what: { zh: "因病致贫通报", en: "notice" },
        version: input.version,
      });
      return audited(em, this.ctx, "acknowledgeBurdenNotice", notice, (n) => {
        n.acknowledgedBy = identity.name;
        n.acknowledgedOn = input.acknowledgedOn ?? today;
        n.followUp = followUp;
      });
    });
  }
}
