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
import { identifyPensioners } from "../pension/pension.service";
import { policies } from "../policy/policy.kinds";
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
 * The reaction, set-based for the whole batch of applied changes (one policy reader, so the
 * policy table is read once; one read of existing rows per table and chunk; the rows inserted at
 * the projection's flush):
 * - a person seen for the first time gets the enrolment obligations of both schemes and the
 *   premium subsidies of every year from their registration up to the event's year that has a
 *   policy version (R-SS-1, R-SS-2, R-TGT-4): someone registered in 2018 has the plan years'
 *   subsidies, whenever the event arrives;
 * - anyone aged 60 or over on the event's date who is not on the pension ledger is put on it
 *   (R-SS-3, `identifyPensioners`): a registration at 61, or a corrected birth date.
 * R-PRIN-1: otherwise an update — an exit included — changes the facts only; no subsidy, enrolment
 * or ledger entry changes (see `isPoorOn`).
 */
async function createObligations(
  em: EntityManager,
  changes: ProjectionChange<PersonFacts, PersonFactsInput>[],
): Promise<void> {
  const reader = policies.reader(em);
  const eventYear = new Map<string, number>();
  const outboxOf = new Map<string, Outbox>();
  const fresh: PersonFacts[] = [];
  for (const c of changes) {
    if (c.before) continue;
    fresh.push(c.after);
    eventYear.set(c.after.personId, Number(c.source.businessDate.slice(0, 4)));
    outboxOf.set(c.after.personId, c.source.outbox);
  }
  if (fresh.length > 0) {
    // The projection has just created their rows: nothing of theirs exists to read first.
    const created = await ensureObligations(em, fresh, (p) => eventYear.get(p.personId)!, undefined, reader, {
      newPeople: true,
    });
    for (const e of created.enrolments) publishEnrolment(outboxOf.get(e.personId)!, em, e);
  }
  await identifyPensioners(
    em,
    changes.map((c) => ({
      facts: c.after,
      on: c.source.businessDate,
      requestId: c.source.eventId,
      newPerson: c.before === null,
    })),
    reader,
  );
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
