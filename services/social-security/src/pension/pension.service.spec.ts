import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callers, errorCode, startServiceHarness, testDialects, type ServiceHarness } from "@pa/testing";
import { readWorkbook } from "@pa/service-kit/ledger";
import { createSocialSecurityApp } from "../app";
import { applyPersonFacts } from "../person/person-facts.projection";
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

    test("a date with no pension version in force is BAD_USER_INPUT on date", async () => {
      const r = await h.gql(RUN, { date: "2017-06-01" });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("date");
    });
  });

  describe("issue 9 item 8: R-SS-3 identified from the events as they arrive (精准识别)", () => {
    test("a person registered at 61 is on the ledger as soon as the registration arrives, as already drawing: no run, no back-payment", async () => {
      // The daily run fired before the person arrived (first use): it must not leave them off for a day.
      await h.ok(RUN, { date: "2019-07-09" });
      const p = await seedPerson(h, { birthDate: "1958-06-01", registeredOn: "2019-07-10" }, "2019-07-10");
      expect(await entryOf(p.personId)).toMatchObject({
        turned60On: "2018-06-01",
        foundOn: "2019-07-10",
        status: "DRAWING",
        backPaymentFen: 0,
        monthlyBenefitFen: 15_500, // the version in force on the registration
        benefitStartsOn: "2019-07-10",
      });
    });

    test("someone who turned 60 decades before the plan is DRAWING, not owing a back-payment that starts next year", async () => {
      const p = await seedPerson(h, { birthDate: "1940-05-01" }, "2019-12-20"); // registered 2016
      expect(await entryOf(p.personId)).toMatchObject({
        turned60On: "2000-05-01",
        status: "DRAWING",
        backPaymentFen: 0,
        benefitStartsOn: "2018-01-01", // the plan's start: the first pension version's validFrom
      });
    });

    test("someone who turned 60 within the programme before their facts arrived owes the back-payment of their birthday's version; benefits from the month after 60", async () => {
      const p = await seedPerson(h, { birthDate: "1958-03-15" }, "2019-02-01"); // registered 2016
      expect(await entryOf(p.personId)).toMatchObject({
        turned60On: "2018-03-15",
        foundOn: "2019-02-01",
        status: "PENDING",
        backPaymentFen: 120_000, // the 2018 version, in force on 2018-03-15
        benefitStartsOn: "2018-04-01",
      });
    });

    test("a birth date corrected to 60 or over puts the person on the ledger with the update", async () => {
      const p = await seedPerson(h, { birthDate: "1970-01-01" }, "2019-02-01");
      expect(await entryOf(p.personId)).toBeUndefined();
      await applyPersonFacts(
        h.app.orm.em.fork(),
        { ...p, version: 2, birthDate: "1959-01-20" },
        {
          today: "2019-03-01",
        },
      );
      expect(await entryOf(p.personId)).toMatchObject({ status: "PENDING", foundOn: "2019-03-01" });
    });

    test("a DRAWING entry has no back-payment to record and is never overdue", async () => {
      const p = await seedPerson(h, { birthDate: "1941-02-02" }, "2019-02-01");
      const e = (await entryOf(p.personId))!;
      expect(e.status).toBe("DRAWING");
      const r = await h.gql(STEP("recordPensionBackPayment"), {
        input: { entryId: e.id, version: e.version, on: "2019-02-02" },
      });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.entryId");
      const overdue = await h.ok<{ overduePensionEntries: { nodes: { personId: string }[] } }>(OVERDUE, {
        asOf: "2020-12-31",
        days: 0,
      });
      expect(overdue.overduePensionEntries.nodes.map((n) => n.personId)).not.toContain(p.personId);
    });

    test("the benefit start follows the version's benefitStartsMonthsAfter60", async () => {
      const v2021 = await seedPolicy(
        h,
        "PENSION",
        "2021-01-01",
        pensionParams({ backPaymentFen: 160_000, monthlyBenefitFen: 18_800, benefitStartsMonthsAfter60: 3 }),
      );
      const p = await seedPerson(h, { birthDate: "1961-02-10" }, "2019-02-01");
      await h.ok(RUN, { date: "2021-02-10" });
      expect(await entryOf(p.personId)).toMatchObject({
        status: "PENDING",
        backPaymentFen: 160_000,
        monthlyBenefitFen: 18_800,
        benefitStartsOn: "2021-05-01",
        policyVersionId: v2021,
      });
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

  describe("ledger exports (Excel, Chinese headers)", () => {
    const read = async (b64: string) => {
      const wb = await readWorkbook(b64);
      const sheet = wb.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      return { sheet, header };
    };

    test("城乡居民养老保险待遇扶贫台账", async () => {
      const r = await h.ok<{ pensionLedgerExport: string }>(`query { pensionLedgerExport }`);
      const { sheet, header } = await read(r.pensionLedgerExport);
      expect(sheet.name).toBe("养老待遇扶贫台账");
      expect(header).toEqual(
        expect.arrayContaining([
          "人员编号",
          "年满60周岁日期",
          "一次性补缴金额（元）",
          "待遇开始日期",
          "状态",
        ]),
      );
      expect(sheet.rowCount).toBe(1 + (await ledger()).length);
      const amounts = (sheet.getColumn(7).values as unknown[]).slice(2);
      expect(amounts).toContain(1500); // yuan, as a number the sheet formats
    });

    test("个人缴费补贴台账", async () => {
      const r = await h.ok<{ subsidyLedgerExport: string }>(`query { subsidyLedgerExport(year: 2019) }`);
      const { sheet, header } = await read(r.subsidyLedgerExport);
      expect(header).toEqual(expect.arrayContaining(["险种", "补贴标准（元）", "应到账日期", "到账情况"]));
      expect(sheet.rowCount).toBeGreaterThan(1);
    });
  });
});
