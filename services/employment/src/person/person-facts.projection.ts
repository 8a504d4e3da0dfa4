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
import { openCase } from "../assistance-case/assistance-case.reactions";
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
>;

/**
 * The reaction: a person who **becomes** eligible (capacity and willingness, R-TGT-1) gets an
 * assistance case — on registration, or later when an update makes them so — unless one is open.
 * It never closes a case or ends anything (R-PRIN-1: an exit changes no entitlement); a case a
 * clerk closed is not reopened by an update that leaves the person as eligible as before.
 * Returns the cases it opened.
 */
async function openCasesOfNewlyEligible(
  em: EntityManager,
  changes: ProjectionChange<PersonFacts, PersonFactsPayload>[],
): Promise<AssistanceCase[]> {
  const eligible = changes.filter(
    (c) => needsEmploymentHelp(c.after) && !(c.before && needsEmploymentHelp(c.before)),
  );
  if (eligible.length === 0) return [];
  const open = new Set(
    (
      await findIn(
        em,
        AssistanceCase,
        "personId",
        eligible.map((c) => c.after.personId),
        { status: CaseStatus.OPEN },
      )
    ).map((c) => c.personId),
  );
  const opened: AssistanceCase[] = [];
  for (const c of eligible) {
    if (open.has(c.after.personId)) continue;
    opened.push(
      await openCase(em, c.after, {
        on: c.source.businessDate,
        openedBy: "system",
        audit: { identity: null, requestId: c.source.eventId },
        outbox: c.source.outbox,
      }),
    );
  }
  return opened;
}

/**
 * The registry's person facts as this service keeps them (`pa.registry.person.registered/updated`):
 * newer versions win; a move carries open cases, offers and placements to the new township
 * (worklists and scope follow the person's current township); then {@link openCasesOfNewlyEligible}.
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
  react: openCasesOfNewlyEligible,
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
