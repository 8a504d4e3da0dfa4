import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { PensionStarted } from "@pa/events";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import {
  audited,
  badInput,
  businessDate,
  ConflictError,
  type Connection,
  ForbiddenError,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
  type ServiceContext,
  shiftYears,
  townshipScope,
} from "@pa/service-kit";
import { PolicyKind } from "../policy/policy.enums";
import { assertOwnsKind } from "../common/ownership";
import type { SocialSecurityContext } from "../context";
import { PersonFacts } from "../person/person-facts.entity";
import { policies } from "../policy/policy.kinds";
import { PensionLedgerEntry } from "./pension-ledger.entity";
import { PensionStatus } from "./pension.enums";
import type { PensionLedgerFilter, PensionLedgerRun, PensionStepInput } from "./pension.inputs";
import { benefitStartsOn, isPensionAge, minusDays, PENSION_AGE, turns60On } from "./pension.rules";

const CHUNK = 1000;

/**
 * 台账运行 Puts every known person aged 60 or over on `date` on the pension ledger (R-SS-3), with
 * the back-payment and monthly benefit of the pension version in force on that date. People
 * already on it are left alone, so running twice, or the scheduler and a clerk on the same day,
 * changes nothing the second time.
 */
export async function runPensionLedger(
  em: EntityManager,
  ctx: Pick<ServiceContext, "identity" | "requestId">,
  date: string,
): Promise<PensionLedgerRun> {
  return em.transactional(async (tx) => {
    const version = await policies.reader(tx).require(PolicyKind.PENSION, date, "date");
    const params = version.parameters;
    // Born on or before date − 60 years; `isPensionAge` settles 29 February exactly.
    const bornBy = shiftYears(date, -PENSION_AGE);
    let added = 0;
    let already = 0;
    let after = "";
    for (;;) {
      const people = await tx.find(
        PersonFacts,
        { personId: { $gt: after }, birthDate: { $lte: bornBy } },
        { orderBy: { personId: "ASC" }, limit: CHUNK },
      );
      if (people.length === 0) break;
      after = people[people.length - 1]!.personId;
      const onLedger = new Set(
        (
          await tx.find(
            PensionLedgerEntry,
            { personId: { $in: people.map((p) => p.personId) } },
            { fields: ["personId"], disableIdentityMap: true },
          )
        ).map((e) => e.personId),
      );
      for (const p of people) {
        if (!isPensionAge(p.birthDate, date)) continue;
        if (onLedger.has(p.personId)) {
          already += 1;
          continue;
        }
        const turned60On = turns60On(p.birthDate);
        await audited(tx, ctx, { action: "runPensionLedger", flush: false }, () =>
          tx.create(PensionLedgerEntry, {
            personId: p.personId,
            townshipCode: p.townshipCode,
            birthDate: p.birthDate,
            turned60On,
            foundOn: date,
            backPaymentFen: params.backPaymentFen,
            monthlyBenefitFen: params.monthlyBenefitFen,
            benefitStartsOn: benefitStartsOn(turned60On, date),
            policyVersionId: version.id,
          }),
        );
        added += 1;
      }
      await tx.flush();
    }
    return { date, added, alreadyOnLedger: already, policyVersionId: version.id };
  });
}

const NEXT: Record<PensionStatus, { from: PensionStatus; zh: string } | null> = {
  [PensionStatus.PENDING]: null,
  [PensionStatus.BACK_PAID]: { from: PensionStatus.PENDING, zh: "补缴" },
  [PensionStatus.CLAIMED]: { from: PensionStatus.BACK_PAID, zh: "申领" },
  [PensionStatus.PAYING]: { from: PensionStatus.CLAIMED, zh: "发放" },
};

export class PensionService {
  constructor(private readonly ctx: SocialSecurityContext) {}

