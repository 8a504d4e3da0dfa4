import type { EntityManager } from "@mikro-orm/core";
import { defineWithdrawal, PersonRegistered, type EventData, type PersonWithdrawn } from "@pa/events";
import { findIn } from "@pa/service-kit";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { TrainingClaimLine } from "../claim/claim.entity";
import { TrainingNeed } from "../training-need/training-need.entity";
import type { PersonFacts } from "./person-facts.entity";
import { personFactsProjection, type PersonFactsPayload } from "./person-facts.projection";

/** The people among `ids` a clerk has acted on: an enrolment, or a line of an institution's claim. */
export async function clerkActedOn(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const acted = new Set<string>();
  const fields = { fields: ["personId"] as never[] };
  for (const r of await findIn(em, TrainingEnrolment, "personId", ids, {}, fields)) acted.add(r.personId);
  for (const r of await findIn(em, TrainingClaimLine, "personId", ids, {}, fields)) acted.add(r.personId);
  return acted;
}

/**
 * 撤销登记 The registry withdrew registrations whose import was undone
 * (`pa.registry.person.withdrawn.v1`): the training need the system opened goes with the
 * projection row, as if the person had never been registered. A person a clerk already acted on
 * (enrolled, claimed) keeps every row, marked `withdrawnOn`, and cannot be enrolled again
 * (the kit's `defineWithdrawal`).
 */
export const personWithdrawal = defineWithdrawal<
  PersonFacts,
  PersonFactsPayload,
  TrainingNeed[],
  EventData<typeof PersonWithdrawn>
>({
  projection: personFactsProjection,
  registered: PersonRegistered,
  keyOf: (d) => d.personId,
  versionOf: (d) => d.version,
  mark: "withdrawnOn",
  async onWithdrawn(em, withdrawals) {
    const ids = withdrawals.map((w) => w.key);
    const kept = await clerkActedOn(em, ids);
    const gone = ids.filter((id) => !kept.has(id));
    if (gone.length > 0) await em.nativeDelete(TrainingNeed, { personId: { $in: gone } });
    return kept;
  },
});
