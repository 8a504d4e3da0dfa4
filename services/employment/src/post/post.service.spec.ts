import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readWorkbook } from "@pa/service-kit/ledger";
import { newId } from "@pa/service-kit";
import { callers, demoTownshipCode, errorCode, T1, T2, testDialects, UNKNOWN_TOWNSHIP } from "@pa/testing";
import { OPEN_POST, PLACE, postInput, startEmployment, type EmploymentHarness } from "../employment.fixtures";
import { PostPlacement } from "./post-placement.entity";
import { PublicWelfarePost } from "./post.entity";

const FIGURES = /* GraphQL */ `
  query Figures($asOf: LocalDate, $townshipCodes: [String!]) {
    postFigures(asOf: $asOf, townshipCodes: $townshipCodes) {
      asOf
      held
      filled
      vacant
      occupancyRateBp
      heldCheck {
        actual
        met
        status
        dueOn
        target {
          value
          validFrom
        }
      }
      occupancyCheck {
        actual
        met
        status
        target {
          value
        }
      }
    }
  }
`;
const CLOSE = `mutation C($input: ClosePostInput!) { closePost(input: $input) { id closedOn version } }`;
const END = `mutation E($input: EndPostPlacementInput!) { endPostPlacement(input: $input) { id endOn version } }`;
const LOG = `mutation L($input: RecordWorkLogInput!) { recordWorkLog(input: $input) { id month daysWorked } }`;
const STATEMENT = /* GraphQL */ `
  query S($month: String!, $townshipCodes: [String!]) {
    allowanceStatement(month: $month, townshipCodes: $townshipCodes) {
      month
      placements
      logged
      totalDueFen
      lines {
        placementId
        logged
        daysWorked
        dueFen
      }
    }
  }
`;

interface Figures {
  held: number;
  filled: number;
  vacant: number;
  occupancyRateBp: number | null;
  heldCheck: {
    actual: number;
    met: boolean;
    status: string;
    dueOn: string | null;
    target: { value: number; validFrom: string } | null;
  };
  occupancyCheck: { actual: number; met: boolean; status: string; target: { value: number } | null };
}

