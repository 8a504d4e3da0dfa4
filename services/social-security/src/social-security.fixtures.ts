import { newId } from "@pa/service-kit";
import { callers, T1, type ServiceHarness } from "@pa/testing";
import { applyPersonFacts, type PersonFactsInput } from "./person/person-facts.projection";
import { PovertyStatus } from "@pa/events";
import { testParameters } from "./settlement/settlement.fixtures";

/** Medical parameters of the specs: the engine's test settlement policy, burden above 5000 元 or 20%. */
export function medicalParams(
  over: Parameters<typeof testParameters>[0] = {},
  rest: { premiumSubsidy?: Record<string, unknown> | null } = {},
) {
  return {
    settlement: testParameters(over),
    burden: { outOfPocketAboveFen: 500_000, outOfPocketShareAboveBp: 2000 },
    premiumSubsidy: { standardFen: 22_000, dueMonthDay: "03-31" },
    ...rest,
  };
}

export function pensionParams(over: Record<string, unknown> = {}) {
  return {
    backPaymentFen: 120_000,
    monthlyBenefitFen: 15_500,
    premiumSubsidy: { standardFen: 10_000, dueMonthDay: "06-30" },
    ...over,
  };
}

export const SAVE_POLICY = /* GraphQL */ `
  mutation Save($input: SavePolicyVersionInput!) {
    savePolicyVersion(input: $input) {
      id
      version
      status
      kind
      validFrom
    }
  }
`;
export const ADOPT_POLICY = /* GraphQL */ `
  mutation Adopt($input: AdoptPolicyVersionInput!) {
    adoptPolicyVersion(input: $input) {
      id
      version
      status
    }
  }
`;

/** Saves and (unless `draft`) adopts a policy version as the owning centre; returns its id. */
export async function seedPolicy(
  h: ServiceHarness,
  kind: "MEDICAL" | "PENSION",
  validFrom: string,
  parameters: object,
  opts: { draft?: boolean; name?: string } = {},
): Promise<string> {
  const as = kind === "MEDICAL" ? callers.medicalCentre.clerk() : callers.pensionCentre.clerk();
  const saved = await h.ok<{ savePolicyVersion: { id: string; version: number } }>(
    SAVE_POLICY,
    { input: { kind, name: opts.name ?? `${kind} ${validFrom}`, validFrom, parameters } },
    { as },
  );
  if (!opts.draft)
    await h.ok(
      ADOPT_POLICY,
      { input: { id: saved.savePolicyVersion.id, version: saved.savePolicyVersion.version } },
      { as },
    );
  return saved.savePolicyVersion.id;
}

/** A person the registry would have published, applied to the projection. */
export async function seedPerson(
  h: ServiceHarness,
  over: Partial<PersonFactsInput> = {},
  today = "2019-02-01",
): Promise<PersonFactsInput> {
  const facts: PersonFactsInput = {
    personId: newId(),
    version: 1,
    townshipCode: T1,
    birthDate: "1970-05-17",
    povertyStatus: PovertyStatus.enum.REGISTERED,
    registeredOn: "2016-03-01",
    exitedOn: null,
    ...over,
  };
  await applyPersonFacts(h.app.orm.em.fork(), facts, { today });
  return facts;
}