  async run(date: string): Promise<PensionLedgerRun> {
    const identity = requireIdentity(this.ctx);
    assertOwnsKind(identity, PolicyKind.PENSION);
    if (identity.townships.length > 0)
      throw new ForbiddenError({
        zh: "台账运行覆盖全部镇街，须由不限镇街的用户运行",
        en: "the ledger run covers every township; ask a centre-wide user",
      });
    const v = new InputCheck("");
    v.pastDate(date, "date", { zh: "运行日期", en: "date" }, businessDate());
    v.done();
    try {
      return await runPensionLedger(this.ctx.em, this.ctx, date);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw new ConflictError({
          zh: "台账正在由另一任务运行，请稍后重试",
          en: "the ledger is being run by another job at this moment; try again",
        });
      throw e;
    }
  }

  /** One step of PENDING → BACK_PAID → CLAIMED → PAYING; steps cannot be skipped or repeated. */
  async step(to: PensionStatus, input: PensionStepInput): Promise<PensionLedgerEntry> {
    const identity = requireIdentity(this.ctx);
    assertOwnsKind(identity, PolicyKind.PENSION);
    const rule = NEXT[to];
    if (!rule) throw new Error(`no step leads to ${to}`);
    const v = new InputCheck();
    v.pastDate(input.on, "on", { zh: "办理日期", en: "on" }, businessDate());
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const entry = await loadForWrite(em, identity, PensionLedgerEntry, input.entryId, {
        what: { zh: "台账记录", en: "ledger entry" },
        version: input.version,
      });
      if (entry.status !== rule.from)
        throw badInput("input.entryId", {
          zh: `当前状态为 ${entry.status}，不能办理${rule.zh}（应为 ${rule.from}）`,
          en: `the entry is ${entry.status}; ${to} follows ${rule.from} only`,
        });
      const previousDate = entry.claimedOn ?? entry.backPaidOn ?? entry.foundOn;
      if (input.on < previousDate)
        throw badInput("input.on", {
          zh: `办理日期不能早于上一步（${previousDate}）`,
          en: `the date cannot be before the previous step (${previousDate})`,
        });
      await audited(em, this.ctx, `pension.${to}`, entry, (e) => {
        e.status = to;
        if (to === PensionStatus.BACK_PAID) e.backPaidOn = input.on;
        if (to === PensionStatus.CLAIMED) e.claimedOn = input.on;
        if (to === PensionStatus.PAYING) e.payingSince = input.on;
      });
      if (to === PensionStatus.PAYING) {
        this.ctx.outbox.add(em, PensionStarted, {
          entryId: entry.id,
          personId: entry.personId,
          townshipCode: entry.townshipCode,
          payingSince: entry.payingSince!,
          monthlyBenefitFen: Number(entry.monthlyBenefitFen),
        });
      }
      return entry;
    });
  }

  where(filter: PensionLedgerFilter | null | undefined): FilterQuery<PensionLedgerEntry> {
    const identity = requireIdentity(this.ctx);
    return {
      ...townshipScope(identity, "townshipCode", filter?.townshipCodes),
      ...(filter?.statuses?.length ? { status: { $in: filter.statuses } } : {}),
    };
  }

  list(
    filter: PensionLedgerFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PensionLedgerEntry>> {
    return paginate(this.ctx.em, PensionLedgerEntry, this.where(filter), page, [
      { field: "id", direction: "ASC" },
    ]);
  }

  /** 逾期 Entries still PENDING more than `days` days after they were put on the ledger. */
  overdue(
    asOf: string,
    days: number,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PensionLedgerEntry>> {
    if (!Number.isInteger(days) || days < 0 || days > 3650)
      throw badInput("days", { zh: "天数应在0到3650之间", en: "days must be between 0 and 3650" });
    const where: FilterQuery<PensionLedgerEntry> = {
      $and: [this.where(null), { status: PensionStatus.PENDING, foundOn: { $lt: minusDays(asOf, days) } }],
    };
    return paginate(this.ctx.em, PensionLedgerEntry, where, page, [
      { field: "foundOn", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }
}
