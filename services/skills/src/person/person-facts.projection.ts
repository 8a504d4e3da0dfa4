import type { EntityManager } from "@mikro-orm/core";
import { defineProjection, type EventData, type PersonRegistered, type ProjectionChange } from "@pa/events";
import { findIn } from "@pa/service-kit";
import { TrainingCertificate } from "../enrolment/certificate.entity";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { TrainingNeed } from "../training-need/training-need.entity";
import { TrainingNeedStatus } from "../training-need/training-need.enums";
import { markNeedsNotNeeded, openNeeds } from "../training-need/training-need.reactions";
import { PersonFacts } from "./person-facts.entity";
import { needsTraining } from "./person.rules";

type RegistryFacts = EventData<typeof PersonRegistered>;

/** What the registry's person events carry that this service keeps (the contract's own types). */
export type PersonFactsPayload = Pick<
  RegistryFacts,
  | "personId"
  | "version"
  | "townshipCode"
  | "householdId"
  | "laborCapacity"
  | "willingToTrain"
  | "povertyStatus"
  | "registeredOn"
> & { exitedOn?: RegistryFacts["exitedOn"] | undefined };

/** The day a need opens: the registration date for a new person, else the update's date (not before it). */
function needSince(c: ProjectionChange<PersonFacts, PersonFactsPayload>): string {
  const registeredOn = c.after.registeredOn;
  if (!c.before) return registeredOn;
  return registeredOn > c.source.businessDate ? registeredOn : c.source.businessDate;
}

/**
 * The reaction, set-based for the whole batch (one read of the open needs, one of the enrolments
 * in training, multi-row inserts, one native update):
 * - a person who **becomes** eligible (capacity FULL or PARTIAL and willing to train, R-TGT-3) —
 *   at registration or by an update (a needs survey sets `willingToTrain`) — gets an open need,
 *   unless one is open; one already in training is not on the gap list (`enrolledOn`).
 * - a person whose willingness to train **becomes** false (the latest survey, R-REQ-2) has the
 *   open need marked NOT_NEEDED that day.
 * - nothing else closes anything: not an exit from poverty (R-PRIN-1), not a change of capacity.
 *   A need closes as MET only when the person completes a training.
 */
async function reactToPersonFacts(
  em: EntityManager,
  changes: ProjectionChange<PersonFacts, PersonFactsPayload>[],
): Promise<TrainingNeed[]> {
  const eligible = changes.filter((c) => needsTraining(c.after) && !(c.before && needsTraining(c.before)));
  const unwilling = changes.filter((c) => c.before?.willingToTrain === true && !c.after.willingToTrain);
  const byDate = new Map<string, string[]>();
  for (const c of unwilling)
    byDate.set(c.source.businessDate, [...(byDate.get(c.source.businessDate) ?? []), c.after.personId]);
  for (const [on, ids] of byDate) await markNeedsNotNeeded(em, ids, on);
  if (eligible.length === 0) return [];
  const ids = eligible.map((c) => c.after.personId);
  const fields = { fields: ["personId", "enrolledOn"] as never[], disableIdentityMap: true };
  // One after the other: inside a transaction both would share one connection (pg queues a
  // second query on a busy client and warns that pg 9 will refuse it).
  const open = await findIn(em, TrainingNeed, "personId", ids, { status: TrainingNeedStatus.OPEN }, fields);
  const training = await findIn(
    em,
    TrainingEnrolment,
    "personId",
    ids,
    { status: EnrolmentStatus.ENROLLED },
    fields,
  );
  const hasOpen = new Set(open.map((n) => n.personId));
  const enrolledOn = new Map(training.map((e) => [e.personId, e.enrolledOn]));
  return openNeeds(
    em,
    eligible
      .filter((c) => !hasOpen.has(c.after.personId))
      .map((c) => ({
        personId: c.after.personId,
        townshipCode: c.after.townshipCode,
        on: needSince(c),
        enrolledOn: enrolledOn.get(c.after.personId) ?? null,
        audit: { identity: null, requestId: c.source.eventId },
      })),
  );
}

/**
 * The registry's person facts as this service keeps them (`pa.registry.person.registered/updated`):
 * newer versions win; a move carries open needs, enrolments and certificates to the new township
 * (worklists and scope follow the person); then {@link reactToPersonFacts}.
 */
export const personFactsProjection = defineProjection<PersonFacts, PersonFactsPayload, TrainingNeed[]>({
  service: "skills",
  entity: PersonFacts,
  key: "personId",
  version: "version",
  values: (f) => ({
    personId: f.personId,
    version: f.version,
    townshipCode: f.townshipCode,
    householdId: f.householdId,
    laborCapacity: f.laborCapacity,
    willingToTrain: f.willingToTrain,
    povertyStatus: f.povertyStatus,
    registeredOn: f.registeredOn,
    exitedOn: f.exitedOn ?? null,
  }),
  township: {
    property: "townshipCode",
    bearers: [
      { entity: TrainingNeed, where: { status: TrainingNeedStatus.OPEN } },
      { entity: TrainingEnrolment },
      { entity: TrainingCertificate },
    ],
  },
  audit: { action: "applyPersonFacts", entityName: "PersonFacts" },
  react: reactToPersonFacts,
});

/**
 * One person's facts applied outside an event (fixtures, tools), in the caller's transaction:
 * `on` is the business date (default today). Returns the needs opened.
 */
export async function applyPersonFacts(
  em: EntityManager,
  facts: PersonFactsPayload,
  opts: { on?: string } = {},
): Promise<{ applied: boolean; needsOpened: TrainingNeed[] }> {
  const source = personFactsProjection.sourceOutsideEvent(opts.on ? { businessDate: opts.on } : {});
  const r = await personFactsProjection.apply(em, [{ facts, source }]);
  return { applied: r.changes.length > 0, needsOpened: r.reaction ?? [] };
}
