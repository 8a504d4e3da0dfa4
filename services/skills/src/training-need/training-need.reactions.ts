import type { EntityManager } from "@mikro-orm/core";
import { bulkInsertAudited, chunks, newRow, type ServiceContext } from "@pa/service-kit";
import { TrainingNeed } from "./training-need.entity";
import { TrainingNeedStatus } from "./training-need.enums";

/** The system's name as a need's opener or closer. */
export const SYSTEM = "system";

/** 不再需要 Why the service closed a need (R-REQ-2: the latest survey is the current need). */
export const NOT_NEEDED_REASON =
  "本人已无培训意愿（建档立卡信息或需求调查更新） The person no longer wants training (the registry's latest facts or needs survey)";

/** 已完成培训 Why a need is met. */
export const MET_REASON = "已完成培训 Completed a training";

/** One need to open. */
export interface NeedToOpen {
  personId: string;
  townshipCode: string;
  on: string;
  /** The date of an enrolment already held (the person is then not on the gap list). */
  enrolledOn: string | null;
  audit: Pick<ServiceContext, "identity" | "requestId">;
}

/**
 * Opens needs for people known to have no open one: one multi-row insert of the needs and one of
 * their audit entries (the kit's `bulkInsertAudited`), in the caller's transaction.
 */
export async function openNeeds(em: EntityManager, items: readonly NeedToOpen[]): Promise<TrainingNeed[]> {
  const rows = items.map((i) =>
    newRow(TrainingNeed, {
      personId: i.personId,
      townshipCode: i.townshipCode,
      status: TrainingNeedStatus.OPEN,
      openKey: i.personId,
      openedOn: i.on,
      enrolledOn: i.enrolledOn,
    }),
  );
  await bulkInsertAudited(em, rows, { action: "openTrainingNeed", ctx: (_, i) => items[i]!.audit });
  return rows;
}

/**
 * Marks the open needs of these people NOT_NEEDED on `on` (never before a need opened), with the
 * reason: one native update per chunk; nothing is deleted (R-PRIN-1).
 */
export async function markNeedsNotNeeded(
  em: EntityManager,
  personIds: readonly string[],
  on: string,
): Promise<void> {
  for (const chunk of chunks(personIds))
    await em.nativeUpdate(
      TrainingNeed,
      { personId: { $in: chunk }, status: TrainingNeedStatus.OPEN },
      { status: TrainingNeedStatus.NOT_NEEDED, openKey: null, closedOn: on, closeReason: NOT_NEEDED_REASON },
    );
}
