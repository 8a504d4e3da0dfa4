import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { EnrolmentChanged, SubsidyPaid, type Outbox } from "@pa/events";
import {
  audited,
  badInput,
  businessDate,
  chunks,
  type Connection,
  InputCheck,
  insertRows,
  latestOnOrBefore,
  loadForWrite,
  newId,
  paginate,
  type PolicyReader,
  type PolicyVersion,
  requireIdentity,
  townshipScope,
  yuan,
} from "@pa/service-kit";
import { assertOwnsScheme } from "../common/ownership";
import { PolicyKind, SCHEME_KIND } from "../policy/policy.enums";
import { Scheme } from "./enrolment.enums";
import type { SocialSecurityContext } from "../context";
import { PersonFacts } from "../person/person-facts.entity";
import { policies } from "../policy/policy.kinds";
import type { PremiumSubsidyStandard } from "../policy/policy.parameters";
import { Enrolment, EnrolmentChange } from "./enrolment.entity";
import { EnrolmentStatus } from "./enrolment.enums";
import type {
  EnrolmentsFilter,
  RecordEnrolmentInput,
  RecordSubsidyPaymentInput,
  SubsidiesFilter,
} from "./enrolment.inputs";
import { PremiumSubsidy } from "./premium-subsidy.entity";
import { dueOnOf, subsidyYears } from "./subsidy.rules";
import { SubsidyState } from "./enrolment.enums";

const CHUNK = 500;
/** The system's name as the author of an enrolment change it made (`ensureObligations`). */
const SYSTEM = "system";
const SCHEMES = [Scheme.RESIDENT_PENSION, Scheme.RESIDENT_MEDICAL];

/**
 * The subsidy standard of a scheme year: the version in force on 1 January of it. `null` when no
 * version is in force yet (a later adoption and screening run create the year's subsidies), and
 * `"none"` when the version in force subsidises nothing (the plan period ended: the year is owed
 * no subsidy, R-PRIN-2).
 */
export function subsidyStandard(
  versions: Record<PolicyKind, PolicyVersion<{ premiumSubsidy: PremiumSubsidyStandard | null }>[]>,
  scheme: Scheme,
  year: number,
): { version: PolicyVersion; standard: PremiumSubsidyStandard } | "none" | null {
  const version = latestOnOrBefore(versions[SCHEME_KIND[scheme]], `${year}-01-01`);
  if (!version) return null;
  const standard = version.parameters.premiumSubsidy;
  return standard ? { version, standard } : "none";
}

/** The adopted versions of both kinds, as {@link subsidyStandard} reads them, from a unit of work's reader. */
export async function subsidyVersions(
  reader: PolicyReader<typeof policies.kinds>,
): Promise<Record<PolicyKind, PolicyVersion<{ premiumSubsidy: PremiumSubsidyStandard | null }>[]>> {
  return {
    [PolicyKind.MEDICAL]: await reader.adopted(PolicyKind.MEDICAL),
    [PolicyKind.PENSION]: await reader.adopted(PolicyKind.PENSION),
  };
}

/** Who gets obligations: the facts the enrolment, the subsidy and its due date need. */
export type ObligedPerson = Pick<PersonFacts, "personId" | "townshipCode" | "registeredOn">;

/**
 * 参保义务 Makes sure each person has an enrolment per scheme, and a premium subsidy per scheme for
 * every year from their registration up to `upTo` (one year for all, or each person's: a batch of
 * events of different dates) that has a policy version in force on 1 January (R-SS-1, R-TGT-4):
 * the plan years 2018–2020 for someone registered then, whenever their facts arrive. Each due date
 * follows the policy and the registration (`dueOnOf`). Creates only what is missing, never changes
 * what exists (R-PRIN-1), so it is safe to call again; a new enrolment is for the `upTo` year.
 * Set-based: the versions from the caller's reader, and per chunk of people one read of
 * enrolments, one of subsidies and multi-row inserts of plain rows (`insertRows`, outside the
 * unit of work), however many years. A year without an adopted version gets no subsidy yet; the
 * next screening run creates it once one is adopted. A year whose version subsidises nothing (the
 * plan period has ended) gets none, and is not read. Returns what was created.
 */
