import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { readWorkbook } from "@pa/service-kit/ledger";
import { callers, demoTownshipCode, errorCode, sqlStatements, T1, T2, testDialects } from "@pa/testing";
import {
  OPEN_POST,
  PLACE,
  offerInput,
  personFacts,
  postInput,
  RECORD_OFFER,
  startEmployment,
  type EmploymentHarness,
} from "../employment.fixtures";
import { JobOffer } from "../job-offer/job-offer.entity";
import { PostPlacement } from "../post/post-placement.entity";
import { PersonFacts } from "../person/person-facts.entity";
import { markJobReady, NOT_NEEDED_REASON } from "./assistance-case.reactions";
import { personFactsProjection } from "../person/person-facts.projection";
import { AssistanceCase } from "./assistance-case.entity";
import { CaseStatus } from "./assistance-case.enums";

const GAPS = /* GraphQL */ `
  query Gaps($filter: OfferGapsFilter, $first: Int, $after: String) {
    offerGaps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        personId
        offerCount
        offersMissing
        openedOn
      }
    }
  }
`;
const CLOSE = `mutation C($input: CloseAssistanceCaseInput!) { closeAssistanceCase(input: $input) { id status closedOn closeReason } }`;

interface Gaps {
  offerGaps: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { personId: string; offerCount: number; offersMissing: number; openedOn: string }[];
  };
}

