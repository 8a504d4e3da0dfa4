import { personActivityResolver } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { factsLoader } from "./person.loaders";
import { Person } from "./person.stub";

/**
 * `Person.socialSecurityActivity`: what the medical and pension centres recorded about the person
 * and who did it (一人一档's timeline), from the audit trail through the kit.
 */
export const PersonActivityResolver = personActivityResolver<Person, SocialSecurityContext>({
  person: Person,
  field: "socialSecurityActivity",
  description:
    "社保经办记录（镇街范围外为空，新→旧） What the social-security centres recorded about the person and who; null outside your townships",
  actions: {
    recordEnrolment: "记录参保",
    recordSubsidyPayment: "记录代缴保费",
    settleClaim: "医疗费用结算",
    identifyPensioner: "列入养老待遇台账",
    "pension.": "办理养老待遇",
  },
  // The facts loader already leaves out people outside the caller's townships.
  townshipOf: async (ctx, person) => (await factsLoader(ctx).load(person.id))?.townshipCode,
});
