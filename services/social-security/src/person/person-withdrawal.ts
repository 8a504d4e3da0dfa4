import type { EntityManager } from "@mikro-orm/core";
import { defineWithdrawal, PersonRegistered, type EventData, type PersonWithdrawn } from "@pa/events";
import { findIn } from "@pa/service-kit";
import { Enrolment, EnrolmentChange } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PensionStatus } from "../pension/pension.enums";
import { BurdenReport } from "../settlement/burden-report.entity";
import { MedicalYearAccumulator, Settlement } from "../settlement/settlement.entity";
import type { PersonFacts } from "./person-facts.entity";
import { personFactsProjection, type PersonFactsInput } from "./person-facts.projection";

/** The system's name as the author of an enrolment change (`ensureObligations`). */
const SYSTEM = "system";

/**
 * The people among `ids` a clerk has acted on: a settlement or burden report, a premium payment, a
 * recorded enrolment or tier, a pension back-payment, claim or payment (PENDING and DRAWING are the
 * system's own findings, R-SS-3).
 */
export async function clerkActedOn(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const acted = new Set<string>();
  const add = (rows: { personId: string }[]) => rows.forEach((r) => acted.add(r.personId));
  const fields = { fields: ["personId"] as never[] };
  add(await findIn(em, Settlement, "personId", ids, {}, fields));
  add(await findIn(em, BurdenReport, "personId", ids, {}, fields));
  add(await findIn(em, MedicalYearAccumulator, "personId", ids, {}, fields));
  add(await findIn(em, PremiumSubsidy, "personId", ids, { paidFen: { $gt: 0 } }, fields));
  add(await findIn(em, EnrolmentChange, "personId", ids, { changedBy: { $ne: SYSTEM } }, fields));
  add(await findIn(em, Enrolment, "personId", ids, { status: { $ne: EnrolmentStatus.PENDING } }, fields));
  add(
    await findIn(
      em,
      PensionLedgerEntry,
      "personId",
      ids,
      { status: { $nin: [PensionStatus.PENDING, PensionStatus.DRAWING] } },
      fields,
    ),
  );
  return acted;
}

/**
 * 撤销登记 The registry withdrew registrations whose import was undone
 * (`pa.registry.person.withdrawn.v1`): what this service derived for such a person — the
 * enrolment obligations and their changes (R-SS-1), the premium subsidies (R-SS-2, R-TGT-4), the
 * pension-ledger entry it found (R-SS-3) — is deleted with the projection row, as if the person had
 * never been registered. A person a clerk already acted on ({@link clerkActedOn}) keeps every row,
 * and the projection row is marked `withdrawnOn`, so no payment or settlement is lost. Late events
 * of the withdrawn registration are dropped; a new registration re-creates the person and their
 * obligations (the kit's `defineWithdrawal`).
 */
export const personWithdrawal = defineWithdrawal<
  PersonFacts,
  PersonFactsInput,
  void,
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
      for (const entity of [EnrolmentChange, Enrolment, PremiumSubsidy, PensionLedgerEntry])
        await em.nativeDelete(entity, { personId: { $in: gone } });
    }
    return kept;
  },
});
