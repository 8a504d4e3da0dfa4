import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callers, errorCode, startServiceHarness, T2, testDialects, type ServiceHarness } from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { PovertyStatus } from "@pa/events";
import { applyPersonFacts } from "../person/person-facts.projection";
import { medicalParams, pensionParams, seedPerson, seedPolicy } from "../social-security.fixtures";
import { PremiumSubsidy } from "./premium-subsidy.entity";
import type { Scheme } from "./enrolment.enums";

const PERSON = /* GraphQL */ `
  query P($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Person {
        socialSecurity {
          poorPersonAdjustments
          enrolments {
            id
            scheme
            status
            schemeYear
            contributionTier
            townshipCode
            version
          }
          premiumSubsidies {
            id
            scheme
            year
            standardFen
            dueOn
            paidFen
            paidOn
            townshipCode
            version
            onTimeAndInFull
            state(asOf: "2019-12-31")
          }
        }
      }
    }
  }
`;
const RECORD_ENROLMENT = /* GraphQL */ `
  mutation E($input: RecordEnrolmentInput!) {
    recordEnrolment(input: $input) {
      id
      status
      contributionTier
      version
    }
  }
`;
const PAY = /* GraphQL */ `
  mutation P($input: RecordSubsidyPaymentInput!) {
    recordSubsidyPayment(input: $input) {
      id
      paidFen
      paidOn
      onTimeAndInFull
      state(asOf: "2019-12-31")
      version
    }
  }
`;
const SCREEN = /* GraphQL */ `
  mutation S($asOf: LocalDate!, $scheme: Scheme!) {
    runScreening(asOf: $asOf, scheme: $scheme) {
      id
      previousRunId
      peopleScreened
      subsidiesCreated
      findings(first: 500) {
        totalCount
        nodes {
          personId
          kind
          detail
        }
      }
    }
  }
`;

interface Subsidy {
  id: string;
  scheme: string;
  year: number;
  standardFen: number;
  dueOn: string;
  paidFen: number;
  townshipCode: string;
  version: number;
  onTimeAndInFull: boolean;
  state: string;
}
interface Enrolment {
  id: string;
  scheme: string;
  status: string;
  version: number;
  townshipCode: string;
}
interface Record {
  poorPersonAdjustments: boolean;
  enrolments: Enrolment[];
  premiumSubsidies: Subsidy[];
}