describe.each(testDialects())("R-EMP-3 one-to-one assistance on %s", (dialect) => {
  let h: EmploymentHarness;
  const casesOf = (personId: string) => h.app.orm.em.fork().find(AssistanceCase, { personId });
  const offersOf = (personId: string) => h.app.orm.em.fork().count(JobOffer, { personId });
  const gapIds = async (townshipCodes: string[]) =>
    (await h.ok<Gaps>(GAPS, { filter: { townshipCodes }, first: 500 })).offerGaps.nodes.map(
      (n) => n.personId,
    );

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-cases");
    for (const code of [T1, T2, demoTownshipCode(20), demoTownshipCode(21), demoTownshipCode(22)])
      await h.township(code);
  });
  afterAll(async () => h?.close());

  describe("R-TGT-1 a case opens for capacity and willingness, from the registry's events", () => {
    test("full or partial capacity with willingness opens a case; without willingness, or without capacity, none", async () => {
      const full = await h.person({ laborCapacity: "FULL", willingToWork: true });
      const partial = await h.person({ laborCapacity: "PARTIAL", willingToWork: true });
      const unwilling = await h.person({ laborCapacity: "FULL", willingToWork: false });
      const unable = await h.person({ laborCapacity: "NONE", willingToWork: true });
      expect((await casesOf(full)).map((c) => c.status)).toEqual([CaseStatus.OPEN]);
      expect(await casesOf(partial)).toHaveLength(1);
      expect(await casesOf(unwilling)).toHaveLength(0);
      expect(await casesOf(unable)).toHaveLength(0);
    });

    test("a later update that makes the person willing opens the case then", async () => {
      const id = await h.person({ willingToWork: false }, "2020-01-10");
      expect(await casesOf(id)).toHaveLength(0);
      expect(await h.facts(personFacts(id, { version: 2, willingToWork: true }), "2020-03-02")).toEqual({
        applied: true,
        caseOpened: true,
      });
      const [c] = await casesOf(id);
      expect(c).toMatchObject({ status: CaseStatus.OPEN, openedOn: "2020-03-02", openedBy: "system" });
    });

    test("the same event twice opens one case", async () => {
      const id = newId();
      await h.facts(personFacts(id));
      expect(await h.facts(personFacts(id))).toEqual({ applied: false, caseOpened: false });
      expect(await casesOf(id)).toHaveLength(1);
    });

    test("facts older than those stored are ignored (events may arrive out of order)", async () => {
      const id = newId();
      await h.facts(personFacts(id, { version: 3, townshipCode: T2, willingToWork: false }));
      expect(await h.facts(personFacts(id, { version: 2, townshipCode: T1, willingToWork: true }))).toEqual({
        applied: false,
        caseOpened: false,
      });
      expect(await h.app.orm.em.fork().findOneOrFail(PersonFacts, { personId: id })).toMatchObject({
        version: 3,
        townshipCode: T2,
        willingToWork: false,
      });
      expect(await casesOf(id)).toHaveLength(0);
    });

    test("R-PRIN-1 an exit changes nothing: the case stays open, the placement and the post stay", async () => {
      const id = await h.person();
      const post = (await h.ok<{ openPost: { id: string } }>(OPEN_POST, { input: postInput() })).openPost;
      await h.ok(PLACE, { input: { postId: post.id, personId: id, startOn: "2020-01-01" } });
      await h.ok(`mutation P($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`, {
        input: { personId: id, kind: "PUBLIC_WELFARE_POST", employer: "东山村村委会", since: "2020-01-01" },
      });
      // The exit event: the poverty status changes, the need does not; nothing here closes.
      expect(await h.facts(personFacts(id, { version: 2, povertyStatus: "EXITED" }))).toMatchObject({
        applied: true,
      });
      const em = h.app.orm.em.fork();
      expect((await casesOf(id)).map((c) => c.status)).toEqual([CaseStatus.OPEN]);
      expect(await em.findOneOrFail(PostPlacement, { personId: id })).toMatchObject({ endOn: null });
      const r = await h.ok<{
        publicWelfarePost: { closedOn: string | null; currentPlacement: { personId: string } };
      }>(`query { publicWelfarePost(id: "${post.id}") { closedOn currentPlacement { personId } } }`);
      expect(r.publicWelfarePost).toEqual({ closedOn: null, currentPlacement: { personId: id } });
      const placements = await h.ok<{ placements: { totalCount: number } }>(
        `query { placements(filter: { personId: "${id}", activeOn: "2020-06-01" }) { totalCount } }`,
      );
      expect(placements.placements.totalCount).toBe(1);
    });

    test("a case a clerk closed is not reopened by an update that leaves the person as eligible as before", async () => {
      const id = await h.person();
      const [c] = await casesOf(id);
      const noReason = await h.gql(CLOSE, { input: { caseId: c!.id, version: c!.version, reason: " " } });
      expect(errorCode(noReason)).toBe("BAD_USER_INPUT");
      expect(noReason.errors?.[0]?.extensions?.field).toBe("input.reason");
      await h.ok(CLOSE, { input: { caseId: c!.id, version: c!.version, reason: "已稳定就业满一年" } });
      await h.facts(personFacts(id, { version: 2, willingToTrain: true }));
      expect((await casesOf(id)).map((x) => x.status)).toEqual([CaseStatus.CLOSED]);
      // A clerk may open a new one by hand.
      await h.ok(`mutation { openAssistanceCase(input: { personId: "${id}" }) { id } }`);
      expect((await casesOf(id)).map((x) => x.status).sort()).toEqual([CaseStatus.CLOSED, CaseStatus.OPEN]);
    });
  });

  describe("issue 9 item 13: a case is dated by the facts, not by when the service heard of them", () => {
    test("R-TGT-1 a case opened at registration is dated on the registration date, not the event's arrival", async () => {
      const id = newId();
      await h.facts(personFacts(id, { registeredOn: "2019-04-01" }), "2020-06-15");
      expect((await casesOf(id))[0]).toMatchObject({ status: CaseStatus.OPEN, openedOn: "2019-04-01" });
    });

    test("R-TGT-1 a first-heard update that made the person willing dates the case on that update", async () => {
      const id = newId();
      await h.facts(
        { ...personFacts(id, { version: 3, registeredOn: "2019-04-01" }), changedFields: ["willingToWork"] },
        "2020-08-08",
      );
      expect((await casesOf(id))[0]?.openedOn).toBe("2020-08-08");
    });

    test("R-EMP-3 an offer dated before the person's registration is BAD_USER_INPUT on input.offeredOn and never counted", async () => {
      const id = await h.person({}, "2020-05-10");
      const r = await h.gql(RECORD_OFFER, { input: offerInput(id, { offeredOn: "2020-05-09" }) });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.offeredOn");
      expect(r.errors?.[0]?.extensions).toMatchObject({
        messageZh: expect.stringContaining("建档立卡"),
        messageEn: expect.stringContaining("2020-05-10"),
      });
      expect(await offersOf(id)).toBe(0);
      expect((await casesOf(id))[0]?.offerCount).toBe(0);
      // On the registration day itself it counts.
      await h.ok(RECORD_OFFER, { input: offerInput(id, { offeredOn: "2020-05-10" }) });
      expect((await casesOf(id))[0]?.offerCount).toBe(1);
    });

    test("R-EMP-3 an offer stored before registration (older data) does not count when a case opens", async () => {
      const id = await h.person({ willingToWork: false }, "2020-05-10");
      await h.app.orm.em.fork().transactional(async (em) => {
        for (const offeredOn of ["2020-01-01", "2020-06-01"])
          em.create(JobOffer, {
            personId: id,
            townshipCode: T1,
            employer: "恒达服饰有限公司",
            position: "缝纫工",
            monthlyWageFen: 300_000,
            channel: "VILLAGE_DELIVERY",
            jobFairId: null,
            offeredOn,
            outcome: "PENDING",
            declineReason: null,
            outcomeOn: null,
            recordedBy: "legacy",
          } as never);
      });
      await h.facts(personFacts(id, { version: 2, registeredOn: "2020-05-10", willingToWork: true }));
      expect((await casesOf(id))[0]).toMatchObject({ status: CaseStatus.OPEN, offerCount: 1 });
    });
  });

  describe("issue 9 item 11 / R-REQ-2: the latest need drives the case", () => {
    test("R-REQ-2 willingness to work becoming false marks the open case NOT_NEEDED, dated, with the reason; nothing deleted", async () => {
      const id = await h.person({}, "2019-03-01");
      await h.ok(RECORD_OFFER, { input: offerInput(id) });
      await h.facts(
        {
          ...personFacts(id, { version: 2, registeredOn: "2019-03-01", willingToWork: false }),
          changedFields: ["willingToWork"],
        },
        "2020-07-01",
      );
      const [c] = await casesOf(id);
      expect(c).toMatchObject({
        status: CaseStatus.NOT_NEEDED,
        openKey: null,
        openedOn: "2019-03-01",
        closedOn: "2020-07-01",
        closeReason: NOT_NEEDED_REASON,
        closedBy: "system",
        offerCount: 1,
      });
      expect(await offersOf(id)).toBe(1);
      // Off the gap list; the person's latest case shows why.
      expect(await gapIds([T1])).not.toContain(id);
    });

    test("R-REQ-2 willing again: a new case opens on that day, the NOT_NEEDED one stays as history, offers since registration count", async () => {
      const id = await h.person({}, "2019-03-01");
      await h.ok(RECORD_OFFER, { input: offerInput(id) });
      const reg = { registeredOn: "2019-03-01" };
      await h.facts(personFacts(id, { ...reg, version: 2, willingToWork: false }), "2020-07-01");
      await h.facts(personFacts(id, { ...reg, version: 3, willingToWork: true }), "2020-09-01");
      const cases = (await casesOf(id)).sort((a, b) => a.openedOn.localeCompare(b.openedOn));
      expect(cases.map((c) => [c.status, c.openedOn, c.closedOn ?? null])).toEqual([
        [CaseStatus.NOT_NEEDED, "2019-03-01", "2020-07-01"],
        [CaseStatus.OPEN, "2020-09-01", null],
      ]);
      expect(cases[1]?.offerCount).toBe(1);
    });

    test("R-PRIN-1 an exit arriving with unwillingness: the unwillingness closes the case, the exit plays no part; a clerk-closed case is left alone", async () => {
      const id = await h.person();
      await h.facts(personFacts(id, { version: 2, povertyStatus: "EXITED", willingToWork: false }));
      expect((await casesOf(id)).map((c) => c.status)).toEqual([CaseStatus.NOT_NEEDED]);
      const closedByClerk = await h.person();
      const [c] = await casesOf(closedByClerk);
      await h.ok(CLOSE, { input: { caseId: c!.id, version: c!.version, reason: "已稳定就业满一年" } });
      await h.facts(personFacts(closedByClerk, { version: 2, willingToWork: false }));
      expect((await casesOf(closedByClerk))[0]).toMatchObject({
        status: CaseStatus.CLOSED,
        closeReason: "已稳定就业满一年",
      });
    });

    test("the reaction is set-based: a batch of 140 people costs the same SQL statements as one of 20, opening or closing", async () => {
      const batch = (ids: string[], over: Partial<Parameters<typeof personFacts>[1]>) => async () =>
        h.app.orm.em.fork().transactional((em) =>
          personFactsProjection.apply(
            em,
            ids.map((id) => ({
              facts: personFacts(id, over),
              source: personFactsProjection.sourceOutsideEvent({ businessDate: "2020-10-01" }),
            })),
          ),
        );
      const small = Array.from({ length: 20 }, () => newId());
      // 140: the audit entries (two per person) stay inside one insert chunk (MikroORM batches 300 rows).
      const large = Array.from({ length: 140 }, () => newId());
      const count = async (run: () => Promise<unknown>) => (await sqlStatements(h.app.orm, run)).length;
      const openSmall = await count(batch(small, {}));
      const openLarge = await count(batch(large, {}));
      expect(openLarge).toBe(openSmall);
      const closeSmall = await count(batch(small, { version: 2, willingToWork: false }));
      const closeLarge = await count(batch(large, { version: 2, willingToWork: false }));
      expect(closeLarge).toBe(closeSmall);
      expect((await casesOf(large[139]!)).map((c) => c.status)).toEqual([CaseStatus.NOT_NEEDED]);
    });
  });

  describe("R-EMP-3 job-ready after skills training", () => {
    test("a completed training marks the open case job-ready; a completion before the case opens is kept for it", async () => {
      const withCase = await h.person();
      await h.app.orm.em
        .fork()
        .transactional((em) => markJobReady(em, { personId: withCase, completedOn: "2020-04-30" }));
      expect((await casesOf(withCase))[0]).toMatchObject({ jobReady: true, jobReadyOn: "2020-04-30" });

      const early = newId();
      await h.app.orm.em
        .fork()
        .transactional((em) => markJobReady(em, { personId: early, completedOn: "2020-05-20" }));
      await h.facts(personFacts(early));
      expect((await casesOf(early))[0]).toMatchObject({ jobReady: true, jobReadyOn: "2020-05-20" });
    });
  });

  describe("R-EMP-3 at least three job offers", () => {
    test("a person with two offers is on the gap list; a third offer takes them off", async () => {
      const T = demoTownshipCode(20);
      const id = await h.person({ townshipCode: T });
      for (let i = 0; i < 2; i++)
        await h.ok(RECORD_OFFER, { input: offerInput(id, { offeredOn: "2020-05-0" + (i + 1) }) });
      const before = (await h.ok<Gaps>(GAPS, { filter: { townshipCodes: [T] } })).offerGaps.nodes.find(
        (n) => n.personId === id,
      );
      expect(before).toMatchObject({ offerCount: 2, offersMissing: 1 });
      await h.ok(RECORD_OFFER, {
        input: offerInput(id, {
          channel: "HOUSEHOLD_DELIVERY",
          outcome: "DECLINED",
          declineReason: "离家太远",
        }),
      });
      expect(await gapIds([T])).not.toContain(id);
    });

    test("R-EMP-3 the offers say MET, or MISSED once the OFFERS deadline (policy data, 2020-12-31) is past", async () => {
      const T = demoTownshipCode(22);
      const short = await h.person({ townshipCode: T });
      const drawn = await h.ok<{ offerGaps: { dueOn: string | null; status: string } }>(
        `query G($f: OfferGapsFilter) { offerGaps(filter: $f, first: 1) { dueOn status } }`,
        { f: { townshipCodes: [T] } },
      );
      expect(drawn.offerGaps).toEqual({ dueOn: "2020-12-31", status: "MISSED" });
      const status = async (personId: string) =>
        (
          await h.ok<{ assistanceCases: { nodes: { offersStatus: string }[] } }>(
            `query C($f: AssistanceCasesFilter) { assistanceCases(filter: $f) { nodes { offersStatus } } }`,
            { f: { personId } },
          )
        ).assistanceCases.nodes[0]!.offersStatus;
      expect(await status(short)).toBe("MISSED");
      for (let i = 0; i < 3; i++) await h.ok(RECORD_OFFER, { input: offerInput(short) });
      expect(await status(short)).toBe("MET");
    });

    test("the longest-waiting come first, by township, page by page", async () => {
      const T = demoTownshipCode(21);
      const later = await h.person({ townshipCode: T }, "2020-03-01");
      const earliest = await h.person({ townshipCode: T }, "2019-07-01");
      const middle = await h.person({ townshipCode: T }, "2019-11-15");
      await h.person({ townshipCode: T2 }, "2018-01-01");
      const first = await h.ok<Gaps>(GAPS, { filter: { townshipCodes: [T] }, first: 2 });
      expect(first.offerGaps.totalCount).toBe(3);
      expect(first.offerGaps.nodes.map((n) => n.personId)).toEqual([earliest, middle]);
      const next = await h.ok<Gaps>(GAPS, {
        filter: { townshipCodes: [T] },
        first: 2,
        after: first.offerGaps.pageInfo.endCursor,
      });
      expect(next.offerGaps.nodes.map((n) => n.personId)).toEqual([later]);
      expect(next.offerGaps.pageInfo.hasNextPage).toBe(false);
      // A township clerk of T2 sees only T2's people, whatever they ask for.
      const scoped = await h.ok<Gaps>(
        GAPS,
        { filter: { townshipCodes: [T] } },
        { as: callers.townshipCentre.clerkIn(T2) },
      );
      expect(scoped.offerGaps.totalCount).toBe(0);
    });

    test("offers received before the case opened count towards the three", async () => {
      const id = await h.person({ willingToWork: false });
      for (let i = 0; i < 3; i++) await h.ok(RECORD_OFFER, { input: offerInput(id) });
      await h.facts(personFacts(id, { version: 2, willingToWork: true }));
      expect((await casesOf(id))[0]).toMatchObject({ status: CaseStatus.OPEN, offerCount: 3 });
      expect(await gapIds([T1])).not.toContain(id);
    });
  });

  describe("R-EMP-3 bad offers are refused and change nothing", () => {
    test("a negative wage is BAD_USER_INPUT on input.monthlyWageFen", async () => {
      const id = await h.person();
      const r = await h.gql(RECORD_OFFER, { input: offerInput(id, { monthlyWageFen: -100 }) });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.monthlyWageFen");
      expect(await offersOf(id)).toBe(0);
      expect((await casesOf(id))[0]?.offerCount).toBe(0);
    });

    test("an unknown person is BAD_USER_INPUT on input.personId", async () => {
      const id = newId();
      const r = await h.gql(RECORD_OFFER, { input: offerInput(id) });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.personId");
      expect(await offersOf(id)).toBe(0);
    });

    test("an offer dated in the future is BAD_USER_INPUT on input.offeredOn", async () => {
      const id = await h.person();
      const r = await h.gql(RECORD_OFFER, { input: offerInput(id, { offeredOn: "2999-01-01" }) });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.offeredOn");
      expect(await offersOf(id)).toBe(0);
    });

    test("a declined offer without a reason is BAD_USER_INPUT on input.declineReason", async () => {
      const id = await h.person();
      const r = await h.gql(RECORD_OFFER, { input: offerInput(id, { outcome: "DECLINED" }) });
      expect(r.errors?.[0]?.extensions?.field).toBe("input.declineReason");
      expect(await offersOf(id)).toBe(0);
    });

    test("only hr-centre records offers: a township clerk is FORBIDDEN and nothing is written", async () => {
      const id = await h.person();
      const r = await h.gql(
        RECORD_OFFER,
        { input: offerInput(id) },
        { as: callers.townshipCentre.clerkIn(T1) },
      );
      expect(errorCode(r)).toBe("FORBIDDEN");
      expect(await offersOf(id)).toBe(0);
    });

    test("an outcome recorded later: declining needs a reason, a stale version is CONFLICT", async () => {
      const id = await h.person();
      const offer = (await h.ok<{ recordJobOffer: { id: string } }>(RECORD_OFFER, { input: offerInput(id) }))
        .recordJobOffer;
      const m = `mutation O($input: RecordOfferOutcomeInput!) { recordOfferOutcome(input: $input) { outcome declineReason version } }`;
      expect(
        (await h.gql(m, { input: { offerId: offer.id, version: 1, outcome: "DECLINED" } })).errors?.[0]
          ?.extensions?.field,
      ).toBe("input.declineReason");
      const ok = await h.ok<{ recordOfferOutcome: { version: number } }>(m, {
        input: { offerId: offer.id, version: 1, outcome: "DECLINED", declineReason: "工资偏低" },
      });
      expect(ok.recordOfferOutcome).toMatchObject({
        outcome: "DECLINED",
        declineReason: "工资偏低",
        version: 2,
      });
      expect(
        errorCode(await h.gql(m, { input: { offerId: offer.id, version: 1, outcome: "ACCEPTED" } })),
      ).toBe("CONFLICT");
    });
  });

  describe("the offer ledger 帮扶台账", () => {
    test("exports to Excel with Chinese headers, one row per offer", async () => {
      const T = demoTownshipCode(20);
      const r = await h.ok<{ offerLedgerExport: string }>(
        `query { offerLedgerExport(filter: { townshipCodes: ["${T}"] }) }`,
      );
      const wb = await readWorkbook(r.offerLedgerExport);
      const sheet = wb.getWorksheet("帮扶台账")!;
      expect(sheet.getRow(1).values).toEqual(
        expect.arrayContaining([
          "人员编号",
          "推荐日期",
          "用人单位",
          "岗位",
          "月工资（元）",
          "推荐渠道",
          "推荐结果",
          "拒绝原因",
        ]),
      );
      expect(sheet.rowCount).toBe(1 + 3);
      const rows = [2, 3, 4].map((n) => sheet.getRow(n).values);
      expect(rows).toContainEqual(expect.arrayContaining(["送岗入户", "拒绝", "离家太远", 3000]));
    });
  });
});

