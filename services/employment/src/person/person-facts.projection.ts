import type { EntityManager } from "@mikro-orm/core";
import {
  defineProjection,
  type EventData,
  type FactSource,
  type PersonRegistered,
  type ProjectionChange,
} from "@pa/events";
import { findIn } from "@pa/service-kit";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { CaseStatus } from "../assistance-case/assistance-case.enums";
import { markCasesNotNeeded, openCases } from "../assistance-case/assistance-case.reactions";
import { JobOffer } from "../job-offer/job-offer.entity";
import { Placement } from "../placement/placement.entity";
import { PersonFacts } from "./person-facts.entity";
import { needsEmploymentHelp } from "./person.rules";

/** What the registry's person events (registered, updated) carry that this service keeps. */
export type PersonFactsPayload = Pick<
  EventData<typeof PersonRegistered>,
  | "personId"
  | "version"
  | "townshipCode"
  | "birthDate"
  | "laborCapacity"
  | "willingToWork"
  | "willingToTrain"
  | "povertyStatus"
  | "registeredOn"
> & {
  /** An update's changed fields (none for a registration): they date a case opened by it. */
  changedFields?: readonly string[];
};

/** The facts that make a person eligible (R-TGT-1); a change of one dates the case. */
const ELIGIBILITY_FIELDS = new Set(["laborCapacity", "willingToWork"]);

/**
 * The day a person became eligible, by the facts (issue 9 item 13), never the day this service
 * heard of them: the registration date for a person registered eligible; for an update that made
 * them so, the day the registry recorded it (its event's business date), not before registration.
 */
function eligibleSince(c: ProjectionChange<PersonFacts, PersonFactsPayload>): string {
  const registeredOn = c.after.registeredOn ?? null;
  const changed = c.facts.changedFields ?? [];
  const byUpdate = c.before != null || changed.some((f) => ELIGIBILITY_FIELDS.has(f));
  if (!byUpdate) return registeredOn ?? c.source.businessDate;
  const on = c.source.businessDate;
  return registeredOn != null && registeredOn > on ? registeredOn : on;
}

/**
 * The reaction, set-based (one read of the open cases of the whole batch, then bulk writes):
 *
 * - a person who **becomes** eligible (capacity and willingness, R-TGT-1) gets a case — at
 *   registration, or later when an update makes them so — unless one is open. It is a **new** case
 *   dated when they became eligible; an earlier one the service marked NOT_NEEDED, or a clerk
 *   closed, stays as it was (history, R-PRIN-1), and offers since registration count in the new one.
 * - a person whose willingness to work **becomes** false (the registry's latest facts, e.g. a needs
 *   survey, R-REQ-2) has the open case marked NOT_NEEDED on that day, with the reason.
 * - nothing else closes or ends anything: not an exit from poverty (R-PRIN-1), not a change of
 *   capacity; a case a clerk closed is not reopened by an update that leaves the person as eligible.
 *
 * Returns the cases it opened.
 */
async function reactToPersonFacts(
  em: EntityManager,
  changes: ProjectionChange<PersonFacts, PersonFactsPayload>[],
): Promise<AssistanceCase[]> {
  const eligible = changes.filter(
    (c) => needsEmploymentHelp(c.after) && !(c.before && needsEmploymentHelp(c.before)),
  );
  const unwilling = changes.filter((c) => c.before?.willingToWork === true && !c.after.willingToWork);
  if (eligible.length === 0 && unwilling.length === 0) return [];
  // A person the projection has just created has no case yet (cases need a known person; a
  // withdrawal deletes the facts row with the system's case, or keeps both): not read.
  const open = new Map(
    (
      await findIn(
        em,
        AssistanceCase,
        "personId",
        [...eligible, ...unwilling].filter((c) => c.before !== null).map((c) => c.after.personId),
        { status: CaseStatus.OPEN },
        // Read-only copies: the cases marked NOT_NEEDED are written by one native update.
        { disableIdentityMap: true },
      )
    ).map((c) => [c.personId, c]),
  );
  await markCasesNotNeeded(
    em,
    unwilling.flatMap((c) => {
      const found = open.get(c.after.personId);
      return found
        ? [{ open: found, on: c.source.businessDate, audit: { identity: null, requestId: c.source.eventId } }]
        : [];
    }),
  );
  return openCases(
    em,
    eligible
      .filter((c) => !open.has(c.after.personId))
      .map((c) => ({
        person: c.after,
        on: eligibleSince(c),
        openedBy: "system",
        audit: { identity: null, requestId: c.source.eventId },
        outbox: c.source.outbox,
      })),
  );
}

/**
 * The registry's person facts as this service keeps them (`pa.registry.person.registered/updated`):
 * newer versions win; a move carries open cases, offers and placements to the new township
 * (worklists and scope follow the person's current township); then {@link reactToPersonFacts}.
 */
export const personFactsProjection = defineProjection<PersonFacts, PersonFactsPayload, AssistanceCase[]>({
  service: "employment",
  entity: PersonFacts,
  key: "personId",
  version: "version",
  values: (f) => ({
    personId: f.personId,
    version: f.version,
    townshipCode: f.townshipCode,
    birthDate: f.birthDate,
    laborCapacity: f.laborCapacity,
    willingToWork: f.willingToWork,
    willingToTrain: f.willingToTrain,
    povertyStatus: f.povertyStatus,
    registeredOn: f.registeredOn,
  }),
  township: {
    property: "townshipCode",
    bearers: [
      { entity: AssistanceCase, where: { status: CaseStatus.OPEN } },
      { entity: JobOffer },
      { entity: Placement },
    ],
  },
  audit: { action: "applyPersonFacts", entityName: "PersonFacts" },
  react: reactToPersonFacts,
});

/** What {@link applyPersonFacts} did. */
export interface ApplyPersonFactsResult {
  /** False when the stored facts are as new or newer (a redelivered or late event). */
  applied: boolean;
  /** The case this reaction opened, if any. */
  caseOpened: AssistanceCase | null;
}

/**
 * One person's facts applied outside an event (fixtures, tools), in the caller's transaction:
 * `on` is the business date the case opens on (default today).
 */
export async function applyPersonFacts(
  em: EntityManager,
  facts: PersonFactsPayload,
  opts: { on?: string; source?: FactSource } = {},
): Promise<ApplyPersonFactsResult> {
  const source =
    opts.source ?? personFactsProjection.sourceOutsideEvent(opts.on ? { businessDate: opts.on } : {});
  const r = await personFactsProjection.apply(em, [{ facts, source }]);
  return { applied: r.changes.length > 0, caseOpened: r.reaction?.[0] ?? null };
}
