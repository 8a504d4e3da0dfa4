import { ForbiddenError, Unit, type Identity } from "@pa/service-kit";
import { PolicyKind, SCHEME_KIND } from "../policy/policy.enums";
import { Scheme } from "../enrolment/enrolment.enums";

/** 责任单位 The centre that writes each policy kind: 医保中心 medical, 居保中心 pension. */
export const KIND_OWNER: Record<PolicyKind, Unit> = {
  [PolicyKind.MEDICAL]: Unit.MedicalCentre,
  [PolicyKind.PENSION]: Unit.PensionCentre,
};

/** Both centres pass `@Authorized(...)`; this narrows a write to the centre that owns its part. */
export function assertOwnsKind(identity: Identity, kind: PolicyKind): void {
  const owner = KIND_OWNER[kind];
  if (identity.unit !== owner) {
    const zh =
      kind === PolicyKind.MEDICAL ? "医疗保险事项只能由医保中心办理" : "养老保险事项只能由居保中心办理";
    throw new ForbiddenError({
      zh: zh,
      en: `only ${owner} writes ${kind.toLowerCase()} records; you are ${identity.unit}`,
    });
  }
}

export function assertOwnsScheme(identity: Identity, scheme: Scheme): void {
  assertOwnsKind(identity, SCHEME_KIND[scheme]);
}

/** The scheme a centre works on (each centre owns exactly one). */
export function schemeOfUnit(unit: Unit): Scheme | null {
  if (unit === Unit.MedicalCentre) return Scheme.RESIDENT_MEDICAL;
  if (unit === Unit.PensionCentre) return Scheme.RESIDENT_PENSION;
  return null;
}

export const SS_WRITERS = [Unit.MedicalCentre, Unit.PensionCentre];
