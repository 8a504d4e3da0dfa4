import { registerEnumType } from "type-graphql";

/** 报名状态 Where a trainee stands in a project (R-SKL-2). */
export enum EnrolmentStatus {
  ENROLLED = "ENROLLED",
  COMPLETED = "COMPLETED",
}
registerEnumType(EnrolmentStatus, {
  name: "TrainingEnrolmentStatus",
  description: "报名状态 Enrolment status",
  valuesConfig: {
    ENROLLED: { description: "在训 Enrolled, not (yet) completed" },
    COMPLETED: { description: "已结业（出勤与考核达标） Completed: attendance and assessment met" },
  },
});

/** 证书类别 Certificate kinds (培训实效, R-SKL-2). */
export enum CertificateType {
  VOCATIONAL_QUALIFICATION = "VOCATIONAL_QUALIFICATION",
  SKILL_LEVEL = "SKILL_LEVEL",
  SPECIAL_ABILITY = "SPECIAL_ABILITY",
  TRAINING_COMPLETION = "TRAINING_COMPLETION",
}
registerEnumType(CertificateType, {
  name: "TrainingCertificateType",
  description: "证书类别 Certificate type",
  valuesConfig: {
    VOCATIONAL_QUALIFICATION: { description: "职业资格证书 Vocational qualification" },
    SKILL_LEVEL: { description: "职业技能等级证书 Skill level certificate" },
    SPECIAL_ABILITY: { description: "专项职业能力证书 Special vocational ability certificate" },
    TRAINING_COMPLETION: { description: "培训合格证书 Training completion certificate" },
  },
});
