import { CaseOpened, type Outbox } from "@pa/events";
import { raw, type EntityManager } from "@mikro-orm/core";
import { audited, bulkInsertAudited, chunks, findIn, newRow, type ServiceContext } from "@pa/service-kit";
import { JobOffer } from "../job-offer/job-offer.entity";
import type { PersonFacts } from "../person/person-facts.entity";
import { AssistanceCase } from "./assistance-case.entity";
import { CaseStatus } from "./assistance-case.enums";
import { JobReadiness } from "./job-readiness.entity";

/** One case to open: the person, the date it opens on, and where its event goes. */
export interface CaseToOpen {
  person: PersonFacts;
  /** 立案日期 The facts' date: registration, or the day capacity and willingness became true. */
  on: string;
  openedBy: string;
  audit: Pick<ServiceContext, "identity" | "requestId">;
  outbox: Outbox;
}

/**
 * Opens cases for people known to have no open case, set-based: one read of their offers and one
 * of their training completions for the whole list, then one multi-row insert of the cases and
 * one of their audit entries, in the caller's transaction (the cases are not managed).
 * Offers the person received since registration count towards the three (R-EMP-3; one dated before
 * it is never counted, issue 9 item 13), and a training completed earlier makes the case job-ready
 * at once. A concurrent second open fails on the unique `openKey` (→ CONFLICT), never a second case.
 */
export async function openCases(em: EntityManager, items: readonly CaseToOpen[]): Promise<AssistanceCase[]> {
  if (items.length === 0) return [];
  const ids = items.map((i) => i.person.personId);
  // One after the other: inside a transaction both would share one connection (pg queues a
  // second query on a busy client and warns that pg 9 will refuse it).
  const offers = await findIn(em, JobOffer, "personId", ids, {}, { fields: ["personId", "offeredOn"] });
  const readiness = await findIn(em, JobReadiness, "personId", ids);
  const registeredOn = new Map(items.map((i) => [i.person.personId, i.person.registeredOn ?? null]));
  const offerCount = new Map<string, number>();
  for (const o of offers) {
    const from = registeredOn.get(o.personId);
    if (from != null && o.offeredOn < from) continue;
    offerCount.set(o.personId, (offerCount.get(o.personId) ?? 0) + 1);
  }
  const readyOn = new Map(readiness.map((r) => [r.personId, r.readyOn]));
  // Plain rows, one multi-row insert with their audit entries (issue 10), outside the unit of work.
  const opened = items.map((item) => {
    const { personId, townshipCode } = item.person;
    const ready = readyOn.get(personId) ?? null;
    return newRow(AssistanceCase, {
      personId,
      townshipCode,
      status: CaseStatus.OPEN,
      openKey: personId,
      openedOn: item.on,
      openedBy: item.openedBy,
      offerCount: offerCount.get(personId) ?? 0,
      jobReady: ready != null,
      jobReadyOn: ready,
    });
  });
  await bulkInsertAudited(em, opened, { action: "openAssistanceCase", ctx: (_, i) => items[i]!.audit });
  for (const [i, c] of opened.entries())
    items[i]!.outbox.add(em, CaseOpened, {
      caseId: c.id,
      personId: c.personId,
      townshipCode: c.townshipCode,
      openedOn: c.openedOn,
    });
  return opened;
}

/** One case opened by {@link openCases}. */
export async function openCase(
  em: EntityManager,
  person: PersonFacts,
  opts: Omit<CaseToOpen, "person">,
): Promise<AssistanceCase> {
  const [c] = await openCases(em, [{ person, ...opts }]);
  return c!;
}

/** 不再需要帮扶 Why the service closed a case (R-REQ-2: the latest survey is the current need). */
export const NOT_NEEDED_REASON =
  "本人已无就业意愿（建档立卡信息或需求调查更新） The person no longer wants work (the registry's latest facts or needs survey)";

/**
 * Marks open cases no longer needed (issue 9 item 11): status NOT_NEEDED, closed on the facts'
 * date (never before the case opened), the reason, `system` as closer, the version moved — each
 * audited, nothing deleted (R-PRIN-1: the case, its offers and its history stay). Set-based: the
 * cases come read outside the identity map, and one `UPDATE … WHERE id IN (…)` per closing date
 * (per chunk of ids) writes them, still only while they are open; the audit entries flush with the
 * caller's transaction.
 */
export async function markCasesNotNeeded(
  em: EntityManager,
  items: readonly {
    /** An open case read with `disableIdentityMap` (this writes it natively, not by flush). */
    open: AssistanceCase;
    on: string;
    audit: Pick<ServiceContext, "identity" | "requestId">;
  }[],
): Promise<AssistanceCase[]> {
  const byDate = new Map<string, string[]>();
  const closed: AssistanceCase[] = [];
  for (const { open, on, audit } of items) {
    const closedOn = on > open.openedOn ? on : open.openedOn;
    const row = await audited(em, audit, { action: "markCaseNotNeeded", flush: false }, open, (r) => {
      r.status = CaseStatus.NOT_NEEDED;
      r.openKey = null;
      r.closedOn = closedOn;
      r.closeReason = NOT_NEEDED_REASON;
      r.closedBy = "system";
      r.version += 1;
    });
    byDate.set(closedOn, [...(byDate.get(closedOn) ?? []), row.id]);
    closed.push(row);
  }
  for (const [closedOn, ids] of byDate)
    for (const chunk of chunks(ids))
      await em.nativeUpdate(
        AssistanceCase,
        { id: { $in: chunk }, status: CaseStatus.OPEN },
        {
          status: CaseStatus.NOT_NEEDED,
          openKey: null,
          closedOn,
          closeReason: NOT_NEEDED_REASON,
          closedBy: "system",
          version: raw("version + 1"),
          updatedAt: new Date(),
        },
      );
  return closed;
}

/** What `pa.skills.training.completed.v1` carries that this service needs. */
export interface TrainingCompletedPayload {
  personId: string;
  /** 结业日期 The business date the training was completed. */
  completedOn: string;
}

/**
 * Reaction to `pa.skills.training.completed.v1`: the person is job-ready and due for offers
 * (R-EMP-3). The earliest completion date is kept; the open case, if any, is marked at once, and a
 * case opened later starts job-ready. Safe to run twice. Flushes into the caller's transaction.
 */
export async function markJobReady(
  em: EntityManager,
  payload: TrainingCompletedPayload,
  opts: { eventId?: string } = {},
): Promise<{ readyOn: string; caseId: string | null }> {
  const existing = await em.findOne(JobReadiness, { personId: payload.personId });
  const readiness =
    existing ?? em.create(JobReadiness, { personId: payload.personId, readyOn: payload.completedOn });
  if (existing && payload.completedOn < existing.readyOn) existing.readyOn = payload.completedOn;
  const open = await em.findOne(AssistanceCase, { personId: payload.personId, status: CaseStatus.OPEN });
  if (open && (!open.jobReady || open.jobReadyOn !== readiness.readyOn)) {
    await audited(
      em,
      { identity: null, requestId: opts.eventId ?? "event" },
      { action: "markJobReady", flush: false },
      open,
      (row) => {
        row.jobReady = true;
        row.jobReadyOn = readiness.readyOn;
      },
    );
  }
  await em.flush();
  return { readyOn: readiness.readyOn, caseId: open?.id ?? null };
}
