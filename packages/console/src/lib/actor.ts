import { graphql } from "../gql";
import type { ActivityActorFragment as ActivityEntryActor } from "../gql/graphql";
import { ROLE_LABELS, UNIT_LABELS, type Role, type Unit } from "../auth/identity";

/**
 * 经办 — who did something, as the console shows it everywhere (the dossier's timeline and its
 * panels' 经办 columns): from a service's audit trail (`Person.*Activity`, the kit's audit entries
 * with the actor's unit, roles and name as the token gave them), never the bare user id a record
 * keeps (`recordedBy`, `settledBy`).
 */
export const ActivityActorFragment = graphql(`
  fragment ActivityActor on ActivityEntry {
    id
    action
    entityName
    entityId
    actorId
    actorName
    actorUnit
    actorRoles
  }
`);

type Actor = Pick<ActivityEntryActor, "actorUnit" | "actorRoles" | "actorName" | "actorId">;

/** Who did it, in Chinese: unit, roles and (where the token gave one) name; the system says so. */
export function actorOf(e: Actor): string {
  if (e.actorUnit === "system") return "系统自动处理";
  const unit = UNIT_LABELS[e.actorUnit as Unit] ?? e.actorUnit;
  const roles = e.actorRoles.map((r) => ROLE_LABELS[r as Role] ?? r).join("、");
  return [unit, roles, e.actorName ?? e.actorId].filter(Boolean).join(" · ");
}

/**
 * Who did `action` to the row `entityName`/`entityId`, from a service's audit trail of the person
 * (newest first, so a corrected record names the last one who did it); `fallback` (the user id the
 * record keeps) when the trail has no such entry.
 */
export function actorFor(
  trail: readonly ActivityEntryActor[] | null | undefined,
  row: { entityName: string; entityId: string; action: string },
  fallback: string,
): string {
  const entry = (trail ?? []).find(
    (e) => e.entityName === row.entityName && e.entityId === row.entityId && e.action === row.action,
  );
  return entry ? actorOf(entry) : fallback;
}
