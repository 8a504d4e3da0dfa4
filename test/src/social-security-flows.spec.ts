import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import {
  buildSocialSecuritySchema,
  createSocialSecurityApp,
  medicalParams,
  pensionParams,
  seedPolicy,
} from "@pa/social-security";
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
  const register = async () => {
    n += 1;
    return (
      await fed.ok<{ registerPerson: { id: string; version: number } }>(
        `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id version } }`,
        {
          i: {
            name: `社保${n}`,
            idNumber: syntheticId("1968-02-0" + n, 80 + n),
            townshipCode: T1,
            village: "一村",
            laborCapacity: "PARTIAL",
            registeredOn: "2016-01-01",
          },
        },
        { as: office },
      )
    ).registerPerson;
  };

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
    expect(r.person.socialSecurity!.premiumSubsidies.map((s) => [s.scheme, s.standardFen]).sort()).toEqual([
      ["RESIDENT_MEDICAL", 22_000],
      ["RESIDENT_PENSION", 10_000],
    ]);
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
