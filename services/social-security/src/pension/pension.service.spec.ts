import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callers, errorCode, startServiceHarness, testDialects, type ServiceHarness } from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { medicalParams, pensionParams, seedPerson, seedPolicy } from "../social-security.fixtures";

const RUN = /* GraphQL */ `
  mutation R($date: LocalDate!) {
    runPensionLedger(date: $date) {
      date
      added
      alreadyOnLedger
      policyVersionId
    }
  }
`;
const LEDGER = /* GraphQL */ `
  query L($filter: PensionLedgerFilter) {
    pensionLedger(filter: $filter, first: 500) {
      totalCount
      nodes {
        id
        personId
        turned60On
        foundOn
        benefitStartsOn
        backPaymentFen
        monthlyBenefitFen
        status
        version
        policyVersionId
      }
    }
  }
`;
const STEP = (name: string) => /* GraphQL */ `
  mutation S($input: PensionStepInput!) {
    ${name}(input: $input) { id status version backPaidOn claimedOn payingSince }
  }
`;
const OVERDUE = /* GraphQL */ `
  query O($asOf: LocalDate, $days: Int) {
    overduePensionEntries(asOf: $asOf, days: $days, first: 500) {
      nodes {
        personId
      }
    }
  }
`;

interface Entry {
  id: string;
  personId: string;
  turned60On: string;
  foundOn: string;
  benefitStartsOn: string;
  backPaymentFen: number;
  monthlyBenefitFen: number;
  status: string;
  version: number;
  policyVersionId: string;
}

describe.each(testDialects())("social-security pension ledger on %s", (dialect) => {
  let h: ServiceHarness;
  let p2020: string;
  const pension = callers.pensionCentre.clerk();
  const ledger = async () =>
    (await h.ok<{ pensionLedger: { nodes: Entry[] } }>(LEDGER, {})).pensionLedger.nodes;
  const entryOf = async (personId: string) => (await ledger()).find((e) => e.personId === personId);

  beforeAll(async () => {
    h = await startServiceHarness(createSocialSecurityApp, { dialect, label: "ss-pension", user: pension });
    await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
    p2020 = await seedPolicy(
      h,
      "PENSION",
      "2020-01-01",
      pensionParams({ backPaymentFen: 150_000, monthlyBenefitFen: 17_800 }),
    );
  });
  afterAll(async () => h?.close());

  describe("R-SS-3 turning 60", () => {
    test("a person whose 60th birthday is the run date is on the ledger; one whose birthday is the next day is not; re-running is idempotent", async () => {
      const today = await seedPerson(h, { birthDate: "1960-03-15" });
      const tomorrow = await seedPerson(h, { birthDate: "1960-03-16" });
      const first = await h.ok<{
        runPensionLedger: { added: number; alreadyOnLedger: number; policyVersionId: string };
      }>(RUN, {
        date: "2020-03-15",
      });
      expect(first.runPensionLedger.policyVersionId).toBe(p2020);
      expect(await entryOf(today.personId)).toMatchObject({
        turned60On: "2020-03-15",
        foundOn: "2020-03-15",
        benefitStartsOn: "2020-04-01", // the month after turning 60
        backPaymentFen: 150_000, // the 2020 version
        monthlyBenefitFen: 17_800,
        status: "PENDING",
      });
      expect(await entryOf(tomorrow.personId)).toBeUndefined();

      const before = await ledger();
      const again = await h.ok<{ runPensionLedger: { added: number; alreadyOnLedger: number } }>(RUN, {
        date: "2020-03-15",
      });
      expect(again.runPensionLedger.added).toBe(0);
      expect(again.runPensionLedger.alreadyOnLedger).toBe(
        first.runPensionLedger.added + first.runPensionLedger.alreadyOnLedger,
      );
      expect(await ledger()).toEqual(before);

      await h.ok(RUN, { date: "2020-03-16" });
      expect(await entryOf(tomorrow.personId)).toMatchObject({
        turned60On: "2020-03-16",
        benefitStartsOn: "2020-04-01",
      });
    });

    test("someone already older when first found starts the month after the run, not retroactively", async () => {
      const old = await seedPerson(h, { birthDate: "1950-07-01" });
      await h.ok(RUN, { date: "2020-03-20" });
      expect(await entryOf(old.personId)).toMatchObject({
        turned60On: "2010-07-01",
        benefitStartsOn: "2020-04-01",
      });
    });

    test("a date with no pension version in force is BAD_USER_INPUT on date", async () => {
      const r = await h.gql(RUN, { date: "2017-06-01" });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("date");
    });
  });

  describe("R-SS-3 back-payment, claim, payment: PENDING → BACK_PAID → CLAIMED → PAYING", () => {
    test("steps in order; a skipped step is BAD_USER_INPUT; another centre is FORBIDDEN", async () => {
      const p = await seedPerson(h, { birthDate: "1960-01-10" });
      await h.ok(RUN, { date: "2020-03-21" });
      let e = (await entryOf(p.personId))!;
      const skip = await h.gql(STEP("recordPensionClaim"), {
        input: { entryId: e.id, version: e.version, on: "2020-03-22" },
      });
      expect(errorCode(skip)).toBe("BAD_USER_INPUT");
      const byMedical = await h.gql(
        STEP("recordPensionBackPayment"),
        { input: { entryId: e.id, version: e.version, on: "2020-03-22" } },
        { as: callers.medicalCentre.clerk() },
      );
      expect(errorCode(byMedical)).toBe("FORBIDDEN");
      expect((await entryOf(p.personId))!.status).toBe("PENDING");

      for (const [step, on, status] of [
        ["recordPensionBackPayment", "2020-03-22", "BACK_PAID"],
        ["recordPensionClaim", "2020-03-25", "CLAIMED"],
        ["startPensionPayment", "2020-04-01", "PAYING"],
      ] as const) {
        const r = await h.ok<Record<string, { status: string; version: number }>>(STEP(step), {
          input: { entryId: e.id, version: e.version, on },
        });
        expect(r[step]!.status).toBe(status);
        e = (await entryOf(p.personId))!;
      }
      const stale = await h.gql(STEP("startPensionPayment"), {
        input: { entryId: e.id, version: 1, on: "2020-04-02" },
      });
      expect(errorCode(stale)).toBe("CONFLICT");
    });

    test("only the pension centre runs the ledger", async () => {
      expect(errorCode(await h.gql(RUN, { date: "2020-03-15" }, { as: callers.medicalCentre.clerk() }))).toBe(
        "FORBIDDEN",
      );
    });
  });

  describe("overdue entries", () => {
    test("entries still PENDING more than N days after they were found", async () => {
      const p = await seedPerson(h, { birthDate: "1960-04-10" });
      await h.ok(RUN, { date: "2020-04-10" });
      const overdue = async (asOf: string) =>
        (
          await h.ok<{ overduePensionEntries: { nodes: { personId: string }[] } }>(OVERDUE, {
            asOf,
            days: 30,
          })
        ).overduePensionEntries.nodes.map((n) => n.personId);
      expect(await overdue("2020-05-10")).not.toContain(p.personId); // 30 days: not more than 30
      expect(await overdue("2020-05-11")).toContain(p.personId); // 31 days
    });
  });
});
