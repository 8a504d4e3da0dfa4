import { buildFederatedSchema, requireIdentity } from "@pa/service-kit";
import type { RegistryContext } from "./context";
import { BurdenNoticeResolver } from "./burden-notice/burden-notice.resolver";
import { HouseholdResolver } from "./household/household.resolver";
import { ImportResolver } from "./import/import.resolver";
import { NeedsSurveyResolver } from "./needs-survey/needs-survey.resolver";
import { resolvePersonReference, WITHHELD_FACTS } from "./person/person.loaders";
import { PersonActivityResolver } from "./person/person-activity.resolver";
import { PersonResolver } from "./person/person.resolver";
import { Township } from "./township/township.entity";
import { TownshipResolver } from "./township/township.resolver";

/** The registry's subgraph: owner of `Person @key(id)` and `Township @key(code)`. */
export function buildRegistrySchema() {
  return buildFederatedSchema({
    resolvers: [
      PersonResolver,
      PersonActivityResolver,
      HouseholdResolver,
      TownshipResolver,
      NeedsSurveyResolver,
      ImportResolver,
      BurdenNoticeResolver,
    ],
    // A withheld person's facts throw FORBIDDEN when read (person.loaders.ts); `householdId` is
    // not a field (the household resolver reads it).
    guardedFields: { Person: WITHHELD_FACTS.filter((f) => f !== "householdId") },
    referenceResolvers: {
      // Batched: a list of 500 people from another subgraph costs one query here.
      Person: (ref, ctx) => resolvePersonReference(ctx as RegistryContext, ref),
      Township: async (ref, ctx) => {
        requireIdentity(ctx);
        return ctx.em.findOne(Township, { code: String(ref.code) });
      },
    },
  });
}
