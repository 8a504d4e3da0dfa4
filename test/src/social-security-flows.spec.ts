import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import {
  buildSocialSecuritySchema,
  createSocialSecurityApp,
  medicalParams,
  pensionParams,
  seedPolicy,
} from "@pa/social-security";
import { businessDate } from "@pa/service-kit";
import { callers, readPublished, T1, testDialects, waitFor } from "@pa/testing";
import { startFederation, type Federation } from "./testkit";

const medical = () => callers.medicalCentre.clerk();
const VIEW = `query($id: ID!) {
  person(id: $id) {
    povertyStatus
    socialSecurity {
      enrolments { scheme status }
      premiumSubsidies { scheme year standardFen }
      burdenReports { outOfPocketFen }
      poorPersonAdjustments
    }
  }
}`;
type View = {
  person: {
    povertyStatus: string;
    socialSecurity: {
      enrolments: { scheme: string; status: string }[];
      premiumSubsidies: { scheme: string; year: number; standardFen: number }[];
      burdenReports: { outOfPocketFen: number }[];
      poorPersonAdjustments: boolean;
    } | null;
  };
};

/** ARCHITECTURE.md flows 1, 4 and 5 for social security, through the real bus and the gateway. */
describe.each(testDialects())("registry → social-security through NATS and the gateway on %s", (dialect) => {
  let fed: Federation;
  const office = callers.povertyOffice.clerk();
  const view = (id: string) => fed.ok<View>(VIEW, { id }, { as: medical() });
  let n = 0;
  const register = async (over: { birthDate?: string; registeredOn?: string } = {}) => {
    n += 1;
    return (
      await fed.ok<{ registerPerson: { id: string; version: number } }>(
        `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id version } }`,
        {
          i: {
            name: `社保${n}`,
            idNumber: syntheticId(over.birthDate ?? `1968-02-${String(n).padStart(2, "0")}`, 80 + n),
            townshipCode: T1,
            village: "一村",
            laborCapacity: "PARTIAL",
            registeredOn: over.registeredOn ?? "2016-01-01",
          },
        },
        { as: office },
      )
    ).registerPerson;
  };
  const thisYear = Number(businessDate().slice(0, 4));
  const yearsFrom = (first: number) => Array.from({ length: thisYear - first + 1 }, (_, i) => first + i);

  beforeAll(async () => {
    fed = await startFederation(
      [
        {
          name: "registry",
          createApp: createRegistryApp,
          sdl: async () => (await buildRegistrySchema()).sdl,
        },
        {
          name: "social-security",
          createApp: createSocialSecurityApp,
          sdl: async () => (await buildSocialSecuritySchema()).sdl,
        },
      ],
      { dialect, user: office },
    );
    await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
      i: { code: T1, name: "东山镇", concentrated: true },
    });
    const ss = fed.subgraphs["social-security"]!;
    await seedPolicy(ss, "MEDICAL", "2018-01-01", medicalParams());
    await seedPolicy(ss, "PENSION", "2018-01-01", pensionParams());
  });
  afterAll(async () => fed?.close());

  test("R-SS-1 / R-TGT-4 a newly registered person gets pension and medical enrolment obligations with premium subsidies", async () => {
    const p = await register();
    await waitFor(
      "enrolment obligations",
      async () => ((await view(p.id)).person.socialSecurity?.enrolments.length ?? 0) === 2,
      10_000,
    );
    const r = await view(p.id);
    expect(r.person.socialSecurity!.enrolments.map((e) => e.scheme).sort()).toEqual([
      "RESIDENT_MEDICAL",
      "RESIDENT_PENSION",
    ]);
    // Registered in 2016: every year from the plan's first (2018) up to this one (issue 9 item 9).
    const subsidies = r.person.socialSecurity!.premiumSubsidies;
    for (const [scheme, standardFen] of [
      ["RESIDENT_MEDICAL", 22_000],
      ["RESIDENT_PENSION", 10_000],
    ] as const)
      expect(
        subsidies
          .filter((s) => s.scheme === scheme && s.standardFen === standardFen)
          .map((s) => s.year)
          .sort(),
      ).toEqual(yearsFrom(2018));
  });

  const LEDGER_ENTRY = `query($id: ID!) {
    person(id: $id) { socialSecurity { pensionLedgerEntry { status turned60On backPaymentFen benefitStartsOn } } }
  }`;
  type LedgerView = {
    person: {
      socialSecurity: {
        pensionLedgerEntry: {
          status: string;
          turned60On: string;
          backPaymentFen: number;
          benefitStartsOn: string;
        } | null;
      } | null;
    };
  };
  const ledgerEntry = async (id: string) =>
    (await fed.ok<LedgerView>(LEDGER_ENTRY, { id }, { as: callers.pensionCentre.clerk() })).person
      .socialSecurity?.pensionLedgerEntry ?? null;

  test("issue 9 item 8 R-SS-3 people of 60 and over are on the pension ledger as their registration arrives, with no ledger run: already drawing, or owing the back-payment of reaching 60", async () => {
    const at61 = await register({ birthDate: `${thisYear - 61}-01-15`, registeredOn: businessDate() });
    const longAgo = await register({ birthDate: "1945-05-01" });
    const reached = await register({ birthDate: "1959-03-01" }); // 60 on 2019-03-01, registered 2016
    for (const p of [at61, longAgo, reached])
      await waitFor("the ledger entry", async () => (await ledgerEntry(p.id)) !== null, 10_000);
    expect(await ledgerEntry(at61.id)).toMatchObject({
      status: "DRAWING",
      backPaymentFen: 0,
      benefitStartsOn: businessDate(),
    });
    expect(await ledgerEntry(longAgo.id)).toMatchObject({
      status: "DRAWING",
      turned60On: "2005-05-01",
      backPaymentFen: 0,
      benefitStartsOn: "2018-01-01", // the plan's start, not next year
    });
    expect(await ledgerEntry(reached.id)).toMatchObject({
      status: "PENDING",
      turned60On: "2019-03-01",
      backPaymentFen: 120_000,
      benefitStartsOn: "2019-04-01", // the month after turning 60 (benefitStartsMonthsAfter60: 1)
    });
  });

  test("issue 9 item 9 R-SS-1 a person registered in 2019 has the subsidies from 2019, due after the registration; one paid in full on the registration day is on time", async () => {
    const p = await register({ registeredOn: "2019-06-10" });
    const SUBSIDIES = `query($id: ID!) {
      person(id: $id) { socialSecurity { premiumSubsidies { id version scheme year dueOn } } }
    }`;
    type Subsidies = {
      person: {
        socialSecurity: {
          premiumSubsidies: { id: string; version: number; scheme: string; year: number; dueOn: string }[];
        } | null;
      };
    };
    const subsidies = async () =>
      (await fed.ok<Subsidies>(SUBSIDIES, { id: p.id }, { as: medical() })).person.socialSecurity
        ?.premiumSubsidies ?? [];
    await waitFor("the subsidies", async () => (await subsidies()).length > 0, 10_000);
    const all = await subsidies();
    expect(
      all
        .filter((s) => s.scheme === "RESIDENT_MEDICAL")
        .map((s) => s.year)
        .sort(),
    ).toEqual(yearsFrom(2019));
    const s2019 = all.find((s) => s.scheme === "RESIDENT_MEDICAL" && s.year === 2019)!;
    expect(s2019.dueOn).toBe("2019-07-10"); // 30 days after registering, not 31 March before it
    const paid = await fed.ok<{ recordSubsidyPayment: { onTimeAndInFull: boolean; state: string } }>(
      `mutation($i: RecordSubsidyPaymentInput!) { recordSubsidyPayment(input: $i) { onTimeAndInFull state } }`,
      { i: { subsidyId: s2019.id, version: s2019.version, paidFen: 22_000, paidOn: "2019-06-10" } },
      { as: medical() },
    );
    expect(paid.recordSubsidyPayment).toEqual({ onTimeAndInFull: true, state: "ON_TIME_IN_FULL" });
  });

  test("R-PRIN-1 an exit changes no subsidy and no poor-person adjustment", async () => {
    const p = await register();
    await waitFor(
      "enrolment obligations",
      async () => ((await view(p.id)).person.socialSecurity?.enrolments.length ?? 0) === 2,
      10_000,
    );
    const before = (await view(p.id)).person.socialSecurity;
    await fed.ok(
      `mutation($i: RecordExitInput!) { recordExit(input: $i) { id } }`,
      { i: { personId: p.id, version: p.version, exitedOn: "2020-01-01" } },
      { as: office },
    );
    // A marker registered after the exit: once it has its obligations, the exit before it was handled.
    const marker = await register();
    await waitFor(
      "the marker's obligations",
      async () => ((await view(marker.id)).person.socialSecurity?.enrolments.length ?? 0) === 2,
      10_000,
    );
    const after = await view(p.id);
    expect(after.person.povertyStatus).toBe("EXITED");
    expect(after.person.socialSecurity).toEqual(before);
    expect(after.person.socialSecurity!.poorPersonAdjustments).toBe(true);
  });

  test("R-SS-5 a heavy out-of-pocket burden after settlement is published, lands on the poverty office's worklist and is followed up", async () => {
    const p = await register();
    await waitFor(
      "the person in social security",
      async () => ((await view(p.id)).person.socialSecurity?.enrolments.length ?? 0) === 2,
      10_000,
    );
    const s = await fed.ok<{ settleClaim: { id: string; outOfPocketFen: number } }>(
      `mutation($i: SettleClaimInput!) { settleClaim(input: $i) { id outOfPocketFen } }`,
      {
        i: {
          personId: p.id,
          claimDate: "2020-03-01",
          hospitalLevel: "TERTIARY",
          totalCostFen: 20_000_000,
          policyScopeCostFen: 12_000_000,
          specialDrugsCostFen: 0,
        },
      },
      { as: medical() },
    );
    expect(s.settleClaim.outOfPocketFen).toBeGreaterThan(500_000);
    expect((await view(p.id)).person.socialSecurity!.burdenReports).toEqual([
      { outOfPocketFen: s.settleClaim.outOfPocketFen },
    ]);
    const ns = fed.subgraphs["social-security"]!.natsNamespace;
    await waitFor(
      "the burden event",
      async () =>
        (await readPublished("social-security", ns)).some(
          (e) => e.envelope.type === "pa.social-security.burden.reported.v1",
        ),
      10_000,
    );
    const events = await readPublished("social-security", ns);
    const burden = events.find((e) => e.envelope.type === "pa.social-security.burden.reported.v1")!;
    expect(burden.envelope.data).toMatchObject({
      personId: p.id,
      settlementId: s.settleClaim.id,
      outOfPocketFen: s.settleClaim.outOfPocketFen,
    });
    expect(
      events.some(
        (e) => e.envelope.type === "pa.social-security.medical.settled.v1" && e.envelope.subject === p.id,
      ),
    ).toBe(true);
    // Flow 4: the report reaches the poverty office's worklist in the registry, which records the follow-up.
    const NOTICES = `query($p: ID!) { burdenNotices(filter: { personId: $p, open: true }) { nodes { id version outOfPocketFen person { name } } } }`;
    type Notices = {
      burdenNotices: {
        nodes: { id: string; version: number; outOfPocketFen: number; person: { name: string } }[];
      };
    };
    await waitFor(
      "the poverty office's notice",
      async () =>
        (await fed.ok<Notices>(NOTICES, { p: p.id }, { as: office })).burdenNotices.nodes.length === 1,
      10_000,
    );
    const [notice] = (await fed.ok<Notices>(NOTICES, { p: p.id }, { as: office })).burdenNotices.nodes;
    expect(notice).toMatchObject({
      outOfPocketFen: s.settleClaim.outOfPocketFen,
      person: { name: expect.stringMatching(/^社保/) },
    });
    await fed.ok(
      `mutation($i: AcknowledgeBurdenNoticeInput!) { acknowledgeBurdenNotice(input: $i) { id } }`,
      { i: { id: notice!.id, version: notice!.version, followUp: "临时救助 3000 元" } },
      { as: office },
    );
    expect((await fed.ok<Notices>(NOTICES, { p: p.id }, { as: office })).burdenNotices.nodes).toEqual([]);
  });
});
