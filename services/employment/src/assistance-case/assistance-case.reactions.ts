import type { EntityManager } from "@mikro-orm/core";
import { CaseOpened, type Outbox } from "@pa/events";
import { audited, type ServiceContext } from "@pa/service-kit";
import { JobOffer } from "../job-offer/job-offer.entity";
import type { PersonFacts } from "../person/person-facts.entity";
import { AssistanceCase } from "./assistance-case.entity";
import { CaseStatus } from "./assistance-case.enums";
import { JobReadiness } from "./job-readiness.entity";

/**
 * Opens a case for a person known to have no open case. Offers the person already received count
 * towards the three (R-EMP-3), and a training completed earlier makes the case job-ready at once.
 * A concurrent second open fails on the unique `openKey` (→ CONFLICT), never a second case.
 */
export async function openCase(
  em: EntityManager,
  person: PersonFacts,
  opts: {
    on: string;
    openedBy: string;
    audit: Pick<ServiceContext, "identity" | "requestId">;
    outbox: Outbox;
  },
): Promise<AssistanceCase> {
  const [offerCount, readiness] = await Promise.all([
    em.count(JobOffer, { personId: person.personId }),
    em.findOne(JobReadiness, { personId: person.personId }),
  ]);
  const c = await audited(em, opts.audit, { action: "openAssistanceCase", flush: false }, () =>
    em.create(AssistanceCase, {
      personId: person.personId,
      townshipCode: person.townshipCode,
      status: CaseStatus.OPEN,
      openKey: person.personId,
      openedOn: opts.on,
      openedBy: opts.openedBy,
      offerCount,
      jobReady: readiness != null,
      jobReadyOn: readiness?.readyOn ?? null,
    }),
  );
  opts.outbox.add(em, CaseOpened, {
    caseId: c.id,
    personId: c.personId,
    townshipCode: c.townshipCode,
    openedOn: c.openedOn,
  });
  return c;
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
