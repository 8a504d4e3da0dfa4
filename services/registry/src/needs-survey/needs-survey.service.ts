import type { EntityManager } from "@mikro-orm/core";
import { audited, businessDate, InputCheck, loadForWrite, requireIdentity } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { personFacts, publishPersonChange } from "../person/person.events";
import { auditView } from "../person/person.service";
import { NeedsSurveyed } from "@pa/events";
import { NeedsSurvey } from "./needs-survey.entity";
import type { RecordNeedsSurveyInput } from "./needs-survey.inputs";

export class NeedsSurveyService {
  constructor(private readonly ctx: RegistryContext) {}

  /**
   * 调查摸底 Records what a person needs (R-REQ-2), by a clerk of the person's township or the
   * poverty office. The latest survey is the person's current need: it sets `willingToWork`,
   * `willingToTrain` and `entrepreneurshipIntention` in the same transaction (a new version and
   * `person.updated` when one of them changed), so every department's reaction and every target
   * count follows it. A survey dated before the latest one on record is kept as history but changes
   * nothing: an old form typed in late must not override a newer answer. Of two surveys on one day
   * the one recorded last wins (the order `latestNeedsSurvey` shows).
   */
  async record(input: RecordNeedsSurveyInput): Promise<NeedsSurvey> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const surveyedOn = input.surveyedOn ?? today;
    const v = new InputCheck();
    v.pastDate(surveyedOn, "surveyedOn", { zh: "调查日期", en: "surveyedOn" }, today);
    if (input.note != null)
      v.that(input.note.length <= 2000, "note", {
        zh: "备注不能超过2000个字符",
        en: "the note must be at most 2000 characters",
      });
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const person = await loadForWrite(em, identity, Person, input.personId, {
        what: { zh: "人员", en: "person" },
      });
      const survey = await audited(em, this.ctx, "recordNeedsSurvey", () =>
        em.create(NeedsSurvey, {
          personId: person.id,
          surveyedOn,
          surveyedBy: identity.name,
          surveyorUnit: identity.unit,
          needsWork: input.needsWork,
          needsTraining: input.needsTraining,
          needsEntrepreneurship: input.needsEntrepreneurship,
          note: input.note?.trim() || null,
        }),
      );
      const newer = await em.count(NeedsSurvey, {
        personId: person.id,
        surveyedOn: { $gt: survey.surveyedOn },
      });
      if (newer === 0) await this.applyAsCurrentNeed(em, person, survey);
      this.ctx.outbox.add(em, NeedsSurveyed, {
        surveyId: survey.id,
        personId: person.id,
        townshipCode: person.townshipCode,
        village: person.village,
        surveyedOn: survey.surveyedOn,
        needsWork: survey.needsWork,
        needsTraining: survey.needsTraining,
        needsEntrepreneurship: survey.needsEntrepreneurship,
      });
      return survey;
    });
  }

  /** The survey's answers become the person's willingness flags (R-REQ-2). */
  private async applyAsCurrentNeed(em: EntityManager, person: Person, survey: NeedsSurvey): Promise<void> {
    const next = {
      willingToWork: survey.needsWork,
      willingToTrain: survey.needsTraining,
      entrepreneurshipIntention: survey.needsEntrepreneurship,
    };
    if ((Object.keys(next) as (keyof typeof next)[]).every((k) => person[k] === next[k])) return;
    const household = await em.findOneOrFail(Household, { id: person.householdId });
    const before = personFacts(person, household);
    await audited(em, this.ctx, { action: "recordNeedsSurvey", view: auditView }, person, (p) => {
      Object.assign(p, next);
    });
    publishPersonChange(this.ctx, em, "updated", person, household, before);
  }
}
