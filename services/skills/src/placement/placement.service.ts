import type { EntityManager } from "@mikro-orm/core";
import type { EventData, PersonPlaced } from "@pa/events";
import { PlacementRecord } from "./placement-record.entity";

/** Keeps a placement once (a redelivered event changes nothing). */
export async function recordPlacement(em: EntityManager, p: EventData<typeof PersonPlaced>): Promise<void> {
  await em.upsert(
    PlacementRecord,
    { placementId: p.placementId, personId: p.personId, kind: p.kind, since: p.since, createdAt: new Date() },
    { onConflictAction: "ignore" },
  );
}
