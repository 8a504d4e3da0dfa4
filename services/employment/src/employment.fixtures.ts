import { newId, type Dialect } from "@pa/service-kit";
import { callers, startServiceHarness, T1, type ServiceHarness } from "@pa/testing";
import { createEmploymentApp } from "./app";
import { adoptPlanPolicies } from "./policy/policy.plan";
import { applyPersonFacts, type PersonFactsPayload } from "./person/person-facts.projection";
import { applyTownship } from "./township/township.service";

export interface EmploymentHarness extends ServiceHarness {
  /** Feeds the township projection as the registry's events would. */
  township(code: string, concentrated?: boolean, name?: string): Promise<void>;
  /**
   * Feeds a person into the projection as the registry's events would, registered on `on` (default
   * 2018-03-01); returns the person id.
   */
  person(over?: Partial<PersonFactsPayload>, on?: string): Promise<string>;
  /** Applies facts as a later registry event would. */
  facts(facts: PersonFactsPayload, on?: string): Promise<{ applied: boolean; caseOpened: boolean }>;
}

/** The employment app on a fresh database, signed in as an hr-centre clerk by default. */
export async function startEmployment(dialect: Dialect, label: string): Promise<EmploymentHarness> {
  const h = await startServiceHarness(createEmploymentApp, {
    dialect,
    label,
    user: callers.hrCentre.clerk(),
  });
  // The 2018–2020 plan's targets and offers, adopted as an hr-centre clerk would.
  await adoptPlanPolicies({
    em: h.app.orm.em.fork(),
    identity: callers.hrCentre.clerk(),
    requestId: `fixtures-${label}`,
  });
  const facts = async (f: PersonFactsPayload, on?: string) => {
    const em = h.app.orm.em.fork();
    const r = await em.transactional((tx) => applyPersonFacts(tx, f, on ? { on } : {}));
    return { applied: r.applied, caseOpened: r.caseOpened != null };
  };
  return {
    ...h,
    async township(code, concentrated = false, name = `镇街${code.slice(-3)}`) {
      const em = h.app.orm.em.fork();
      await em.transactional((tx) => applyTownship(tx, { code, name, concentrated }));
    },
    async person(over = {}, on) {
      const personId = over.personId ?? newId();
      // Registered on the day given (the case opens on it), else on the fixture's default.
      await facts({ ...personFacts(personId), ...(on ? { registeredOn: on } : {}), ...over, personId }, on);
      return personId;
    },
    facts,
  };
}

/** Registry facts of a person with capacity and willingness to work (eligible for a case). */
export function personFacts(personId: string, over: Partial<PersonFactsPayload> = {}): PersonFactsPayload {
  return {
    personId,
    version: 1,
    townshipCode: T1,
    birthDate: "1980-05-17",
    laborCapacity: "FULL",
    willingToWork: true,
    willingToTrain: false,
    povertyStatus: "REGISTERED",
    registeredOn: "2018-03-01",
    ...over,
  };
}

export const OPEN_POST = /* GraphQL */ `
  mutation OpenPost($input: OpenPostInput!) {
    openPost(input: $input) {
      id
      version
      townshipCode
      openedOn
    }
  }
`;

export const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceInPostInput!) {
    placeInPost(input: $input) {
      id
      version
      postId
      personId
      startOn
    }
  }
`;

export const RECORD_OFFER = /* GraphQL */ `
  mutation Offer($input: RecordJobOfferInput!) {
    recordJobOffer(input: $input) {
      id
      personId
      outcome
      monthlyWageFen
    }
  }
`;

export function postInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "村道保洁员",
    typeCode: "CLEANING",
    townshipCode: T1,
    village: "东山村",
    monthlyAllowanceFen: 100_000,
    openedOn: "2019-01-01",
    ...over,
  };
}

export function offerInput(personId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    personId,
    employer: "恒达服饰有限公司",
    position: "缝纫工",
    monthlyWageFen: 300_000,
    channel: "VILLAGE_DELIVERY",
    offeredOn: "2020-05-01",
    ...over,
  };
}
