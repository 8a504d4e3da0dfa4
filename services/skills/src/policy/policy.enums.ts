import { registerEnumType } from "type-graphql";

/** 政策类别 The skills service's versioned policy data (R-PRIN-2). */
export enum SkillsPolicyKind {
  TRAINING_SUBSIDY = "TRAINING_SUBSIDY",
  TRAINING_EFFECT = "TRAINING_EFFECT",
}
registerEnumType(SkillsPolicyKind, {
  name: "SkillsPolicyKind",
  description: "技能扶贫政策类别 Skills policy kind",
  valuesConfig: {
    TRAINING_SUBSIDY: {
      description:
        "培训补贴标准与结业条件（最高单价、出勤率、考核、部分出勤补贴） Price cap and completion rule (R-SKL-1, R-SKL-2)",
    },
    TRAINING_EFFECT: { description: "培训实效统计口径（结业后就业期限） How effect is counted (R-SKL-2)" },
  },
});
