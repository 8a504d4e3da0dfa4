import { personActivityResolver, yuan } from "@pa/service-kit";
import { ClaimLineOutcome, ClaimLineRefusal } from "../claim/claim.enums";
import type { SkillsContext } from "../context";
import { CertificateType } from "../enrolment/enrolment.enums";
import { percent } from "../enrolment/enrolment.rules";
import { personLoaders } from "./person.loaders";
import { Person } from "./person.stub";

type After = Record<string, unknown> | null;
const text = (a: After, key: string): string => (typeof a?.[key] === "string" ? (a[key] as string) : "");
const fen = (a: After, key: string): number => (typeof a?.[key] === "number" ? (a[key] as number) : 0);

const REFUSAL: Record<ClaimLineRefusal, string> = {
  [ClaimLineRefusal.NOT_COMPLETED]: "未结业",
  [ClaimLineRefusal.NOT_REGISTERED_POOR]: "非建档立卡贫困人员",
  [ClaimLineRefusal.ALREADY_CLAIMED]: "已申领过补贴",
  [ClaimLineRefusal.NOT_ENROLLED]: "未参加本项目",
};
const CERTIFICATE: Record<CertificateType, string> = {
  [CertificateType.VOCATIONAL_QUALIFICATION]: "职业资格证书",
  [CertificateType.SKILL_LEVEL]: "职业技能等级证书",
  [CertificateType.SPECIAL_ABILITY]: "专项职业能力证书",
  [CertificateType.TRAINING_COMPLETION]: "培训合格证书",
};

/** A claim line's step for the trainee: the course, and what it pays for them. */
function claimLine(step: string) {
  return (a: After): string => {
    const course = text(a, "courseName");
    if (text(a, "outcome") === ClaimLineOutcome.PAYABLE)
      return `${step}：${course}，${yuan(fen(a, "amountFen"))}`;
    const why = REFUSAL[text(a, "refusal") as ClaimLineRefusal];
    return `${step}：${course}，本人不予补贴${why ? `（${why}）` : ""}`;
  };
}

/**
 * `Person.skillsActivity`: what the HR centre recorded about the person's training and who did it
 * (一人一档's timeline), from the audit trail through the kit: the need the system opened,
 * enrolment, each session's attendance or apprenticeship check-in, completion, certificate, and
 * each step of the institution's claim for them (R-SKL-1, R-SKL-2).
 */
export const PersonActivityResolver = personActivityResolver<Person, SkillsContext>({
  person: Person,
  field: "skillsActivity",
  description:
    "技能培训经办记录（镇街范围外为空，新→旧） What the HR centre recorded about the person's training and who; null outside your townships",
  actions: {
    openTrainingNeed: "有劳动能力和培训意愿，开立培训需求",
    enrolTrainee: "培训报名（免费）",
    recordAttendance: (a) =>
      `${a?.["present"] === true ? "培训出勤" : "培训缺勤"}：${text(a, "heldOn")} ${text(a, "topic")}`.trim(),
    recordApprenticeCheckIn: (a) => `带徒月度检查：${text(a, "month")}`,
    completeTraining: (a) =>
      `培训结业：出勤率 ${percent(fen(a, "attendanceBp"))}${a?.["assessmentPassed"] === true ? "，考核合格" : ""}`,
    recordTrainingCertificate: (a) =>
      `取得${CERTIFICATE[text(a, "type") as CertificateType] ?? "证书"}：${text(a, "number")}（${text(a, "issuingBody")}）`,
    submitTrainingClaim: claimLine("培训机构申报补贴"),
    verifyTrainingClaim: claimLine("培训补贴申请审核通过"),
    payTrainingClaim: claimLine("培训补贴已直接拨付培训机构"),
    refuseTrainingClaim: (a) => `培训补贴申请不予拨付：${text(a, "courseName")}，${text(a, "reason")}`,
  },
  townshipOf: async (ctx, person) => (await personLoaders.facts(ctx).load(person.id))?.townshipCode,
});