export async function ensureObligations<P extends ObligedPerson>(
  em: EntityManager,
  people: P[],
  upTo: number | ((p: P) => number),
  schemes: Scheme[] = SCHEMES,
  /** The unit of work's policy reader: a batch passes one, so the policy table is read once. */
  reader: PolicyReader<typeof policies.kinds> = policies.reader(em),
  opts: {
    /**
     * The people's facts rows were created in this transaction (the projection's new keys): no
     * enrolment or subsidy of theirs can exist — obligations are only created for known people and
     * a withdrawal deletes them with the facts row, or keeps both — so nothing is read first. The
     * unique keys (person, scheme[, year]) would still refuse a duplicate.
     */
    newPeople?: boolean;
  } = {},
): Promise<{ enrolments: Enrolment[]; subsidies: PremiumSubsidy[] }> {
  const versions = await subsidyVersions(reader);
  const upToOf = typeof upTo === "number" ? () => upTo : upTo;
  // No subsidy before the first year any scheme has a version: the years start there at the earliest.
  const firstYear = Math.min(
    ...schemes.map((s) => Number(versions[SCHEME_KIND[s]][0]?.validFrom.slice(0, 4) ?? Infinity)),
  );
  const created = { enrolments: [] as Enrolment[], subsidies: [] as PremiumSubsidy[] };
  // The standard a scheme year is subsidised at (null: none, yet or any more), looked up once per
  // batch rather than once per person.
  const standards = new Map<string, { version: PolicyVersion; standard: PremiumSubsidyStandard } | null>();
  const standardOf = (scheme: Scheme, year: number) => {
    const k = `${scheme}:${year}`;
    let found = standards.get(k);
    if (found === undefined) {
      const s = subsidyStandard(versions, scheme, year);
      standards.set(k, (found = s === "none" ? null : s));
    }
    return found;
  };
  for (const chunk of chunks(people, CHUNK)) {
    const ids = chunk.map((p) => p.personId);
    // Only the years some scheme subsidises (a version with a standard in force on 1 January).
    const chunkYears = new Map(
      chunk.map((p) => [
        p.personId,
        subsidyYears(p.registeredOn, firstYear, upToOf(p)).filter((y) =>
          schemes.some((s) => standardOf(s, y)),
        ),
      ]),
    );
    const allYears = [...new Set([...chunkYears.values()].flat())];
    const enrolled = new Set(
      opts.newPeople
        ? []
        : (
            await em.find(
              Enrolment,
              { personId: { $in: ids }, scheme: { $in: schemes } },
              { fields: ["personId", "scheme"], disableIdentityMap: true },
            )
          ).map((e) => `${e.personId}:${e.scheme}`),
    );
    const subsidised = new Set(
      allYears.length === 0 || opts.newPeople
        ? []
        : (
            await em.find(
              PremiumSubsidy,
              { personId: { $in: ids }, year: { $in: allYears }, scheme: { $in: schemes } },
              { fields: ["personId", "scheme", "year"], disableIdentityMap: true },
            )
          ).map((s) => `${s.personId}:${s.scheme}:${s.year}`),
    );
    // Plain literals in multi-row inserts, outside the unit of work (issue 10): every column
    // given as a flush of a new entity would write it (the entities' defaults: PENDING, nothing
    // paid, version 1), one time for the chunk's rows. Literals, not `newRow`: building a row
    // with the entity's learned defaults cost more than inserting it, 20 rows a person.
    const now = new Date();
    const enrolments: Enrolment[] = [];
    const changes: EnrolmentChange[] = [];
    const subsidies: PremiumSubsidy[] = [];
    for (const scheme of schemes) {
      for (const p of chunk) {
        const { personId, townshipCode, registeredOn } = p;
        if (opts.newPeople || !enrolled.has(`${personId}:${scheme}`)) {
          const schemeYear = upToOf(p);
          const enrolment: Enrolment = {
            id: newId(),
            personId,
            townshipCode,
            scheme,
            status: EnrolmentStatus.PENDING,
            schemeYear,
            contributionTier: null,
            enrolledOn: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          };
          enrolments.push(enrolment);
          changes.push({
            id: newId(),
            enrolmentId: enrolment.id,
            personId,
            townshipCode,
            scheme,
            fromStatus: null,
            toStatus: EnrolmentStatus.PENDING,
            fromTier: null,
            toTier: null,
            schemeYear,
            changedBy: SYSTEM,
            changedAt: now,
          });
        }
        for (const year of chunkYears.get(personId)!) {
          const found = standardOf(scheme, year);
          if (!found || (!opts.newPeople && subsidised.has(`${personId}:${scheme}:${year}`))) continue;
          subsidies.push({
            id: newId(),
            personId,
            townshipCode,
            scheme,
            year,
            standardFen: found.standard.standardFen,
            dueOn: dueOnOf(year, found.standard, registeredOn),
            paidFen: 0,
            paidOn: null,
            fullyPaid: false,
            paidLate: false,
            policyVersionId: found.version.id,
            version: 1,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
    }
    await insertRows(em, Enrolment, enrolments);
    await insertRows(em, EnrolmentChange, changes);
    await insertRows(em, PremiumSubsidy, subsidies);
    created.enrolments.push(...enrolments);
    created.subsidies.push(...subsidies);
  }
  return created;
}

export class EnrolmentService {
  constructor(private readonly ctx: SocialSecurityContext) {}

  listEnrolments(
    filter: EnrolmentsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Enrolment>> {
    const identity = requireIdentity(this.ctx);
    const where: FilterQuery<Enrolment> = {
      ...townshipScope(identity, "townshipCode", filter?.townshipCodes),
      ...(filter?.scheme ? { scheme: filter.scheme } : {}),
      ...(filter?.status ? { status: filter.status } : {}),
    };
    return paginate(this.ctx.em, Enrolment, where, page, [{ field: "id", direction: "ASC" }]);
  }

  /** The filter of the subsidy list and ledger; the state follows `subsidyState` on `asOf`. */
  subsidyWhere(filter: SubsidiesFilter | null | undefined): FilterQuery<PremiumSubsidy> {
    const identity = requireIdentity(this.ctx);
    const asOf = filter?.asOf ?? businessDate();
    return {
      ...townshipScope(identity, "townshipCode", filter?.townshipCodes),
      ...(filter?.scheme ? { scheme: filter.scheme } : {}),
      ...(filter?.year ? { year: filter.year } : {}),
      ...(filter?.state ? stateFilter(filter.state, asOf) : {}),
    } as FilterQuery<PremiumSubsidy>;
  }

  listSubsidies(
    filter: SubsidiesFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<PremiumSubsidy>> {
    return paginate(this.ctx.em, PremiumSubsidy, this.subsidyWhere(filter), page, [
      { field: "id", direction: "ASC" },
    ]);
  }

  /** 参保登记 Records a person's enrolment; only the centre owning the scheme writes it. */
  async recordEnrolment(input: RecordEnrolmentInput): Promise<Enrolment> {
    const identity = requireIdentity(this.ctx);
    assertOwnsScheme(identity, input.scheme);
    const today = businessDate();
    const v = new InputCheck();
    v.that(input.schemeYear >= 2000 && input.schemeYear <= 2100, "schemeYear", {
      zh: "参保年度无效",
      en: "schemeYear must be a year between 2000 and 2100",
    });
    if (input.contributionTier != null)
      v.that(input.contributionTier >= 1 && input.contributionTier <= 20, "contributionTier", {
        zh: "缴费档次应在1到20之间",
        en: "contributionTier must be between 1 and 20",
      });
    v.pastDate(input.enrolledOn, "enrolledOn", { zh: "参保日期", en: "enrolledOn" }, today);
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const e = await loadForWrite(
        em,
        identity,
        Enrolment,
        { personId: input.personId, scheme: input.scheme },
        {
          what: { zh: "参保记录", en: "enrolment" },
          version: input.version,
          missing: () =>
            badInput("input.personId", {
              zh: "该人员没有此险种的参保记录",
              en: `person ${input.personId} has no ${input.scheme} enrolment; is the person registered?`,
            }),
        },
      );
      const tier = input.contributionTier ?? null;
      const changed =
        e.status !== input.status ||
        (e.contributionTier ?? null) !== tier ||
        e.schemeYear !== input.schemeYear;
      if (changed)
        em.create(EnrolmentChange, {
          enrolmentId: e.id,
          personId: e.personId,
          townshipCode: e.townshipCode,
          scheme: e.scheme,
          fromStatus: e.status,
          toStatus: input.status,
          fromTier: e.contributionTier ?? null,
          toTier: tier,
          schemeYear: input.schemeYear,
          changedBy: identity.sub,
        });
      await audited(em, this.ctx, "recordEnrolment", e, (row) => {
        row.status = input.status;
        row.schemeYear = input.schemeYear;
        row.contributionTier = tier;
        if (input.status === EnrolmentStatus.ENROLLED)
          row.enrolledOn = input.enrolledOn ?? row.enrolledOn ?? today;
      });
      if (changed) publishEnrolment(this.ctx.outbox, em, e);
      return e;
    });
  }

  /** 补贴到账 Records the subsidy money that arrived (total so far, latest date). */
  async recordSubsidyPayment(input: RecordSubsidyPaymentInput): Promise<PremiumSubsidy> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    return this.ctx.em.transactional(async (em) => {
      const s = await loadForWrite(em, identity, PremiumSubsidy, input.subsidyId, {
        what: { zh: "缴费补贴", en: "subsidy" },
        version: input.version,
      });
      assertOwnsScheme(identity, s.scheme);
      const v = new InputCheck();
      v.fen(input.paidFen, "paidFen", { zh: "到账金额", en: "paidFen" });
      v.that(input.paidFen <= s.standardFen, "paidFen", {
        zh: `到账金额不能超过补贴标准 ${yuan(s.standardFen)}`,
        en: `paidFen cannot exceed the standard of ${yuan(s.standardFen)}`,
      });
      v.pastDate(input.paidOn, "paidOn", { zh: "到账日期", en: "paidOn" }, today);
      // Dates follow the facts (issue 9 item 13): the subsidy is for a registered poor person, so
      // money cannot have arrived for it before the registration.
      const facts = await em.findOne(PersonFacts, { personId: s.personId }, { fields: ["registeredOn"] });
      if (facts)
        v.that(input.paidOn >= facts.registeredOn, "paidOn", {
          zh: `到账日期不能早于建档立卡日期 ${facts.registeredOn}`,
          en: `paidOn cannot be before the person's registration on ${facts.registeredOn}`,
        });
      v.done();
      await audited(em, this.ctx, "recordSubsidyPayment", s, (row) => {
        row.paidFen = input.paidFen;
        row.paidOn = input.paidOn;
        row.fullyPaid = input.paidFen === row.standardFen;
        row.paidLate = input.paidOn > row.dueOn;
      });
      this.ctx.outbox.add(em, SubsidyPaid, {
        subsidyId: s.id,
        personId: s.personId,
        townshipCode: s.townshipCode,
        scheme: s.scheme,
        year: s.year,
        standardFen: Number(s.standardFen),
        paidFen: Number(s.paidFen),
        paidOn: s.paidOn!,
        dueOn: s.dueOn,
        onTimeAndInFull: s.fullyPaid && !s.paidLate,
      });
      return s;
    });
  }
}

/** A subsidy state on a date as a filter; mirrors `subsidyState` through the stored flags. */
function stateFilter(state: SubsidyState, asOf: string): Record<string, unknown> {
  switch (state) {
    case SubsidyState.ON_TIME_IN_FULL:
      return { fullyPaid: true, paidLate: false };
    case SubsidyState.LATE:
      return { fullyPaid: true, paidLate: true };
    case SubsidyState.NOT_YET_DUE:
      return { fullyPaid: false, dueOn: { $gte: asOf } };
    case SubsidyState.UNPAID:
      return { fullyPaid: false, paidFen: 0, dueOn: { $lt: asOf } };
    case SubsidyState.SHORT:
      return { fullyPaid: false, paidFen: { $gt: 0 }, dueOn: { $lt: asOf } };
  }
}

/** `enrolment.changed`: an obligation was created or its status, tier or year changed (R-SS-2). */
export function publishEnrolment(outbox: Outbox, em: EntityManager, e: Enrolment): void {
  outbox.add(em, EnrolmentChanged, {
    enrolmentId: e.id,
    personId: e.personId,
    townshipCode: e.townshipCode,
    scheme: e.scheme,
    schemeYear: e.schemeYear,
    status: e.status,
    contributionTier: e.contributionTier ?? null,
  });
}
