import { buildFederatedSchema } from "@pa/service-kit";
import { EnrolmentResolver, PremiumSubsidyResolver } from "./enrolment/enrolment.resolver";
import { PensionResolver } from "./pension/pension.resolver";
import { PersonActivityResolver } from "./person/person-activity.resolver";
import { PersonSocialSecurityFieldResolver, PersonSocialSecurityResolver } from "./person/person.resolver";
import { Person } from "./person/person.stub";
import { PolicyVersionResolver } from "./policy/policy.kinds";
import { ScreeningResolver } from "./screening/screening.resolver";
import { SettlementResolver } from "./settlement/settlement.resolver";

/** The social-security subgraph: extends `Person` with `socialSecurity` (R-SS-1..6, R-TGT-4). */
export function buildSocialSecuritySchema() {
  return buildFederatedSchema({
    resolvers: [
      SettlementResolver,
      PolicyVersionResolver,
      EnrolmentResolver,
      PremiumSubsidyResolver,
      ScreeningResolver,
      PensionResolver,
      PersonSocialSecurityFieldResolver,
      PersonSocialSecurityResolver,
      PersonActivityResolver,
    ],
    orphanedTypes: [Person],
    referenceResolvers: {
      // Key-only stub: the registry owns the person; this service only adds `socialSecurity`.
      Person: (ref) => ({ id: String(ref.id) }),
    },
  });
}
