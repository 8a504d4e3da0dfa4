import type { FilterQuery } from "@mikro-orm/core";
import { PersonPlaced } from "@pa/events";
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
import type { EmploymentContext } from "../context";
import { JobOffer } from "../job-offer/job-offer.entity";
import { checkPerson } from "../person/person.loaders";
import { activeOnWhere } from "../common/period.rules";
import { Placement } from "./placement.entity";
import type { EndPlacementInput, PlacementsFilter, RecordPlacementInput } from "./placement.inputs";

export class PlacementService {
  constructor(private readonly ctx: EmploymentContext) {}

  list(
    filter: PlacementsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Placement>> {
    const f = filter ?? {};
    const where: FilterQuery<Placement> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.personId ? { personId: f.personId } : {}),
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.activeOn ? activeOnWhere("since", "until", f.activeOn) : {}),
    };
    return paginate(this.ctx.em, Placement, where, page, [
      { field: "since", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /** 就业安置 Records a placement (R-EMP-3's outcome). */
  async record(input: RecordPlacementInput): Promise<Placement> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    const employer = v.text(input.employer, "employer", { zh: "就业单位/地点", en: "employer" }, 100);
    v.pastDate(input.since, "since", { zh: "就业日期", en: "since" }, today);
    return this.ctx.em.transactional(async (em) => {
      const checked = await checkPerson(em, identity, input.personId, v, "personId");
      if (input.jobOfferId) {
        const offer = await em.findOne(JobOffer, { id: input.jobOfferId });
        v.that(offer?.personId === input.personId, "jobOfferId", {
          zh: "该岗位推荐不存在或不是给此人的",
          en: "the offer does not exist or was made to someone else",
        });
      }
      const [person] = v.done(checked);
      const placement = await audited(em, this.ctx, "recordPlacement", () =>
        em.create(Placement, {
          personId: input.personId,
          townshipCode: person.townshipCode,
          kind: input.kind,
          employer,
          since: input.since,
          until: null,
          jobOfferId: input.jobOfferId ?? null,
          recordedBy: identity.sub,
        }),
      );
      this.ctx.outbox.add(em, PersonPlaced, {
        placementId: placement.id,
        personId: placement.personId,
        kind: placement.kind,
        since: placement.since,
      });
      return placement;
    });
  }

  async end(input: EndPlacementInput): Promise<Placement> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const p = await loadForWrite(em, identity, Placement, input.placementId, {
        what: { zh: "就业安置", en: "placement" },
        version: input.version,
      });
      const v = new InputCheck();
      v.that(p.until == null, "placementId", {
        zh: `已于 ${p.until} 离职`,
        en: `the placement already ended on ${p.until}`,
      });
      v.that(input.until > p.since, "until", {
        zh: "离职日期应晚于就业日期",
        en: `until must be after since (${p.since})`,
      });
      v.done();
      return audited(em, this.ctx, "endPlacement", p, (row) => {
        row.until = input.until;
      });
    });
  }
}
