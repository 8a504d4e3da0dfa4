import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { PensionStarted } from "@pa/events";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import {
  audited,
  badInput,
  bulkInsertAudited,
  businessDate,
  chunks,
  ConflictError,
  type Connection,
  ForbiddenError,
  InputCheck,
  loadForWrite,
  newRow,
  paginate,
  type PolicyReader,
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
import {
  isPensionAge,
  minusDays,
  PENSION_AGE,
  pensionEntryFor,
  type PensionPerson,
  type PensionVersionFacts,
} from "./pension.rules";

const CHUNK = 1000;

/** One person to consider for the ledger: their facts, the day they are considered, the request. */
interface Candidate {
  facts: PensionPerson;
  on: string;
  requestId: string;
  /**
   * The facts row was created in this transaction (the projection's new key): the person cannot be
   * on the ledger yet (a withdrawal deletes the entry with the row, or keeps both), so is not read.
   */
  newPerson?: boolean;
}

/**
 * Puts the candidates who are not on the ledger (`onLedger`, updated) on it, as
 * {@link pensionEntryFor} decides, each with its audit entry; written at once as plain rows with
 * multi-row inserts (`bulkInsertAudited`, outside the unit of work). Returns how many were added.
 */
async function addEntries(
  em: EntityManager,
  candidates: readonly Candidate[],
  versions: readonly PensionVersionFacts[],
  onLedger: Set<string>,
  by: { identity: ServiceContext["identity"]; action: string },
): Promise<number> {
  const rows: PensionLedgerEntry[] = [];
  const requestIds: string[] = [];
  for (const { facts, on, requestId } of candidates) {
    if (onLedger.has(facts.personId)) continue;
    const data = pensionEntryFor(facts, on, versions);
    if (!data) continue;
    rows.push(newRow(PensionLedgerEntry, data));
    requestIds.push(requestId);
    onLedger.add(facts.personId);
  }
  await bulkInsertAudited(em, rows, {
    action: by.action,
    ctx: (_, i) => ({ identity: by.identity, requestId: requestIds[i]! }),
  });
  return rows.length;
}

/** Which of these people are on the ledger: one read. */
async function alreadyOnLedger(em: EntityManager, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await em.find(
    PensionLedgerEntry,
    { personId: { $in: personIds } },
    { fields: ["personId"], disableIdentityMap: true },
  );
  return new Set(rows.map((e) => e.personId));
}

/**
 * 精准识别 Identification as the registry's facts arrive (R-SS-3): everyone of the batch aged 60 or
 * over on their event's business date who is not on the ledger yet is put on it — someone
 * registered at 61 the moment the registration arrives, not at the next daily run. Set-based: the
 * pension versions once (the batch's reader), one read of the ledger per {@link CHUNK} candidates,
 * the entries inserted at the batch's flush. People who turn 60 later are found by the daily run.
 */
export async function identifyPensioners(
  em: EntityManager,
  people: readonly Candidate[],
  reader: PolicyReader<typeof policies.kinds> = policies.reader(em),
): Promise<number> {
  const candidates = people.filter((p) => isPensionAge(p.facts.birthDate, p.on));
  if (candidates.length === 0) return 0;
  const versions = await reader.adopted(PolicyKind.PENSION);
  if (versions.length === 0) return 0;
  let added = 0;
  for (const chunk of chunks(candidates, CHUNK)) {
    const onLedger = await alreadyOnLedger(
      em,
      chunk.filter((p) => !p.newPerson).map((p) => p.facts.personId),
    );
    added += await addEntries(em, chunk, versions, onLedger, { identity: null, action: "identifyPensioner" });
  }
  return added;
}

/**
 * 台账运行 Puts every known person aged 60 or over on `date` who is not on the pension ledger yet on
 * it (R-SS-3), as {@link pensionEntryFor} decides: the people who turned 60 since the last run, as
 * everyone else was identified when their facts arrived. People already on it are left alone, so
 * running twice, or the scheduler and a clerk on the same day, changes nothing the second time.
 * `date` needs a pension version in force (the run reports it); each entry records its own.
 */
export async function runPensionLedger(
  em: EntityManager,
  ctx: Pick<ServiceContext, "identity" | "requestId">,
  date: string,
): Promise<PensionLedgerRun> {
  return em.transactional(async (tx) => {
    const reader = policies.reader(tx);
    const version = await reader.require(PolicyKind.PENSION, date, "date");
    const versions = await reader.adopted(PolicyKind.PENSION);
    // Born on or before date − 60 years; `isPensionAge` settles 29 February exactly.
    const bornBy = shiftYears(date, -PENSION_AGE);
    let added = 0;
    let already = 0;
    let after = "";
    for (;;) {
      const people = await tx.find(
        PersonFacts,
        { personId: { $gt: after }, birthDate: { $lte: bornBy } },
        {
          orderBy: { personId: "ASC" },
          limit: CHUNK,
          fields: ["personId", "townshipCode", "birthDate", "registeredOn"],
          disableIdentityMap: true,
        },
      );
      if (people.length === 0) break;
      after = people[people.length - 1]!.personId;
      const candidates = people
        .filter((p) => isPensionAge(p.birthDate, date))
        .map((facts) => ({ facts, on: date, requestId: ctx.requestId }));
      const onLedger = await alreadyOnLedger(
        tx,
        candidates.map((c) => c.facts.personId),
      );
      already += onLedger.size;
      added += await addEntries(tx, candidates, versions, onLedger, {
        identity: ctx.identity,
        action: "runPensionLedger",
      });
      await tx.flush();
    }
    return { date, added, alreadyOnLedger: already, policyVersionId: version.id };
  });
}

const NEXT: Record<PensionStatus, { from: PensionStatus; zh: string } | null> = {
  [PensionStatus.PENDING]: null,
  [PensionStatus.DRAWING]: null,
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

  /** One step of PENDING → BACK_PAID → CLAIMED → PAYING; steps cannot be skipped or repeated, and DRAWING has none. */
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
