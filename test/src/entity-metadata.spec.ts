import { describe, expect, test } from "vitest";
import { PersonFacts as EmploymentPersonFacts } from "../../services/employment/src/person/person-facts.entity";
import { PersonFacts as SocialSecurityPersonFacts } from "../../services/social-security/src/person/person-facts.entity";

/** The file MikroORM believes declared an entity (it keys the decorators' metadata by it). */
function declaredIn(entity: object): unknown {
  const symbol = Object.getOwnPropertySymbols(entity).find(
    (s) => s.description === "MetadataStorage.PATH_SYMBOL",
  );
  return symbol ? (entity as Record<symbol, unknown>)[symbol] : undefined;
}

// Found by the mutation fuzz, the first spec to run all three subgraphs in one process: the
// person events failed in employment ("PersonFacts.registeredOn is required") and social security
// ("PersonFacts.laborCapacity is required"), their two PersonFacts' columns merged into one.
describe("two services' entities of one class name, loaded in one process (the federation specs)", () => {
  test("each is declared in its own file, so MikroORM keeps their columns apart", () => {
    expect(declaredIn(EmploymentPersonFacts)).toMatch(
      /services\/employment\/src\/person\/person-facts\.entity\.ts$/,
    );
    expect(declaredIn(SocialSecurityPersonFacts)).toMatch(
      /services\/social-security\/src\/person\/person-facts\.entity\.ts$/,
    );
  });
});
