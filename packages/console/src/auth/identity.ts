/**
 * Who is signed in, read from the token the gateway verifies (the console trusts it only for
 * showing menus and buttons: every subgraph authorises each request again).
 */
export const UNITS = [
  "poverty-office",
  "township-centre",
  "hr-centre",
  "medical-centre",
  "pension-centre",
  "bureau",
] as const;
export type Unit = (typeof UNITS)[number];
export const ROLES = ["viewer", "clerk", "manager"] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_LABELS: Record<Unit, string> = {
  "poverty-office": "扶贫办",
  "township-centre": "镇街人社服务中心",
  "hr-centre": "人力资源服务中心",
  "medical-centre": "医保中心",
  "pension-centre": "城乡居民养老保险中心",
  bureau: "人社局",
};
export const ROLE_LABELS: Record<Role, string> = { viewer: "查看", clerk: "经办", manager: "负责人" };

export interface Identity {
  sub: string;
  name: string;
  unit: Unit;
  roles: Role[];
  /** Empty: every township. */
  townships: string[];
}

/** The register's owners (poverty office and township centres) write people and households. */
export const REGISTER_WRITERS: Unit[] = ["poverty-office", "township-centre"];

/** 脱贫 is the poverty office's decision (registry README, issue 9 item 18): only it records exits. */
export const EXIT_DECIDERS: Unit[] = ["poverty-office"];

/** Whether the caller may write what one of `units` owns (a viewer never does). */
export function canWrite(identity: Identity | null, ...units: Unit[]): boolean {
  if (!identity) return false;
  const writes = identity.roles.includes("clerk") || identity.roles.includes("manager");
  return writes && units.includes(identity.unit);
}
