import { buildFederatedSchema } from "@pa/service-kit";
import { AssistanceCaseResolver } from "./assistance-case/assistance-case.resolver";
import { JobFairResolver } from "./job-fair/job-fair.resolver";
import { JobOfferResolver } from "./job-offer/job-offer.resolver";
import { PersonActivityResolver } from "./person/person-activity.resolver";
import { PersonEmploymentResolver, PersonResolver } from "./person/person.resolver";
import { Person } from "./person/person.stub";
import { PlacementResolver } from "./placement/placement.resolver";
import { PostPlacementResolver, PostResolver } from "./post/post.resolver";
import { EmploymentProjectResolver } from "./project/project.resolver";
import { EmploymentPolicyVersionResolver } from "./policy/policy.kinds";
import { TargetResolver } from "./target/target.resolver";
import { TownshipEmploymentResolver, TownshipResolver } from "./township/township.resolver";
import { Township } from "./township/township.stub";

/**
 * The employment subgraph (三(一) 就业扶贫, R-EMP-1..4): owns posts, projects, cases, offers,
 * placements and fairs; extends `Person` with `employment` and `Township` with `employment`.
 */
export function buildEmploymentSchema() {
  return buildFederatedSchema({
    resolvers: [
      PostResolver,
      PostPlacementResolver,
      EmploymentProjectResolver,
      AssistanceCaseResolver,
      JobOfferResolver,
      PlacementResolver,
      JobFairResolver,
      TargetResolver,
      EmploymentPolicyVersionResolver,
      PersonResolver,
      PersonEmploymentResolver,
      PersonActivityResolver,
      TownshipResolver,
      TownshipEmploymentResolver,
    ],
    orphanedTypes: [Person, Township],
    referenceResolvers: {
      // Key-only stubs: the fields this service adds resolve from the key, in batches.
      Person: (ref) => ({ id: String(ref.id) }),
      Township: (ref) => ({ code: String(ref.code) }),
    },
  });
}
