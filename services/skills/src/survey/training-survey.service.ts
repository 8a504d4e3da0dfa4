import type { EntityManager } from "@mikro-orm/core";
import type { EventData, NeedsSurveyed } from "@pa/events";
import { TrainingSurvey } from "./training-survey.entity";

/** Keeps the person's latest survey (the later date wins; on one date the later event). */
export async function applySurvey(em: EntityManager, s: EventData<typeof NeedsSurveyed>): Promise<void> {
  const held = await em.findOne(TrainingSurvey, { personId: s.personId });
  const values = { surveyId: s.surveyId, surveyedOn: s.surveyedOn, needsTraining: s.needsTraining };
  if (!held) em.create(TrainingSurvey, { personId: s.personId, ...values });
  else if (s.surveyedOn >= held.surveyedOn) Object.assign(held, values);
  await em.flush();
}
