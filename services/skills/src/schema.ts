import { buildFederatedSchema } from "@pa/service-kit";
import { TrainingClaimLineResolver, TrainingClaimResolver } from "./claim/claim.resolver";
import { TrainingEffectResolver } from "./effect/effect.resolver";
import { TrainingCertificateResolver, TrainingEnrolmentResolver } from "./enrolment/enrolment.resolver";
import { TrainingInstitutionResolver } from "./institution/institution.resolver";
import { PersonActivityResolver } from "./person/person-activity.resolver";
import { PersonResolver, PersonSkillsResolver } from "./person/person.resolver";
import { Person } from "./person/person.stub";
import { SkillsPolicyVersionResolver } from "./policy/policy.kinds";
import { TrainingNeedResolver } from "./training-need/training-need.resolver";
import { TrainingProjectResolver } from "./training-project/training-project.resolver";

/**
 * The skills subgraph (三(三) 技能扶贫, R-SKL-1, R-SKL-2, R-TGT-3): owns training institutions,
 * purchased projects, enrolments, sessions, certificates, subsidy claims and training needs;
 * extends `Person` with `skills` and `skillsActivity`.
 */
export function buildSkillsSchema() {
  return buildFederatedSchema({
    resolvers: [
      TrainingInstitutionResolver,
      TrainingProjectResolver,
      TrainingEnrolmentResolver,
      TrainingCertificateResolver,
      TrainingClaimResolver,
      TrainingClaimLineResolver,
      TrainingNeedResolver,
      TrainingEffectResolver,
      SkillsPolicyVersionResolver,
      PersonResolver,
      PersonSkillsResolver,
      PersonActivityResolver,
    ],
    orphanedTypes: [Person],
    referenceResolvers: {
      // Key-only stub: the field this service adds resolves from the key, in batches.
      Person: (ref) => ({ id: String(ref.id) }),
    },
  });
}
