import { Role, Unit, type Identity } from "@pa/service-kit";
import { testUser } from "./tokens";

/** The callers of one unit: each role bureau-wide, and each role limited to some townships. */
export interface UnitCallers {
  viewer(): Identity;
  clerk(): Identity;
  manager(): Identity;
  viewerIn(...townships: string[]): Identity;
  clerkIn(...townships: string[]): Identity;
  managerIn(...townships: string[]): Identity;
}

function unitCallers(unit: Unit): UnitCallers {
  const as = (role: Role, townships: string[]) => testUser({ unit, roles: [role], townships });
  return {
    viewer: () => as(Role.Viewer, []),
    clerk: () => as(Role.Clerk, []),
    manager: () => as(Role.Manager, []),
    viewerIn: (...t) => as(Role.Viewer, t),
    clerkIn: (...t) => as(Role.Clerk, t),
    managerIn: (...t) => as(Role.Manager, t),
  };
}

/**
 * The test callers, one set per unit and role: `callers.hrCentre.clerk()`,
 * `callers.townshipCentre.clerkIn(T1)`, `callers.bureau.viewer()`. Each call is a new identity
 * (its own `sub`), signed by the GraphQL client with the test token settings.
 */
export const callers = {
  povertyOffice: unitCallers(Unit.PovertyOffice),
  townshipCentre: unitCallers(Unit.TownshipCentre),
  hrCentre: unitCallers(Unit.HrCentre),
  medicalCentre: unitCallers(Unit.MedicalCentre),
  pensionCentre: unitCallers(Unit.PensionCentre),
  bureau: unitCallers(Unit.Bureau),
} satisfies Record<string, UnitCallers>;
