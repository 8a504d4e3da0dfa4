import { personActivityResolver } from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { personLoaders } from "./person.loaders";
import { Person } from "./person.stub";

/**
 * `Person.employmentActivity`: what the HR centre recorded about the person and who did it
 * (一人一档's timeline), from the audit trail through the kit.
 */
export const PersonActivityResolver = personActivityResolver<Person, EmploymentContext>({
  person: Person,
  field: "employmentActivity",
  description:
    "就业经办记录（镇街范围外为空，新→旧） What the HR centre recorded about the person and who; null outside your townships",
  actions: {
    openAssistanceCase: "就业帮扶立案",
    assignCaseworker: "指派帮扶责任人",
    closeAssistanceCase: "就业帮扶结案",
    markCaseNotNeeded: "无需就业帮扶，案件关闭",
    markJobReady: "培训结业，可推荐岗位",
    recordJobOffer: "记录岗位推荐",
    recordOfferOutcome: "记录推荐结果",
    recordPlacement: "记录就业安置",
    endPlacement: "结束就业安置",
    placeInPost: "安置到公益岗位",
    endPostPlacement: "结束公益岗位安置",
  },
  townshipOf: async (ctx, person) => (await personLoaders.facts(ctx).load(person.id))?.townshipCode,
});
