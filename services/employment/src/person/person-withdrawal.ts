import type { EntityManager } from "@mikro-orm/core";
import { defineWithdrawal, PersonRegistered, type EventData, type PersonWithdrawn } from "@pa/events";
import { findIn } from "@pa/service-kit";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { JobReadiness } from "../assistance-case/job-readiness.entity";
import { JobOffer } from "../job-offer/job-offer.entity";
import { Placement } from "../placement/placement.entity";
import { PostPlacement } from "../post/post-placement.entity";
import { ProjectEmployee } from "../project/project.entity";
import type { PersonFacts } from "./person-facts.entity";
import { personFactsProjection, type PersonFactsPayload } from "./person-facts.projection";

/** The system's name as a case's opener or closer (`openCases`, `markCasesNotNeeded`). */
const SYSTEM = "system";

/** The people among `ids` a clerk has acted on: an offer, a placement, a post, a project, a case by hand. */
export async function clerkActedOn(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const acted = new Set<string>();
  const add = (rows: { personId: string }[]) => rows.forEach((r) => acted.add(r.personId));
  const fields = { fields: ["personId"] as never[] };
  add(await findIn(em, JobOffer, "personId", ids, {}, fields));
  add(await findIn(em, Placement, "personId", ids, {}, fields));
  add(await findIn(em, PostPlacement, "personId", ids, {}, fields));
  add(await findIn(em, ProjectEmployee, "personId", ids, {}, fields));
  add(
    await findIn(
      em,
      AssistanceCase,
      "personId",
      ids,
      {
        $or: [
          { openedBy: { $ne: SYSTEM } },
          { caseworker: { $ne: null } },
          { closedBy: { $ne: null, $nin: [SYSTEM] } },
        ],
      },
      fields,
    ),
  );
  return acted;
}

/**
 * 撤销登记 The registry withdrew registrations whose import was undone
 * (`pa.registry.person.withdrawn.v1`): what this service derived for such a person — the case the
 * system opened (R-EMP-3 / R-TGT-1), the job-readiness recorded from a training — is deleted with
 * the projection row, as if the person had never been registered. A person a clerk already acted
 * on ({@link clerkActedOn}) keeps every row, and the projection row is marked `withdrawnOn`, so
 * nothing a clerk recorded is lost and no new offer, placement or case can be recorded for them.
 * Late events of the withdrawn registration are dropped; a new registration re-creates the person
 * (the kit's `defineWithdrawal`).
 */
export const personWithdrawal = defineWithdrawal<
  PersonFacts,
  PersonFactsPayload,
  AssistanceCase[],
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
    if (gone.length > 0) {
      await em.nativeDelete(AssistanceCase, { personId: { $in: gone } });
      await em.nativeDelete(JobReadiness, { personId: { $in: gone } });
    }
    return kept;
  },
});
