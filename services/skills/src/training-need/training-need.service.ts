import type { FilterQuery } from "@mikro-orm/core";
import { type Connection, paginate, requireIdentity, townshipScope } from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingNeed } from "./training-need.entity";
import { TrainingNeedStatus } from "./training-need.enums";
import type { TrainingNeedsFilter } from "./training-need.inputs";

export class TrainingNeedService {
  constructor(private readonly ctx: SkillsContext) {}

  /**
   * Training needs by township, longest-waiting first (R-TGT-3). `withoutEnrolment` gives the gap
   * list: open needs of people with no enrolment since the need opened.
   */
  list(
    filter: TrainingNeedsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingNeed>> {
    const f = filter ?? {};
    const where: FilterQuery<TrainingNeed> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.withoutEnrolment ? { status: TrainingNeedStatus.OPEN, enrolledOn: null } : {}),
      ...(!f.withoutEnrolment && f.statuses && f.statuses.length > 0 ? { status: { $in: f.statuses } } : {}),
    };
    return paginate(this.ctx.em, TrainingNeed, where, page, [
      { field: "townshipCode", direction: "ASC" },
      { field: "openedOn", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }
}
