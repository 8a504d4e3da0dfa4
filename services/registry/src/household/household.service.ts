import type { EntityManager, FilterQuery } from "@mikro-orm/core";
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
import type { RegistryContext } from "../context";
import { requireTownship } from "../township/township.service";
import { Person } from "../person/person.entity";
import { Household } from "./household.entity";
import { publishHouseholdChange } from "./household.events";
import { personFacts, publishPersonChange } from "../person/person.events";
import type { HouseholdsFilter, RegisterHouseholdInput, UpdateHouseholdInput } from "./household.inputs";

export class HouseholdService {
  constructor(private readonly ctx: RegistryContext) {}

  /** A household the caller may see, or null. */
  async get(id: string): Promise<Household | null> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.findOne(Household, { id, ...townshipScope(identity) });
  }

  list(
    filter: HouseholdsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Household>> {
    const identity = requireIdentity(this.ctx);
    const where: FilterQuery<Household> = {
      ...townshipScope(identity, "townshipCode", filter?.townshipCodes),
      ...(filter?.village ? { village: filter.village } : {}),
      ...(filter?.urbanZeroEmployment != null ? { urbanZeroEmployment: filter.urbanZeroEmployment } : {}),
      ...(filter?.ruralZeroTransferEmployment != null
        ? { ruralZeroTransferEmployment: filter.ruralZeroTransferEmployment }
        : {}),
      ...(filter?.minimumLivingGuarantee != null
        ? { minimumLivingGuarantee: filter.minimumLivingGuarantee }
        : {}),
    };
    return paginate(this.ctx.em, Household, where, page, [{ field: "id", direction: "ASC" }]);
  }

  async register(input: RegisterHouseholdInput): Promise<Household> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    const village = v.text(input.village, "village", { zh: "村/社区", en: "village" }, 64);
    const number = input.number?.trim() || null;
    if (number)
      v.that(number.length <= 40, "number", {
        zh: "户编号不能超过40个字符",
        en: "the household number must be at most 40 characters",
      });
    v.done();
    assertTownshipInScope(identity, input.townshipCode);
    return this.ctx.em.transactional(async (em) => {
      await requireTownship(em, input.townshipCode, "input.townshipCode");
      if (number) await assertNumberFree(em, number);
      const household = await audited(em, this.ctx, "registerHousehold", () =>
        em.create(Household, {
          number,
          townshipCode: input.townshipCode,
          village,
          urbanZeroEmployment: input.urbanZeroEmployment,
          ruralZeroTransferEmployment: input.ruralZeroTransferEmployment,
          minimumLivingGuarantee: input.minimumLivingGuarantee,
        }),
      );
      publishHouseholdChange(this.ctx, em, household, [], null);
      return household;
    });
  }

  async update(input: UpdateHouseholdInput): Promise<Household> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const household = await loadForWrite(em, identity, Household, input.id, {
        what: { zh: "户信息", en: "household" },
        version: input.version,
      });
      // The facts consumers compare against, as they were before this change.
      const before = { ...household };
      const members = await em.find(Person, { householdId: household.id });
      const factsBefore = members.map((m) => personFacts(m, { ...before } as Household));
      await audited(em, this.ctx, "updateHousehold", household, async (h) => {
        const v = new InputCheck();
        if (input.village != null)
          h.village = v.text(input.village, "village", { zh: "村/社区", en: "village" }, 64);
        if (input.headId != null) {
          const head = await em.findOne(Person, { id: input.headId });
          if (
            v.that(head?.householdId === h.id, "headId", {
              zh: "户主必须是本户成员",
              en: "the head must be a member of this household",
            })
          ) {
            h.headId = input.headId;
          }
        }
        v.done();
        if (input.urbanZeroEmployment != null) h.urbanZeroEmployment = input.urbanZeroEmployment;
        if (input.ruralZeroTransferEmployment != null)
          h.ruralZeroTransferEmployment = input.ruralZeroTransferEmployment;
        if (input.minimumLivingGuarantee != null) h.minimumLivingGuarantee = input.minimumLivingGuarantee;
        // Members live where their household lives.
        if (h.village !== before.village) for (const member of members) member.village = h.village;
      });
      const moved = household.village !== before.village;
      publishHouseholdChange(
        this.ctx,
        em,
        household,
        members.map((m) => m.id),
        before,
      );
      if (moved)
        members.forEach((m, i) => publishPersonChange(this.ctx, em, "updated", m, household, factsBefore[i]));
      return household;
    });
  }
}

async function assertNumberFree(em: EntityManager, number: string): Promise<void> {
  const taken = await em.findOne(Household, { number });
  if (taken) {
    throw new ConflictError(
      { zh: `户编号 ${number} 已被使用`, en: `household number ${number} is already used` },
      {
        existingHouseholdId: taken.id,
      },
    );
  }
}
