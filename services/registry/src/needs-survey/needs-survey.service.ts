import { audited, businessDate, InputCheck, loadForWrite, requireIdentity } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Person } from "../person/person.entity";
import { NeedsSurveyed } from "@pa/events";
import { NeedsSurvey } from "./needs-survey.entity";
import type { RecordNeedsSurveyInput } from "./needs-survey.inputs";

export class NeedsSurveyService {
  constructor(private readonly ctx: RegistryContext) {}

  /** 调查摸底 Records what a person needs (R-REQ-2), by a clerk of the person's township or the poverty office. */
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
}
