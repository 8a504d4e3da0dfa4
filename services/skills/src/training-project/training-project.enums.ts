import { registerEnumType } from "type-graphql";

/** 培训课程类别 What a training project teaches (R-SKL-2). */
export enum CourseKind {
  OCCUPATION = "OCCUPATION",
  SPECIAL_ABILITY = "SPECIAL_ABILITY",
}
registerEnumType(CourseKind, {
  name: "TrainingCourseKind",
  description: "培训课程类别 Course kind",
  valuesConfig: {
    OCCUPATION: { description: "职业（工种）培训 Occupation training" },
    SPECIAL_ABILITY: {
      description: "专项职业能力培训（如大棚蔬菜种植、大棚育苗） Special vocational ability course",
    },
  },
});

/** 培训形式 短平快 formats (R-SKL-2). */
export enum TrainingFormat {
  CLASSROOM = "CLASSROOM",
  MASTER_APPRENTICE = "MASTER_APPRENTICE",
  CAPABLE_PERSON_APPRENTICE = "CAPABLE_PERSON_APPRENTICE",
  ONE_TO_ONE = "ONE_TO_ONE",
}
registerEnumType(TrainingFormat, {
  name: "TrainingFormat",
  description: "培训形式 Training format",
  valuesConfig: {
    CLASSROOM: { description: "集中授课 Classroom" },
    MASTER_APPRENTICE: { description: "师傅带徒 Master-apprentice" },
    CAPABLE_PERSON_APPRENTICE: { description: "能人带徒 Capable-person apprentice" },
    ONE_TO_ONE: { description: "一对一 One-to-one" },
  },
});

/** The formats whose trainees are apprentices (a master, a period, monthly check-ins). */
export function isApprenticeship(format: TrainingFormat): boolean {
  return format === TrainingFormat.MASTER_APPRENTICE || format === TrainingFormat.CAPABLE_PERSON_APPRENTICE;
}