describe.each(testDialects())("social-security enrolment and subsidies on %s", (dialect) => {
  let h: ServiceHarness;
  const medical = callers.medicalCentre.clerk();
  const pension = callers.pensionCentre.clerk();

  const record = async (personId: string): Promise<Record> => {
    const r = await h.ok<{ _entities: { socialSecurity: Record }[] }>(PERSON, {
      reps: [{ __typename: "Person", id: personId }],
    });
    return r._entities[0]!.socialSecurity;
  };
  const subsidy = (r: Record, scheme: string, year = 2019) =>
    r.premiumSubsidies.find((s) => s.scheme === scheme && s.year === year)!;
  const enrolment = (r: Record, scheme: string) => r.enrolments.find((e) => e.scheme === scheme)!;
  const enrol = async (
    personId: string,
    scheme: string,
    tier: number,
    as = scheme === "RESIDENT_MEDICAL" ? medical : pension,
  ) => {
    const e = enrolment(await record(personId), scheme);
    return h.gql<{ recordEnrolment: { version: number } }>(
      RECORD_ENROLMENT,
      {
        input: {
          personId,
          scheme,
          status: "ENROLLED",
          schemeYear: 2019,
          contributionTier: tier,
          version: e.version,
          enrolledOn: "2019-01-15",
        },
      },
      { as },
    );
  };
  const pay = async (personId: string, scheme: string, paidFen: number, paidOn: string, as = medical) => {
    const s = subsidy(await record(personId), scheme);
    return h.gql<{ recordSubsidyPayment: Subsidy }>(
      PAY,
      { input: { subsidyId: s.id, paidFen, paidOn, version: s.version } },
      { as },
    );
  };

  beforeAll(async () => {
    h = await startServiceHarness(createSocialSecurityApp, { dialect, label: "ss-enrolment", user: medical });
    await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams()); // medical subsidy 22000, due 03-31
    await seedPolicy(h, "PENSION", "2018-01-01", pensionParams()); // pension subsidy 10000, due 06-30
  });
  afterAll(async () => h?.close());

  describe("R-SS-1 R-SS-2 R-TGT-4 a newly known person gets the obligations", () => {
    test("both enrolments (pending) and this year's subsidies at the prescribed standard", async () => {
      const p = await seedPerson(h, {}, "2019-02-01");
      const r = await record(p.personId);
      expect(r.enrolments.map((e) => [e.scheme, e.status]).sort()).toEqual([
        ["RESIDENT_MEDICAL", "PENDING"],
        ["RESIDENT_PENSION", "PENDING"],
      ]);
      expect(subsidy(r, "RESIDENT_MEDICAL")).toMatchObject({
        year: 2019,
        standardFen: 22_000,
        dueOn: "2019-03-31",
        paidFen: 0,
        state: "UNPAID",
      });
      expect(subsidy(r, "RESIDENT_PENSION")).toMatchObject({
        year: 2019,
        standardFen: 10_000,
        dueOn: "2019-06-30",
      });
    });

    test("facts of an older or the same version change nothing (redelivered or reordered events)", async () => {
      const p = await seedPerson(h);
      const em = h.app.orm.em.fork();
      expect(await applyPersonFacts(em, { ...p, townshipCode: T2 })).toBe("stale");
      expect(await applyPersonFacts(h.app.orm.em.fork(), { ...p, version: 3, townshipCode: T2 })).toBe(
        "updated",
      );
      expect(
        await applyPersonFacts(h.app.orm.em.fork(), { ...p, version: 2, townshipCode: p.townshipCode }),
      ).toBe("stale");
      // A move follows the person onto this service's rows (township scope).
      const r = await record(p.personId);
      expect(r.enrolments.every((e) => e.townshipCode === T2)).toBe(true);
      expect(r.premiumSubsidies.every((s) => s.townshipCode === T2)).toBe(true);
    });

    test("R-PRIN-1 an exit changes no subsidy, no enrolment and no poor-person adjustment", async () => {
      const p = await seedPerson(h);
      expect((await enrol(p.personId, "RESIDENT_MEDICAL", 1)).errors).toBeUndefined();
      expect((await pay(p.personId, "RESIDENT_MEDICAL", 22_000, "2019-03-01")).errors).toBeUndefined();
      const before = await record(p.personId);
      await applyPersonFacts(h.app.orm.em.fork(), {
        ...p,
        version: 2,
        povertyStatus: PovertyStatus.enum.EXITED,
        exitedOn: "2019-04-01",
      });
      const after = await record(p.personId);
      expect(after).toEqual(before);
      expect(after.poorPersonAdjustments).toBe(true);
      expect(after.premiumSubsidies.map((s) => `${s.scheme} ${s.year}`).sort()).toEqual([
        "RESIDENT_MEDICAL 2018",
        "RESIDENT_MEDICAL 2019",
        "RESIDENT_PENSION 2018",
        "RESIDENT_PENSION 2019",
      ]);
    });
  });

  describe("only the owning centre writes its part", () => {
    test("pension-centre records pension enrolments, medical-centre medical ones; the other gets FORBIDDEN and nothing changes", async () => {
      const p = await seedPerson(h);
      expect(errorCode(await enrol(p.personId, "RESIDENT_PENSION", 2, medical))).toBe("FORBIDDEN");
      expect(errorCode(await enrol(p.personId, "RESIDENT_MEDICAL", 1, pension))).toBe("FORBIDDEN");
      expect(errorCode(await enrol(p.personId, "RESIDENT_MEDICAL", 1, callers.bureau.viewer()))).toBe(
        "FORBIDDEN",
      );
      const r = await record(p.personId);
      expect(r.enrolments.map((e) => [e.status, e.version])).toEqual([
        ["PENDING", 1],
        ["PENDING", 1],
      ]);
      expect(errorCode(await enrol(p.personId, "RESIDENT_PENSION", 2, pension))).toBeUndefined();
      expect(errorCode(await enrol(p.personId, "RESIDENT_MEDICAL", 1, medical))).toBeUndefined();
    });

    test("a subsidy payment is recorded by the scheme's centre only", async () => {
      const p = await seedPerson(h);
      expect(errorCode(await pay(p.personId, "RESIDENT_MEDICAL", 22_000, "2019-03-01", pension))).toBe(
        "FORBIDDEN",
      );
      expect(errorCode(await pay(p.personId, "RESIDENT_PENSION", 10_000, "2019-03-01", medical))).toBe(
        "FORBIDDEN",
      );
      expect(subsidy(await record(p.personId), "RESIDENT_MEDICAL").paidFen).toBe(0);
    });
  });

  describe("R-SS-1 on time and in full (及时足额到账)", () => {
    test("in full by the due date; in full after it is late; less is short; more than the standard is refused", async () => {
      const onTime = await seedPerson(h);
      const ok = await pay(onTime.personId, "RESIDENT_MEDICAL", 22_000, "2019-03-31");
      expect(ok.data?.recordSubsidyPayment).toMatchObject({
        onTimeAndInFull: true,
        state: "ON_TIME_IN_FULL",
      });
      const late = await seedPerson(h);
      expect(
        (await pay(late.personId, "RESIDENT_MEDICAL", 22_000, "2019-04-01")).data?.recordSubsidyPayment,
      ).toMatchObject({
        onTimeAndInFull: false,
        state: "LATE",
      });
      const short = await seedPerson(h);
      expect(
        (await pay(short.personId, "RESIDENT_MEDICAL", 21_999, "2019-03-01")).data?.recordSubsidyPayment,
      ).toMatchObject({
        onTimeAndInFull: false,
        state: "SHORT",
      });
      const over = await pay(short.personId, "RESIDENT_MEDICAL", 22_001, "2019-03-01");
      expect(errorCode(over)).toBe("BAD_USER_INPUT");
      expect(over.errors?.[0]?.extensions?.field).toBe("input.paidFen");
    });
  });

  describe("issue 9 item 9: R-SS-1 the plan years are covered; due dates follow the policy and the registration", () => {
    test("a person registered in 2018 whose facts first arrive in 2020 has the subsidies of 2018, 2019 and 2020", async () => {
      const p = await seedPerson(h, { registeredOn: "2018-05-02" }, "2020-02-01");
      const r = await record(p.personId);
      expect(r.premiumSubsidies.map((s) => `${s.scheme} ${s.year} ${s.dueOn}`).sort()).toEqual([
        "RESIDENT_MEDICAL 2018 2018-06-01", // registered after 31 March: 30 days after the registration
        "RESIDENT_MEDICAL 2019 2019-03-31",
        "RESIDENT_MEDICAL 2020 2020-03-31",
        "RESIDENT_PENSION 2018 2018-06-30",
        "RESIDENT_PENSION 2019 2019-06-30",
        "RESIDENT_PENSION 2020 2020-06-30",
      ]);
      expect(r.enrolments.every((e) => e.version === 1)).toBe(true);
    });

    test("a subsidy paid in full on the day of registration is on time, not LATE", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-06-10" }, "2019-06-10");
      const r = await record(p.personId);
      expect(r.premiumSubsidies.map((s) => s.year)).toEqual([2019, 2019]);
      expect(subsidy(r, "RESIDENT_MEDICAL").dueOn).toBe("2019-07-10");
      const paid = await pay(p.personId, "RESIDENT_MEDICAL", 22_000, "2019-06-10");
      expect(paid.data?.recordSubsidyPayment).toMatchObject({
        onTimeAndInFull: true,
        state: "ON_TIME_IN_FULL",
      });
    });

    test("issue 9 item 13: a payment dated before the registration is BAD_USER_INPUT on paidOn and changes nothing", async () => {
      const p = await seedPerson(h, { registeredOn: "2019-06-10" }, "2019-06-10");
      const r = await pay(p.personId, "RESIDENT_MEDICAL", 22_000, "2019-06-09");
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.paidOn");
      expect(subsidy(await record(p.personId), "RESIDENT_MEDICAL")).toMatchObject({ paidFen: 0, version: 1 });
    });

    test("the days after registration are the policy's (premiumSubsidy.dueDaysAfterRegistration)", async () => {
      await seedPolicy(
        h,
        "MEDICAL",
        "2021-01-01",
        medicalParams(
          {},
          { premiumSubsidy: { standardFen: 25_000, dueMonthDay: "03-31", dueDaysAfterRegistration: 10 } },
        ),
      );
      const p = await seedPerson(h, { registeredOn: "2021-05-01" }, "2021-05-01");
      expect(subsidy(await record(p.personId), "RESIDENT_MEDICAL", 2021)).toMatchObject({
        standardFen: 25_000,
        dueOn: "2021-05-11",
      });
    });

    test("R-PRIN-2 a version without a premium subsidy (premiumSubsidy null) ends the scheme's subsidies from its year; earlier years stay owed", async () => {
      // Known before the new version: their medical 2022 subsidy exists and stays (R-PRIN-1).
      const before = await seedPerson(h, { registeredOn: "2021-05-01" }, "2022-02-01");
      await seedPolicy(h, "MEDICAL", "2023-01-01", medicalParams({}, { premiumSubsidy: null }));
      const p = await seedPerson(h, { registeredOn: "2021-05-01" }, "2024-03-01");
      const r = await record(p.personId);
      expect(r.premiumSubsidies.map((s) => `${s.scheme} ${s.year}`).sort()).toEqual([
        "RESIDENT_MEDICAL 2021",
        "RESIDENT_MEDICAL 2022",
        "RESIDENT_PENSION 2021",
        "RESIDENT_PENSION 2022",
        "RESIDENT_PENSION 2023",
        "RESIDENT_PENSION 2024",
      ]);
      expect(r.enrolments.map((e) => e.scheme).sort()).toEqual(["RESIDENT_MEDICAL", "RESIDENT_PENSION"]);
      expect(subsidy(await record(before.personId), "RESIDENT_MEDICAL", 2022)).toMatchObject({
        standardFen: 25_000,
      });

      // A screening run of a year that subsidises nothing creates no subsidy and lists none missing.
      const run = await h.ok<{
        runScreening: { findings: { nodes: { personId: string; kind: string }[] } };
      }>(SCREEN, { asOf: "2024-04-30", scheme: "RESIDENT_MEDICAL" });
      // (It back-fills the 2020–2022 subsidies of people whose facts arrived in 2019: those years pay.)
      expect(
        await h.app.orm.em
          .fork()
          .count(PremiumSubsidy, { scheme: "RESIDENT_MEDICAL" as Scheme, year: { $gte: 2023 } }),
      ).toBe(0);
      expect(run.runScreening.findings.nodes.filter((f) => f.kind === "SUBSIDY_MISSING")).toEqual([]);
      expect(
        (await record(p.personId)).premiumSubsidies.filter((s) => s.scheme === "RESIDENT_MEDICAL").length,
      ).toBe(2);
    });
  });

  describe("R-SS-2 screening runs (定期排查)", () => {
    test("lists not enrolled, unpaid, short and late subsidies, and changes since the previous run", async () => {
      // Registered in January 2019: the 2019 subsidies only.
      const in2019 = { registeredOn: "2019-01-02" };
      const good = await seedPerson(h, in2019);
      await enrol(good.personId, "RESIDENT_MEDICAL", 1);
      await pay(good.personId, "RESIDENT_MEDICAL", 22_000, "2019-03-20");
      const unpaid = await seedPerson(h, in2019); // pending, nothing paid
      const short = await seedPerson(h, in2019);
      await enrol(short.personId, "RESIDENT_MEDICAL", 1);
      await pay(short.personId, "RESIDENT_MEDICAL", 10_000, "2019-03-01");
      const late = await seedPerson(h, in2019);
      await enrol(late.personId, "RESIDENT_MEDICAL", 1);
      await pay(late.personId, "RESIDENT_MEDICAL", 22_000, "2019-04-10");
      // Known since 2018: no 2019 subsidy yet; the run creates it, and by 30 April it is unpaid.
      const old = await seedPerson(h, {}, "2018-06-01");

      const first = await h.ok<{
        runScreening: {
          id: string;
          subsidiesCreated: number;
          findings: { nodes: { personId: string; kind: string }[] };
        };
      }>(SCREEN, { asOf: "2019-04-30", scheme: "RESIDENT_MEDICAL" });
      const kinds = (personId: string) =>
        first.runScreening.findings.nodes
          .filter((f) => f.personId === personId)
          .map((f) => f.kind)
          .sort();
      expect(first.runScreening.subsidiesCreated).toBeGreaterThanOrEqual(1);
      expect(kinds(good.personId)).toEqual(["CONTRIBUTION_CHANGED", "CONTRIBUTION_CHANGED"]); // created, then enrolled
      expect(kinds(unpaid.personId)).toEqual(["CONTRIBUTION_CHANGED", "NOT_ENROLLED", "SUBSIDY_UNPAID"]);
      expect(kinds(short.personId)).toContain("SUBSIDY_SHORT");
      expect(kinds(late.personId)).toContain("SUBSIDY_LATE");
      // Known since 2018: its 2018 subsidy is still unpaid too (unpaid years never drop off the list).
      expect(kinds(old.personId)).toEqual([
        "CONTRIBUTION_CHANGED",
        "NOT_ENROLLED",
        "SUBSIDY_UNPAID",
        "SUBSIDY_UNPAID",
      ]);

      // A tier change after the run is the only change the next run lists.
      const e = enrolment(await record(good.personId), "RESIDENT_MEDICAL");
      await h.ok(RECORD_ENROLMENT, {
        input: {
          personId: good.personId,
          scheme: "RESIDENT_MEDICAL",
          status: "ENROLLED",
          schemeYear: 2019,
          contributionTier: 2,
          version: e.version,
        },
      });
      const second = await h.ok<{
        runScreening: {
          previousRunId: string;
          findings: { nodes: { personId: string; kind: string; detail: string }[] };
        };
      }>(SCREEN, { asOf: "2019-05-31", scheme: "RESIDENT_MEDICAL" });
      expect(second.runScreening.previousRunId).toBe(first.runScreening.id);
      const changes = second.runScreening.findings.nodes.filter((f) => f.kind === "CONTRIBUTION_CHANGED");
      expect(changes.map((f) => f.personId)).toEqual([good.personId]);
      expect(changes[0]!.detail).toContain("1 → 2");
      // A clerk reads the statuses in words, not the enum's codes.
      expect(changes[0]!.detail).toMatch(/已参保 → 已参保，档次 1 → 2.* \/ enrolled → enrolled, tier 1 → 2/);
      expect(changes[0]!.detail).not.toMatch(/ENROLLED|PENDING/);
    });

    test("issue 9 item 9: a screening run back-fills the plan years of people known before the back-fill existed", async () => {
      const p = await seedPerson(h, {}, "2019-02-01"); // registered 2016
      // As a person whose facts arrived before plan years were back-filled: the 2018 subsidy is missing.
      await h.app.orm.em.fork().nativeDelete(PremiumSubsidy, { personId: p.personId, year: 2018 });
      expect(subsidy(await record(p.personId), "RESIDENT_MEDICAL", 2018)).toBeUndefined();
      await h.ok(SCREEN, { asOf: "2019-06-30", scheme: "RESIDENT_MEDICAL" });
      expect(subsidy(await record(p.personId), "RESIDENT_MEDICAL", 2018)).toMatchObject({
        dueOn: "2018-03-31",
      });
      expect(subsidy(await record(p.personId), "RESIDENT_PENSION", 2018)).toBeUndefined(); // its own centre's run
    });

    test("the pension centre cannot screen the medical scheme", async () => {
      const r = await h.gql(SCREEN, { asOf: "2019-04-30", scheme: "RESIDENT_MEDICAL" }, { as: pension });
      expect(errorCode(r)).toBe("FORBIDDEN");
    });
  });
});
