import { registerEnumType } from "type-graphql";
import { Scheme } from "../enrolment/enrolment.enums";

/** 政策类别 Which centre's parameters a policy version holds. */
export enum PolicyKind {
  MEDICAL = "MEDICAL",
  PENSION = "PENSION",
}
registerEnumType(PolicyKind, {
  name: "PolicyKind",
  description: "政策类别 Policy kind (medical: medical-centre; pension: pension-centre)",
  valuesConfig: {
    MEDICAL: { description: "医疗保险政策（结算、负担通报、医保缴费补贴） Medical" },
    PENSION: { description: "养老保险政策（补缴、待遇、养老缴费补贴） Pension" },
  },
});

/** The scheme each centre writes (REQUIREMENTS.md, "Who owns what"). */
export const SCHEME_KIND: Record<Scheme, PolicyKind> = {
  [Scheme.RESIDENT_PENSION]: PolicyKind.PENSION,
  [Scheme.RESIDENT_MEDICAL]: PolicyKind.MEDICAL,
};
