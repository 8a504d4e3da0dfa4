import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  errorCode,
  startServiceHarness,
  testDialects,
  callers,
  T1,
  type GqlResult,
  type ServiceHarness,
} from "@pa/testing";
import { createRegistryApp } from "./app";
import { personInput, REGISTER, SAVE_TOWNSHIP, syntheticId } from "./registry.fixtures";

const PEOPLE = `query P($filter: PeopleFilter) { people(filter: $filter, first: 5) { totalCount } }`;
const SURVEY = `mutation S($input: RecordNeedsSurveyInput!) { recordNeedsSurvey(input: $input) { id } }`;

/** The refusal names the field and says what is wrong, as the kit's input policy does for every subgraph. */
function expectRefused(r: GqlResult<unknown>, field: string): void {
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  const err = r.errors?.[0];
  expect(err?.extensions?.field ?? err?.message).toContain(field);
  expect(JSON.stringify(r)).not.toContain("INTERNAL_SERVER_ERROR");
}

describe.each(testDialects())(
  "issue 9: one input policy for every text, id and date (registry, %s)",
  (dialect) => {
    let h: ServiceHarness;
    let seq = 500;
    const register = (over: Record<string, unknown>) =>
      h.gql(REGISTER, { input: personInput({ idNumber: syntheticId("1985-01-02", (seq += 1)), ...over }) });
    const count = async () => (await h.ok<{ people: { totalCount: number } }>(PEOPLE, {})).people.totalCount;

    beforeAll(async () => {
      h = await startServiceHarness(createRegistryApp, {
        dialect,
        label: "registry-input-policy",
        user: callers.povertyOffice.clerk(),
      });
      await h.ok(SAVE_TOWNSHIP, { input: { code: T1, name: "东山镇", concentrated: true } });
    });
    afterAll(async () => h?.close());

    test("a NUL or other control character in any text field is BAD_USER_INPUT naming the field, and nothing is written", async () => {
      const before = await count();
      expectRefused(await register({ name: "张\u0000三" }), "input.name");
      expectRefused(await register({ village: "东山村\u0000" }), "input.village");
      expectRefused(await register({ phone: "1701234567\u0007" }), "input.phone");
      // A line break is not part of a name; a literal in the query is checked as a variable is.
      expectRefused(await register({ name: "张\n三" }), "input.name");
      expectRefused(
        await h.gql(`{ people(filter: { search: "a\\u0000b" }) { totalCount } }`),
        "filter.search",
      );
      expect(await count()).toBe(before);
    });

    test("a multi-line note may hold line breaks and tabs, but no other control character", async () => {
      const person = (await register({})).data as { registerPerson: { id: string } };
      const input = {
        personId: person.registerPerson.id,
        needsWork: true,
        needsTraining: false,
        needsEntrepreneurship: false,
      };
      expect(
        errorCode(await h.gql(SURVEY, { input: { ...input, note: "第一行\n\t第二行" } })),
      ).toBeUndefined();
      expectRefused(await h.gql(SURVEY, { input: { ...input, note: "第一行\u0000" } }), "input.note");
    });

    test("a 100 kB village name or search string is refused before it reaches the database or an event", async () => {
      const before = await count();
      expectRefused(await register({ village: "村".repeat(100_000) }), "input.village");
      expectRefused(await h.gql(PEOPLE, { filter: { search: "张".repeat(100_000) } }), "filter.search");
      expect(await count()).toBe(before);
    });

    test("an empty, blank or padded id is BAD_USER_INPUT, not an internal error", async () => {
      for (const id of ["", "   ", " 01ABC", "x".repeat(65)]) {
        expectRefused(await h.gql(`query Q($id: ID!) { person(id: $id) { id } }`, { id }), "id");
      }
    });

    test("dates outside 1900-01-01..2999-12-31 are refused: 9999-12-31 is not a graduation date", async () => {
      const before = await count();
      for (const graduationDate of ["9999-12-31", "3000-01-01", "1899-12-31"]) {
        const r = await register({ graduationDate });
        expect(errorCode(r)).toBe("BAD_USER_INPUT");
        expect(r.errors?.[0]?.message).toContain("graduationDate");
      }
      expect(errorCode(await register({ graduationDate: "2100-12-31" }))).toBeUndefined();
      expect(await count()).toBe(before + 1);
    });
  },
);
