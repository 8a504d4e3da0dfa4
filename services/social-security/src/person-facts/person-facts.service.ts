import type { EntityManager } from "@mikro-orm/core";
import { Outbox } from "@pa/events";
import { audit, businessDate, isIsoDate } from "@pa/service-kit";
import { z } from "zod";
import { ensureObligations, publishEnrolment } from "../enrolment/enrolment.service";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { Enrolment } from "../enrolment/enrolment.entity";
import { Settlement } from "../settlement/settlement.entity";
import { BurdenReport } from "../settlement/burden-report.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { PersonFacts, PovertyStatus } from "./person-facts.entity";

const isoDate = z.string().refine(isIsoDate, "must be a date YYYY-MM-DD");

/** What the registry's person events carry that this service needs (checked on receipt). */
export const PersonFactsInput = z.object({
  personId: z.string().min(1).max(26),
  version: z.number().int().positive(),
  townshipCode: z.string().min(1).max(12),
  birthDate: isoDate,
  povertyStatus: z.enum(PovertyStatus),
  registeredOn: isoDate,
  exitedOn: isoDate.nullable().optional(),
});
export type PersonFactsInput = z.infer<typeof PersonFactsInput>;

export type ApplyOutcome = "created" | "updated" | "stale";

/**
 * Applies the registry's facts about a person (registered / updated / exited events). Only a newer
 * version applies, so redelivered or reordered events are harmless. A person seen for the first
 * time gets the enrolment obligations of both schemes and this year's premium subsidies (R-SS-1,
 * R-SS-2, R-TGT-4). R-PRIN-1: an exit changes the facts only — no subsidy, enrolment or ledger
 * entry changes, and the poor-person adjustments keep applying (see `isPoorOn`).
 *
 * Runs in its own transaction, or joins the caller's (the inbox handler's) when there is one.
 */
export async function applyPersonFacts(
  em: EntityManager,
  input: PersonFactsInput,
  opts: { today?: string; eventId?: string; outbox?: Outbox } = {},
): Promise<ApplyOutcome> {
  const facts = PersonFactsInput.parse(input);
  const today = opts.today ?? businessDate();
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(PersonFacts, { personId: facts.personId });
    if (existing && existing.version >= facts.version) return "stale";
    const before = existing ? { ...existing } : null;
    const row =
      existing ??
      tx.create(PersonFacts, {
        personId: facts.personId,
        version: facts.version,
        townshipCode: facts.townshipCode,
        birthDate: facts.birthDate,
        povertyStatus: facts.povertyStatus,
        registeredOn: facts.registeredOn,
        exitedOn: facts.exitedOn ?? null,
      });
    if (existing) {
      const moved = existing.townshipCode !== facts.townshipCode;
      Object.assign(existing, {
        version: facts.version,
        townshipCode: facts.townshipCode,
        birthDate: facts.birthDate,
        povertyStatus: facts.povertyStatus,
        registeredOn: facts.registeredOn,
        exitedOn: facts.exitedOn ?? null,
      });
      // The township is copied onto this service's rows for township scope; a move follows the person.
      if (moved) {
        for (const entity of [
          Enrolment,
          PremiumSubsidy,
          Settlement,
          BurdenReport,
          PensionLedgerEntry,
        ] as const)
          await tx.nativeUpdate(entity, { personId: facts.personId }, { townshipCode: facts.townshipCode });
      }
    }
    await tx.flush();
    if (!existing) {
      const created = await ensureObligations(tx, [row], Number(today.slice(0, 4)));
      await tx.flush();
      const outbox = opts.outbox ?? new Outbox({ actor: "social-security" });
      for (const e of created.enrolments) publishEnrolment(outbox, tx, e);
    }
    audit(
      tx,
      { identity: null, requestId: opts.eventId ?? "person-facts" },
      {
        action: existing ? "applyPersonFacts.updated" : "applyPersonFacts.created",
        entityName: "PersonFacts",
        entityId: row.personId,
        before,
        after: { ...row },
      },
    );
    return existing ? "updated" : "created";
  });
}
