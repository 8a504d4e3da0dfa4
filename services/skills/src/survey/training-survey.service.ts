import type { EntityManager } from "@mikro-orm/core";
import type { EventData, NeedsSurveyed } from "@pa/events";
import { PersonFacts } from "../person/person-facts.entity";
import { TrainingNeed } from "../training-need/training-need.entity";
import { TrainingNeedStatus } from "../training-need/training-need.enums";
import { TrainingSurvey } from "./training-survey.entity";

/**
 * Keeps the person's latest survey (the later date wins; on one date the later event), and dates
 * the need it opened from the survey (R-TGT-3, R-REQ-2). The registry records a survey's answer
 * as a `person.updated` first and the survey after it, so a need opened by that update is dated
 * the day the survey was keyed in; surveyors go door to door and clerks key the forms in later,
 * and the gap list's "longest waiting first" must count from the survey. An open need opened on
 * the day this survey was recorded (`recordedOn`) then opens on the survey's date instead — never
 * before the person's registration or the close of their previous need.
 */
export async function applySurvey(
  em: EntityManager,
  s: EventData<typeof NeedsSurveyed>,
  recordedOn: string,
): Promise<void> {
  const held = await em.findOne(TrainingSurvey, { personId: s.personId });
  const values = { surveyId: s.surveyId, surveyedOn: s.surveyedOn, needsTraining: s.needsTraining };
  const latest = !held || s.surveyedOn >= held.surveyedOn;
  if (!held) em.create(TrainingSurvey, { personId: s.personId, ...values });
  else if (latest) Object.assign(held, values);
  if (latest && s.needsTraining && s.surveyedOn < recordedOn) {
    const open = await em.findOne(TrainingNeed, {
      personId: s.personId,
      status: TrainingNeedStatus.OPEN,
      openedOn: recordedOn,
    });
    if (open) {
      const facts = await em.findOne(PersonFacts, { personId: s.personId });
      const previous = await em.find(
        TrainingNeed,
        { personId: s.personId, closedOn: { $ne: null } },
        { orderBy: { closedOn: "DESC" }, limit: 1 },
      );
      const since = [s.surveyedOn, facts?.registeredOn ?? "", previous[0]?.closedOn ?? ""].reduce((a, b) =>
        a > b ? a : b,
      );
      if (since < open.openedOn) open.openedOn = since;
    }
  }
  await em.flush();
}
