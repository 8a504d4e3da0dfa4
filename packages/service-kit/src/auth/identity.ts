import { z } from "zod";

/** Organisational units of the bureau and its partners (REQUIREMENTS.md, "Who owns what"). */
export const Unit = {
  PovertyOffice: "poverty-office",
  TownshipCentre: "township-centre",
  HrCentre: "hr-centre",
  MedicalCentre: "medical-centre",
  PensionCentre: "pension-centre",
  Bureau: "bureau",
} as const;
export type Unit = (typeof Unit)[keyof typeof Unit];
export const UNITS = Object.values(Unit) as [Unit, ...Unit[]];

/** viewer reads; clerk and manager also write what their unit owns. */
export const Role = { Viewer: "viewer", Clerk: "clerk", Manager: "manager" } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role) as [Role, ...Role[]];

/** The claims of a token, checked on every request by the gateway and again by each subgraph. */
export const ClaimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  unit: z.enum(UNITS),
  roles: z.array(z.enum(ROLES)).min(1),
  /** Township codes the user is limited to; empty means all townships. */
  townships: z.array(z.string()).default([]),
});

export interface Identity {
  sub: string;
  name: string;
  unit: Unit;
  roles: Role[];
  /** Empty: every township. */
  townships: string[];
}

/** Whether the user may see whole ID-card and phone numbers (the register's own staff). */
export function maySeePersonalData(identity: Identity | null): boolean {
  if (!identity) return false;
  const ownersOfRegister: Unit[] = [Unit.PovertyOffice, Unit.TownshipCentre];
  return ownersOfRegister.includes(identity.unit) && identity.roles.some((r) => r !== Role.Viewer);
}

export function canWrite(identity: Identity): boolean {
  return identity.roles.includes(Role.Clerk) || identity.roles.includes(Role.Manager);
}