describe.each(testDialects())("R-EMP-3 the number of offers required is policy data on %s", (dialect) => {
  let h: EmploymentHarness;
  let policyId = "";
  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-offers-cfg");
    await h.township(T1);
    const saved = await h.ok<{ saveEmploymentPolicyVersion: { id: string; version: number } }>(
      `mutation S($input: SaveEmploymentPolicyVersionInput!) { saveEmploymentPolicyVersion(input: $input) { id version } }`,
      {
        input: {
          kind: "OFFERS",
          name: "试行：每人至少1次",
          validFrom: "2021-01-01",
          parameters: { offersRequired: 1 },
        },
      },
    );
    await h.ok(
      `mutation A($input: AdoptEmploymentPolicyVersionInput!) { adoptEmploymentPolicyVersion(input: $input) { id } }`,
      { input: saved.saveEmploymentPolicyVersion },
    );
    policyId = saved.saveEmploymentPolicyVersion.id;
  });
  afterAll(async () => h?.close());

  test("with an OFFERS version of 1 in force one offer takes a person off the gap list", async () => {
    const id = await h.person();
    expect((await h.ok<Gaps>(GAPS, {})).offerGaps.nodes.map((n) => n.personId)).toContain(id);
    await h.ok(RECORD_OFFER, { input: offerInput(id) });
    expect((await h.ok<Gaps>(GAPS, {})).offerGaps.totalCount).toBe(0);
    // The gap list names the policy version it was drawn against.
    const drawn = await h.ok<{ offerGaps: { offersRequired: number; policyVersionId: string } }>(
      `{ offerGaps(first: 1) { offersRequired policyVersionId } }`,
    );
    expect(drawn.offerGaps).toEqual({ offersRequired: 1, policyVersionId: policyId });
    // A version without a deadline is never due: those short of it are NOT_DUE.
    const due = await h.ok<{ offerGaps: { dueOn: string | null; status: string } }>(
      `{ offerGaps(first: 1) { dueOn status } }`,
    );
    expect(due.offerGaps).toEqual({ dueOn: null, status: "NOT_DUE" });
  });
});