describe.each(testDialects())("R-EMP-1 public-welfare posts on %s", (dialect) => {
  let h: EmploymentHarness;
  const figures = async (asOf: string, township: string) =>
    (await h.ok<{ postFigures: Figures }>(FIGURES, { asOf, townshipCodes: [township] })).postFigures;
  const openPost = async (over: Record<string, unknown> = {}) =>
    (await h.ok<{ openPost: { id: string; version: number } }>(OPEN_POST, { input: postInput(over) }))
      .openPost;
  const place = (postId: string, personId: string, startOn: string) =>
    h.gql<{ placeInPost: { id: string; version: number } }>(PLACE, { input: { postId, personId, startOn } });
  const placementsOf = (postId: string) => h.app.orm.em.fork().count(PostPlacement, { postId });

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-posts");
    for (const code of [T1, T2, demoTownshipCode(10), demoTownshipCode(11)]) await h.township(code);
  });
  afterAll(async () => h?.close());

  describe("R-EMP-1 posts held, filled and occupancy on a date", () => {
    test("a post opened on D counts on D; a post closed on D no longer counts on D; a placement counts from its first day", async () => {
      const T = demoTownshipCode(10);
      const early = await openPost({ townshipCode: T, openedOn: "2020-01-01" });
      const late = await openPost({ townshipCode: T, openedOn: "2020-06-01" });
      await h.ok(CLOSE, {
        input: { postId: early.id, version: early.version, closedOn: "2020-06-30", reason: "岗位调整" },
      });
      const person = await h.person({ townshipCode: T });
      await h.ok(PLACE, { input: { postId: late.id, personId: person, startOn: "2020-06-10" } });

      expect(await figures("2020-05-31", T)).toMatchObject({ held: 1, filled: 0, occupancyRateBp: 0 });
      expect(await figures("2020-06-01", T)).toMatchObject({ held: 2, filled: 0 });
      expect(await figures("2020-06-09", T)).toMatchObject({ held: 2, filled: 0 });
      expect(await figures("2020-06-10", T)).toMatchObject({ held: 2, filled: 1, occupancyRateBp: 5000 });
      expect(await figures("2020-06-29", T)).toMatchObject({ held: 2, filled: 1 });
      expect(await figures("2020-06-30", T)).toMatchObject({
        held: 1,
        filled: 1,
        vacant: 0,
        occupancyRateBp: 10000,
      });
      expect(await figures("2019-12-31", T)).toMatchObject({ held: 0, filled: 0, occupancyRateBp: null });

      // Township.employment counts the same way, per township in one batch (the quarter's last day).
      const byTownship = await h.ok<{ _entities: { employment: Record<string, number | null> }[] }>(
        `query E($reps: [_Any!]!) { _entities(representations: $reps) { ... on Township {
          employment(quarter: { year: 2020, quarter: 2 }) { postsHeld postsFilled occupancyRateBp } } } }`,
        { reps: [T, "990101099"].map((code) => ({ __typename: "Township", code })) },
      );
      expect(byTownship._entities.map((e) => e.employment)).toEqual([
        { postsHeld: 1, postsFilled: 1, occupancyRateBp: 10000 },
        { postsHeld: 0, postsFilled: 0, occupancyRateBp: null },
      ]);
    });

    test("470 held with 376 filled meets 470 / 80 %; one placement ended or one post closed on the date falls short that day only", async () => {
      const T = demoTownshipCode(11);
      // 470 posts and 376 placements are seeded directly (470 mutations would only slow the test);
      // the changes on the boundary day go through the API.
      const em = h.app.orm.em.fork();
      const posts: PublicWelfarePost[] = [];
      await em.transactional(async (tx) => {
        for (let i = 0; i < 470; i++)
          posts.push(
            tx.create(PublicWelfarePost, {
              title: `护林员${i}`,
              typeCode: "FOREST_CARE",
              townshipCode: T,
              village: "西岭村",
              monthlyAllowanceFen: 80_000,
              openedOn: "2019-01-01",
            }),
          );
        for (let i = 0; i < 376; i++)
          tx.create(PostPlacement, {
            postId: posts[i]!.id,
            personId: newId(),
            townshipCode: T,
            startOn: "2019-02-01",
            placedBy: "seed",
          });
      });

      const full = await figures("2020-12-31", T);
      expect(full).toMatchObject({ held: 470, filled: 376, vacant: 94, occupancyRateBp: 8000 });
      expect(full.heldCheck).toMatchObject({
        actual: 470,
        met: true,
        target: { value: 470, validFrom: "2018-01-01" },
      });
      expect(full.occupancyCheck).toMatchObject({ actual: 8000, met: true, target: { value: 8000 } });

      // One person leaves on 2020-12-31: 375 / 470 = 79.78 % that day, still 80 % the day before.
      const left = await h.app.orm.em.fork().findOneOrFail(PostPlacement, { postId: posts[0]!.id });
      await h.ok(END, {
        input: { placementId: left.id, version: left.version, endOn: "2020-12-31", reason: "外出务工" },
      });
      expect(await figures("2020-12-30", T)).toMatchObject({ filled: 376, occupancyCheck: { met: true } });
      expect(await figures("2020-12-31", T)).toMatchObject({
        filled: 375,
        occupancyRateBp: 7978,
        occupancyCheck: { actual: 7978, met: false },
      });

      // One vacant post is closed on 2020-12-31: 469 held that day, 470 the day before.
      const vacant = posts[469]!;
      await h.ok(CLOSE, {
        input: { postId: vacant.id, version: vacant.version, closedOn: "2020-12-31", reason: "撤并" },
      });
      expect((await figures("2020-12-30", T)).heldCheck).toMatchObject({ actual: 470, met: true });
      expect((await figures("2020-12-31", T)).heldCheck).toMatchObject({ actual: 469, met: false });
    });

    test("R-EMP-1 each check says MET, NOT_DUE before the plan's deadline (policy data), MISSED after it", async () => {
      const T = demoTownshipCode(11);
      // Before any post opened, and before the deadline 2020-12-31: not met, not due.
      const early = await figures("2018-12-31", T);
      expect(early.heldCheck).toMatchObject({ actual: 0, status: "NOT_DUE", dueOn: "2020-12-31" });
      expect(early.occupancyCheck.status).toBe("NOT_DUE");
      expect((await figures("2020-12-30", T)).heldCheck.status).toBe("MET");
      // On the deadline, that day long over: 469 held, 79.78 % filled — missed.
      const last = await figures("2020-12-31", T);
      expect(last.heldCheck.status).toBe("MISSED");
      expect(last.occupancyCheck.status).toBe("MISSED");
    });

    test("R-PRIN-2 targets are data: a new target from a later date applies from that date, the old one before it", async () => {
      const T = demoTownshipCode(11);
      await h.ok(
        `mutation T($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { id } }`,
        {
          input: { metric: "POSTS_HELD", value: 460, validFrom: "2021-01-01", note: "过渡期目标" },
        },
      );
      expect((await figures("2020-12-31", T)).heldCheck).toMatchObject({
        met: false,
        target: { value: 470 },
      });
      expect((await figures("2021-01-01", T)).heldCheck).toMatchObject({
        actual: 469,
        met: true,
        target: { value: 460, validFrom: "2021-01-01" },
      });
    });
  });

  describe("R-EMP-1 placements: one seat per post", () => {
    test("a placement into a closed post is BAD_USER_INPUT on input.postId and writes nothing", async () => {
      const post = await openPost({ openedOn: "2019-01-01" });
      await h.ok(CLOSE, {
        input: { postId: post.id, version: post.version, closedOn: "2020-01-01", reason: "撤并" },
      });
      const r = await place(post.id, await h.person(), "2020-01-01");
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.postId");
      expect(await placementsOf(post.id)).toBe(0);
      // The day before it closed, the post was open.
      expect(errorCode(await place(post.id, await h.person(), "2019-12-31"))).toBeUndefined();
    });

    test("a placement into a taken post is BAD_USER_INPUT on input.postId; after the occupant leaves on D another may start on D", async () => {
      const post = await openPost();
      const first = (await place(post.id, await h.person(), "2020-03-01")).data!.placeInPost;
      const r = await place(post.id, await h.person(), "2020-05-01");
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.postId");
      expect(await placementsOf(post.id)).toBe(1);
      await h.ok(END, {
        input: { placementId: first.id, version: first.version, endOn: "2020-05-01", reason: "转企业就业" },
      });
      expect(errorCode(await place(post.id, await h.person(), "2020-04-30"))).toBe("BAD_USER_INPUT");
      expect(errorCode(await place(post.id, await h.person(), "2020-05-01"))).toBeUndefined();
    });

    test("an unknown person, a start before the post opened and a person already in another post are each refused on their field", async () => {
      const post = await openPost({ openedOn: "2020-01-01" });
      const unknown = await place(post.id, newId(), "2020-02-01");
      expect(errorCode(unknown)).toBe("BAD_USER_INPUT");
      expect(unknown.errors?.[0]?.extensions?.field).toBe("input.personId");
      const early = await place(post.id, await h.person(), "2019-12-31");
      expect(early.errors?.[0]?.extensions?.field).toBe("input.startOn");
      const busy = await h.person();
      await h.ok(PLACE, { input: { postId: (await openPost()).id, personId: busy, startOn: "2020-01-01" } });
      const twice = await place(post.id, busy, "2020-02-01");
      expect(twice.errors?.[0]?.extensions?.field).toBe("input.personId");
      expect(await placementsOf(post.id)).toBe(0);
    });

    test("a post with someone in it cannot be closed until the placement ends", async () => {
      const post = await openPost();
      await h.ok(PLACE, { input: { postId: post.id, personId: await h.person(), startOn: "2020-01-01" } });
      const r = await h.gql(CLOSE, {
        input: { postId: post.id, version: post.version + 1, closedOn: "2020-06-01", reason: "撤并" },
      });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.field).toBe("input.closedOn");
    });

    test("a stale version is CONFLICT", async () => {
      const post = await openPost();
      await h.ok(CLOSE, {
        input: { postId: post.id, version: post.version, closedOn: "2020-01-01", reason: "撤并" },
      });
      const again = await h.gql(CLOSE, {
        input: { postId: post.id, version: post.version, closedOn: "2020-02-01", reason: "撤并" },
      });
      expect(errorCode(again)).toBe("CONFLICT");
    });
  });

  describe("R-EMP-1 no work log, no allowance (挂名领报酬)", () => {
    test("a month with a work log pays the post's allowance; a month without pays nothing", async () => {
      const T = T2;
      const post = await openPost({ townshipCode: T, monthlyAllowanceFen: 120_000, openedOn: "2020-01-01" });
      const placement = (await place(post.id, await h.person({ townshipCode: T }), "2020-03-15")).data!
        .placeInPost;
      await h.ok(LOG, { input: { placementId: placement.id, month: "2020-03", daysWorked: 12 } });

      const march = (
        await h.ok<{ allowanceStatement: Record<string, unknown> }>(STATEMENT, {
          month: "2020-03",
          townshipCodes: [T],
        })
      ).allowanceStatement;
      expect(march).toMatchObject({ placements: 1, logged: 1, totalDueFen: 120_000 });
      expect(march.lines).toEqual([
        { placementId: placement.id, logged: true, daysWorked: 12, dueFen: 120_000 },
      ]);

      const april = (
        await h.ok<{ allowanceStatement: Record<string, unknown> }>(STATEMENT, {
          month: "2020-04",
          townshipCodes: [T],
        })
      ).allowanceStatement;
      expect(april).toMatchObject({ placements: 1, logged: 0, totalDueFen: 0 });
      expect(april.lines).toEqual([
        { placementId: placement.id, logged: false, daysWorked: null, dueFen: 0 },
      ]);

      // Before the placement started, nobody was due anything.
      expect(
        (
          await h.ok<{ allowanceStatement: { placements: number } }>(STATEMENT, {
            month: "2020-02",
            townshipCodes: [T],
          })
        ).allowanceStatement.placements,
      ).toBe(0);
    });

    test("a work log outside the placement, in the future, or with impossible days is BAD_USER_INPUT on its field", async () => {
      const post = await openPost({ openedOn: "2020-01-01" });
      const placement = (await place(post.id, await h.person(), "2020-03-01")).data!.placeInPost;
      const before = await h.gql(LOG, {
        input: { placementId: placement.id, month: "2020-02", daysWorked: 10 },
      });
      expect(before.errors?.[0]?.extensions?.field).toBe("input.month");
      const future = await h.gql(LOG, {
        input: { placementId: placement.id, month: "2999-01", daysWorked: 10 },
      });
      expect(future.errors?.[0]?.extensions?.field).toBe("input.month");
      const days = await h.gql(LOG, {
        input: { placementId: placement.id, month: "2020-04", daysWorked: 31 },
      });
      expect(days.errors?.[0]?.extensions?.field).toBe("input.daysWorked");
      const bad = await h.gql(STATEMENT, { month: "2020-4" });
      expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    });
  });

  describe("who may write and see", () => {
    test("only hr-centre clerks write: a township clerk or an hr-centre viewer is FORBIDDEN and nothing is written", async () => {
      const count = () => h.app.orm.em.fork().count(PublicWelfarePost, {});
      const before = await count();
      const clerk = await h.gql(
        OPEN_POST,
        { input: postInput() },
        { as: callers.townshipCentre.clerkIn(T1) },
      );
      expect(errorCode(clerk)).toBe("FORBIDDEN");
      const viewer = await h.gql(OPEN_POST, { input: postInput() }, { as: callers.hrCentre.viewer() });
      expect(errorCode(viewer)).toBe("FORBIDDEN");
      expect(await count()).toBe(before);
    });

    test("a township-scoped reader sees only its townships' posts", async () => {
      await openPost({ townshipCode: T2 });
      const r = await h.ok<{ publicWelfarePosts: { totalCount: number; nodes: { townshipCode: string }[] } }>(
        `{ publicWelfarePosts(first: 500) { totalCount nodes { townshipCode } } }`,
        {},
        { as: callers.townshipCentre.clerkIn(T2) },
      );
      expect(r.publicWelfarePosts.totalCount).toBeGreaterThan(0);
      expect(r.publicWelfarePosts.nodes.every((p) => p.townshipCode === T2)).toBe(true);
    });

    test("bad input on opening: an unknown township and type and a zero allowance are all reported at once", async () => {
      const r = await h.gql(OPEN_POST, {
        input: postInput({ townshipCode: UNKNOWN_TOWNSHIP, typeCode: "NOPE", monthlyAllowanceFen: 0 }),
      });
      const fields = (r.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field);
      expect(fields).toEqual(
        expect.arrayContaining(["input.townshipCode", "input.typeCode", "input.monthlyAllowanceFen"]),
      );
    });
  });

  describe("the bureau's list of post types", () => {
    test("the four seeded types are listed; hr-centre adds one and opens a post of it", async () => {
      const types = await h.ok<{ postTypes: { code: string; name: string }[] }>(
        `{ postTypes { code name } }`,
      );
      expect(types.postTypes.map((t) => t.name)).toEqual(
        expect.arrayContaining(["保洁", "公路养护", "林木管护", "治安巡逻"]),
      );
      await h.ok(`mutation { addPostType(input: { code: "RIVER_CARE", name: "河道保洁" }) { code } }`);
      const dup = await h.gql(
        `mutation { addPostType(input: { code: "RIVER_CARE", name: "河道" }) { code } }`,
      );
      expect(errorCode(dup)).toBe("CONFLICT");
      const post = await openPost({ typeCode: "RIVER_CARE" });
      const r = await h.ok<{ publicWelfarePost: { type: { name: string } } }>(
        `query { publicWelfarePost(id: "${post.id}") { type { name } } }`,
      );
      expect(r.publicWelfarePost.type.name).toBe("河道保洁");
    });
  });

  describe("exports", () => {
    test("the post roster is an Excel file with Chinese headers and a row per post held on the date", async () => {
      const T = demoTownshipCode(10);
      const r = await h.ok<{ postRosterExport: string }>(
        `query { postRosterExport(asOf: "2020-06-30", townshipCodes: ["${T}"]) }`,
      );
      const wb = await readWorkbook(r.postRosterExport);
      const sheet = wb.getWorksheet("公益岗位花名册")!;
      expect(sheet.getRow(1).values).toEqual(
        expect.arrayContaining(["岗位编号", "岗位名称", "镇街代码", "月补贴（元）", "在岗状态"]),
      );
      expect(sheet.rowCount).toBe(2); // header + the one post held that day
      expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(["在岗", 1000]));
    });
  });
});
