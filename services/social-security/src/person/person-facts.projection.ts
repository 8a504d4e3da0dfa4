import type { EntityManager } from "@mikro-orm/core";
import {
  defineProjection,
  type EventData,
  type Outbox,
  type PersonRegistered,
  type ProjectionChange,
} from "@pa/events";
import { ensureObligations, publishEnrolment } from "../enrolment/enrolment.service";
import { Enrolment } from "../enrolment/enrolment.entity";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { BurdenReport } from "../settlement/burden-report.entity";
import { Settlement } from "../settlement/settlement.entity";
import { PersonFacts } from "./person-facts.entity";

type RegistryFacts = EventData<typeof PersonRegistered>;

/** What the registry's person events carry that this service decides on (the contract's own types). */
export type PersonFactsInput = Pick<
  RegistryFacts,
  "personId" | "version" | "townshipCode" | "birthDate" | "povertyStatus" | "registeredOn"
> & { exitedOn?: RegistryFacts["exitedOn"] | undefined };

/**
 * The reaction: a person seen for the first time gets the enrolment obligations of both schemes
 * and the premium subsidies of the year of the event (R-SS-1, R-SS-2, R-TGT-4), one
 * `ensureObligations` per year in the batch. R-PRIN-1: an update — an exit included — changes the
 * facts only; no subsidy, enrolment or ledger entry changes (see `isPoorOn`).
 */
async function createObligations(
  em: EntityManager,
  changes: ProjectionChange<PersonFacts, PersonFactsInput>[],
): Promise<void> {
  const byYear = new Map<number, PersonFacts[]>();
  const outboxOf = new Map<string, Outbox>();
  for (const c of changes) {
    if (c.before) continue;
    const year = Number(c.source.businessDate.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), c.after]);
    outboxOf.set(c.after.personId, c.source.outbox);
  }
  for (const [year, people] of byYear) {
    const created = await ensureObligations(em, people, year);
    for (const e of created.enrolments) publishEnrolment(outboxOf.get(e.personId) as Outbox, em, e);
  }
}

/**
 * The registry's person facts as this service keeps them (`pa.registry.person.registered/updated`):
 * only a newer version applies, so redelivered or reordered events are harmless; a move carries
 * this service's rows to the new township (township scope); then {@link createObligations}.
 */
export const personFactsProjection = defineProjection<PersonFacts, PersonFactsInput>({
  service: "social-security",
  entity: PersonFacts,
  key: "personId",
  version: "version",
  values: (f) => ({
    personId: f.personId,
    version: f.version,
    townshipCode: f.townshipCode,
    birthDate: f.birthDate,
    povertyStatus: f.povertyStatus,
    registeredOn: f.registeredOn,
    exitedOn: f.exitedOn ?? null,
  }),
  township: {
    property: "townshipCode",
    bearers: [
      { entity: Enrolment },
      { entity: PremiumSubsidy },
      { entity: Settlement },
      { entity: BurdenReport },
      { entity: PensionLedgerEntry },
    ],
  },
  audit: { action: "applyPersonFacts", entityName: "PersonFacts" },
  react: createObligations,
});

export type ApplyOutcome = "created" | "updated" | "stale";

/**
 * One person's facts applied outside an event (fixtures, tools): `today` is the business date the
 * obligations are created for (default today). Runs in its own transaction, or joins the caller's.
 */
export async function applyPersonFacts(
  em: EntityManager,
  facts: PersonFactsInput,
  opts: { today?: string } = {},
): Promise<ApplyOutcome> {
  const source = personFactsProjection.sourceOutsideEvent(opts.today ? { businessDate: opts.today } : {});
  const { changes } = await em.transactional((tx) => personFactsProjection.apply(tx, [{ facts, source }]));
  const change = changes[0];
  return !change ? "stale" : change.before ? "updated" : "created";
}
