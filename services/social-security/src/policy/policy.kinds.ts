import { PolicyCatalog, policyGraphQL, Unit } from "@pa/service-kit";
import { PolicyKind } from "./policy.enums";
import { assertOwnsKind } from "../common/ownership";
import { MedicalParametersSchema, PensionParametersSchema } from "./policy.parameters";

/**
 * 政策参数 Social security's policy kinds (R-PRIN-2): the kit keeps the versions, their adoption
 * and the version in force on a date; this service holds only what each kind's parameters are.
 */
export const policies = new PolicyCatalog(
  {
    [PolicyKind.MEDICAL]: {
      label: { zh: "医疗保险", en: "medical" },
      owner: Unit.MedicalCentre,
      parameters: MedicalParametersSchema,
    },
    [PolicyKind.PENSION]: {
      label: { zh: "养老保险", en: "pension" },
      owner: Unit.PensionCentre,
      parameters: PensionParametersSchema,
    },
  },
  { assertOwner: assertOwnsKind },
);

/** `policyVersions`, `savePolicyVersion`, `adoptPolicyVersion` and their types. */
export const { PolicyVersionType, PolicyVersionResolver } = policyGraphQL({
  catalog: policies,
  typeName: "PolicyVersion",
  kindEnum: PolicyKind,
  statusEnumName: "PolicyStatus",
  description: "政策参数版本 Policy version (versioned parameters with a valid-from date)",
});
