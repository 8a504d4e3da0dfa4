import type { EntityManager } from "@mikro-orm/core";
import { Outbox } from "@pa/events";
import { assertTownshipInScope, businessDate, type Identity, type InputCheck } from "@pa/service-kit";
import { AssistanceCase, CaseStatus } from "../assistance-case/assistance-case.entity";
import { openCase } from "../assistance-case/assistance-case.reactions";
import { JobOffer } from "../job-offer/job-offer.entity";
import { Placement } from "../placement/placement.entity";
import { PersonFacts, type LaborCapacity, type PovertyStatus } from "./person-facts.entity";
import { needsEmploymentHelp } from "./person.rules";

/** What the registry's person events (registered, updated, exited) carry that this service keeps. */
export interface PersonFactsPayload {
  personId: string;
  /** The registry's `Person.version`: newer facts win, older ones are ignored. */
  version: number;
  townshipCode: string;
  birthDate: string;
  laborCapacity: LaborCapacity | `${LaborCapacity}`;
  willingToWork: boolean;
  willingToTrain: boolean;
  povertyStatus: PovertyStatus | `${PovertyStatus}`;
}

/** Where a reaction comes from: the event's business date and id (for the audit). */
export interface ReactionOptions {
  /** The business date the event happened on (Asia/Shanghai); default today. */
  on?: string;
  /** The event id, recorded in the audit entry of what the reaction changed. */
  eventId?: string;
  /** Where the reaction's own events go (the handler's, carrying the event's trace). */
  outbox?: Outbox;
}

export interface ApplyPersonFactsResult {
  /** False when the stored facts are as new or newer (a redelivered or late event). */
  applied: boolean;
  /** The case this reaction opened, if any. */
  caseOpened: AssistanceCase | null;
}

/**
 * Reaction to `pa.registry.person.registered/updated/exited`: upserts the projection when the
 * facts are newer, and opens an assistance case when the person **becomes** eligible (capacity and
 * willingness, R-TGT-1) — on registration, or later when an update makes them so. It never closes
 * a case or ends anything (R-PRIN-1: an exit changes no entitlement); a case a clerk closed is not
 * reopened by an update that leaves the person as eligible as before.
 * Flushes into the caller's transaction (the inbox row and these changes commit together).
 */
export async function applyPersonFacts(
  em: EntityManager,
  facts: PersonFactsPayload,
  opts: ReactionOptions = {},
): Promise<ApplyPersonFactsResult> {
  const existing = await em.findOne(PersonFacts, { personId: facts.personId });
  if (existing && existing.version >= facts.version) return { applied: false, caseOpened: null };
  const wasEligible = existing ? needsEmploymentHelp(existing) : false;
  const moved = existing != null && existing.townshipCode !== facts.townshipCode;
  const values = {
    version: facts.version,
    townshipCode: facts.townshipCode,
    birthDate: facts.birthDate,
    laborCapacity: facts.laborCapacity as LaborCapacity,
    willingToWork: facts.willingToWork,
    willingToTrain: facts.willingToTrain,
    povertyStatus: facts.povertyStatus as PovertyStatus,
  };
  const row = existing
    ? em.assign(existing, values)
    : em.create(PersonFacts, { personId: facts.personId, ...values });
  if (moved) {
    // Worklists and scope follow the person's current township.
    await em.nativeUpdate(
      AssistanceCase,
      { personId: facts.personId, status: CaseStatus.OPEN },
      { townshipCode: facts.townshipCode },
    );
    await em.nativeUpdate(JobOffer, { personId: facts.personId }, { townshipCode: facts.townshipCode });
    await em.nativeUpdate(Placement, { personId: facts.personId }, { townshipCode: facts.townshipCode });
  }
  let caseOpened: AssistanceCase | null = null;
  if (needsEmploymentHelp(facts) && !wasEligible) {
    const open = await em.findOne(AssistanceCase, { personId: facts.personId, status: CaseStatus.OPEN });
    if (!open) {
      caseOpened = await openCase(em, row, {
        on: opts.on ?? businessDate(),
        openedBy: "system",
        audit: { identity: null, requestId: opts.eventId ?? "event" },
        outbox: opts.outbox ?? new Outbox({ actor: "employment" }),
      });
    }
  }
  await em.flush();
  return { applied: true, caseOpened };
}

/**
 * The person's facts, or a problem on `field` when the registry has not told us about them
 * (`BAD_USER_INPUT` via `v.done()`); a person outside the writer's townships is `FORBIDDEN`.
 */
export async function checkPerson(
  em: EntityManager,
  identity: Identity,
  personId: string,
  v: InputCheck,
  field: string,
): Promise<PersonFacts | null> {
  const facts = await em.findOne(PersonFacts, { personId });
  if (!facts) {
    v.fail(field, {
      zh: `人员 ${personId} 不存在（不在建档立卡人员中或尚未同步）`,
      en: `person ${personId} is not known to the employment service; register them in the registry first`,
    });
    return null;
  }
  assertTownshipInScope(identity, facts.townshipCode);
  return facts;
}
