import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { adoptPlanPolicies, buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { loadLedgers, readServiceList } from "@pa/gateway";
import { buildRegistrySchema, createRegistryApp } from "@pa/registry";
import { businessDate } from "@pa/service-kit";
import { ledgerTooLarge, type AnyGraphLedger } from "@pa/service-kit/ledger";
import { callers, signTestToken, T1, T2, testDialects, waitFor } from "@pa/testing";
import {
  exportsClient,
  masked,
  registerLedgerPeople,
  T1_NAME,
  T2_NAME,
  XLSX,
  type LedgerPersonFixture,
} from "./ledger-downloads.kit";
import { startFederation, type Federation } from "./testkit";

/**
 * Issue 9 item 15 (ARCHITECTURE.md "The graph": ledgers are spreadsheet downloads over HTTP, same
 * token, same township scope, with the person's name, masked ID number and township name joined
 * through the graph). Employment's ledgers and every refusal of the route, through the real
 * gateway in front of the real registry and employment services, paging two rows at a time.
 * (Social security's ledgers: ledger-downloads-social-security.spec.ts; the two services cannot
 * share one process, their PersonFacts entities collide in MikroORM's metadata.)
 */
describe.each(testDialects())(
  "employment ledgers GET /exports/<ledger>.xlsx through the gateway on %s",
  (dialect) => {
    let fed: Federation;
    let http: ReturnType<typeof exportsClient>;
    const office = callers.povertyOffice.clerk();
    const hr = callers.hrCentre.clerk();
    const t1Clerk = callers.townshipCentre.clerkIn(T1);
    let people: LedgerPersonFixture[] = [];
    const download = (path: string, as: Parameters<typeof http.download>[1]) => http.download(path, as);
    const refusal = (...a: Parameters<typeof http.refusal>) => http.refusal(...a);
    const get = (...a: Parameters<typeof http.get>) => http.get(...a);

    beforeAll(async () => {
      const declared = await loadLedgers(readServiceList());
      const offers = declared.find((l) => l.name === "offer-ledger")!;
      // The offer ledger with a limit of 2 rows, to see the refusal without writing 50,001 offers.
      const tiny: AnyGraphLedger = {
        ...offers,
        name: "offer-ledger-tiny",
        sheet: {
          ...offers.sheet,
          maxRows: 2,
          assertRowCount(n: number, field?: string) {
            if (n > 2) throw ledgerTooLarge(n, 2, field);
          },
        },
      };
      fed = await startFederation(
        [
          {
            name: "registry",
            createApp: createRegistryApp,
            sdl: async () => (await buildRegistrySchema()).sdl,
          },
          {
            name: "employment",
            createApp: createEmploymentApp,
            sdl: async () => (await buildEmploymentSchema()).sdl,
          },
        ],
        { dialect, user: office, gateway: { ledgers: [...declared, tiny], exportPageSize: 2 } },
      );
      http = exportsClient(fed.url);
      await adoptPlanPolicies({
        em: fed.subgraphs.employment!.app.orm.em.fork(),
        identity: hr,
        requestId: "e2e-dl",
      });
      people = await registerLedgerPeople(fed);
      await waitFor(
        "the people's cases in employment",
        async () =>
          (
            await fed.ok<{ assistanceCases: { totalCount: number } }>(
              `{ assistanceCases(first: 1) { totalCount } }`,
              {},
              { as: hr },
            )
          ).assistanceCases.totalCount >= 3,
        15_000,
      );
      const offer = (personId: string, offeredOn: string, outcome: string) =>
        fed.ok(
          `mutation($i: RecordJobOfferInput!) { recordJobOffer(input: $i) { id } }`,
          {
            i: {
              personId,
              employer: "东山电子厂",
              position: "装配工",
              monthlyWageFen: 300_000,
              channel: "HOUSEHOLD_DELIVERY",
              offeredOn,
              outcome,
              ...(outcome === "DECLINED" ? { declineReason: "离家太远" } : {}),
            },
          },
          { as: hr },
        );
      await offer(people[0]!.id, "2020-03-01", "ACCEPTED");
      await offer(people[1]!.id, "2020-03-02", "DECLINED");
      await offer(people[1]!.id, "2020-04-02", "PENDING");
      await offer(people[2]!.id, "2020-03-03", "PENDING");
      for (const [townshipCode, heldOn] of [
        [T1, "2020-03-31"],
        [T2, "2020-04-15"],
        [T1, "2020-06-01"],
      ] as const) {
        await fed.ok(
          `mutation($i: RecordJobFairInput!) { recordJobFair(input: $i) { id } }`,
          {
            i: {
              townshipCode,
              heldOn,
              kind: "DELIVERY_TO_COUNTRYSIDE",
              title: "送岗下乡专场",
              employers: 5,
              positionsOffered: 40,
              poorAttendees: 12,
              offersMade: 3,
            },
          },
          { as: hr },
        );
      }
      await fed.ok(
        `mutation { addPostType(input: { code: "RIVER_CARE", name: "河道保洁" }) { code } }`,
        {},
        { as: hr },
      );
      const open = async (townshipCode: string) =>
        (
          await fed.ok<{ openPost: { id: string } }>(
            `mutation($i: OpenPostInput!) { openPost(input: $i) { id } }`,
            {
              i: {
                title: "河道保洁员",
                typeCode: "RIVER_CARE",
                townshipCode,
                village: "一村",
                monthlyAllowanceFen: 100_000,
                openedOn: "2020-01-01",
              },
            },
            { as: hr },
          )
        ).openPost.id;
      const held = await open(T1);
      await open(T1);
      await open(T2);
      await fed.ok(
        `mutation($i: PlaceInPostInput!) { placeInPost(input: $i) { id } }`,
        { i: { postId: held, personId: people[1]!.id, startOn: "2020-02-01" } },
        { as: hr },
      );
    });
    afterAll(async () => fed?.close());

    test("R-EMP-3 帮扶台账: an .xlsx download with a Chinese file name, the header row, names, masked ID numbers and township names", async () => {
      const d = await download("/exports/offer-ledger.xlsx", hr);
      expect(d.headers.get("content-type")).toBe(XLSX);
      const today = businessDate();
      expect(d.headers.get("content-disposition")).toBe(
        `attachment; filename="offer-ledger_${today}.xlsx"; filename*=UTF-8''${encodeURIComponent(`帮扶台账_${today}.xlsx`)}`,
      );
      expect(d.headers.get("cache-control")).toBe("no-store");
      expect(d.sheet.name).toBe("帮扶台账");
      expect(d.header).toEqual([
        "序号",
        "人员编号",
        "姓名",
        "身份证号码",
        "镇街代码",
        "镇街名称",
        "推荐日期",
        "用人单位",
        "岗位",
        "月工资（元）",
        "推荐渠道",
        "招聘会编号",
        "推荐结果",
        "拒绝原因",
        "记录人",
      ]);
      // Four offers read two a page: every row, none cut off; by township, then person, then date.
      expect(d.rows).toHaveLength(4);
      const [zhang, li, wang] = people;
      expect(d.rows.map((r) => [r["姓名"], r["身份证号码"], r["镇街名称"], r["推荐结果"]])).toEqual([
        [zhang!.name, masked(zhang!.idNumber), T1_NAME, "接受"],
        [li!.name, masked(li!.idNumber), T1_NAME, "拒绝"],
        [li!.name, masked(li!.idNumber), T1_NAME, "待定"],
        [wang!.name, masked(wang!.idNumber), T2_NAME, "待定"],
      ]);
      expect(d.rows[1]).toMatchObject({ "月工资（元）": 3000, 拒绝原因: "离家太远", 推荐渠道: "送岗入户" });
      expect(d.rows.map((r) => r["序号"])).toEqual([1, 2, 3, 4]);
    });

    test("R-EMP-3 a township clerk's file holds only that township's rows, and shows the whole ID numbers its role may see", async () => {
      const d = await download("/exports/offer-ledger.xlsx", t1Clerk);
      expect(d.rows).toHaveLength(3);
      expect(new Set(d.rows.map((r) => r["镇街代码"]))).toEqual(new Set([T1]));
      expect(d.rows[0]!["身份证号码"]).toBe(people[0]!.idNumber);
      // A viewer of the poverty office sees masked numbers; a poverty office clerk whole ones.
      const viewer = await download("/exports/offer-ledger.xlsx", callers.povertyOffice.viewer());
      expect(viewer.rows[0]!["身份证号码"]).toBe(masked(people[0]!.idNumber));
      const clerk = await download(`/exports/offer-ledger.xlsx?townshipCodes=${T2}`, office);
      expect(clerk.rows.map((r) => [r["姓名"], r["身份证号码"]])).toEqual([
        [people[2]!.name, people[2]!.idNumber],
      ]);
    });

    test("R-EMP-3 filters are query parameters: dates, enums, several townships", async () => {
      const d = await download(
        `/exports/offer-ledger.xlsx?offeredFrom=2020-03-02&offeredTo=2020-03-31&townshipCodes=${T1},${T2}`,
        hr,
      );
      expect(d.rows.map((r) => r["姓名"])).toEqual([people[1]!.name, people[2]!.name]);
      const pending = await download("/exports/offer-ledger.xlsx?outcome=PENDING", hr);
      expect(pending.rows).toHaveLength(2);
    });

    test("R-EMP-4 扶贫专场招聘一览: every fair, oldest first, with the township name", async () => {
      const d = await download("/exports/job-fair-list.xlsx", hr);
      expect(d.headers.get("content-disposition")).toContain(encodeURIComponent("扶贫专场招聘一览_"));
      expect(d.header).toEqual([
        "序号",
        "镇街代码",
        "镇街名称",
        "举办日期",
        "形式",
        "名称",
        "参会企业数",
        "提供岗位数",
        "贫困人员参会人数",
        "达成意向数",
        "记录人",
      ]);
      expect(d.rows.map((r) => [r["镇街名称"], r["举办日期"], r["形式"]])).toEqual([
        [T1_NAME, new Date("2020-03-31T00:00:00.000Z"), "送岗下乡"],
        [T2_NAME, new Date("2020-04-15T00:00:00.000Z"), "送岗下乡"],
        [T1_NAME, new Date("2020-06-01T00:00:00.000Z"), "送岗下乡"],
      ]);
      const scoped = await download("/exports/job-fair-list.xlsx?heldFrom=2020-04-01", t1Clerk);
      expect(scoped.rows.map((r) => r["镇街代码"])).toEqual([T1]);
    });

    test("R-EMP-1 公益岗位花名册: posts open on the date with who holds them, named and masked", async () => {
      const d = await download("/exports/post-roster.xlsx?asOf=2020-06-30", hr);
      expect(d.header).toEqual([
        "序号",
        "岗位编号",
        "岗位名称",
        "岗位类型",
        "镇街代码",
        "镇街名称",
        "村/社区",
        "月补贴（元）",
        "设岗日期",
        "在岗状态",
        "在岗人员编号",
        "在岗人员姓名",
        "在岗人员身份证号码",
        "上岗日期",
      ]);
      expect(d.rows).toHaveLength(3);
      const heldRow = d.rows.find((r) => r["在岗状态"] === "在岗")!;
      expect(heldRow).toMatchObject({
        岗位类型: "河道保洁",
        镇街名称: T1_NAME,
        "月补贴（元）": 1000,
        在岗人员姓名: people[1]!.name,
        在岗人员身份证号码: masked(people[1]!.idNumber),
      });
      expect(
        d.rows
          .filter((r) => r["在岗状态"] === "空岗")
          .map((r) => r["镇街名称"])
          .sort(),
      ).toEqual([T1_NAME, T2_NAME].sort());
      // Before anyone was placed, the same post is vacant; before the posts opened there are none.
      const january = await download("/exports/post-roster.xlsx?asOf=2020-01-15", hr);
      expect(january.rows.every((r) => r["在岗状态"] === "空岗")).toBe(true);
      expect((await download("/exports/post-roster.xlsx?asOf=2019-12-31", hr)).rows).toHaveLength(0);
      const t1 = await download("/exports/post-roster.xlsx?asOf=2020-06-30", t1Clerk);
      expect(t1.rows.map((r) => r["镇街代码"])).toEqual([T1, T1]);
      expect(t1.rows.find((r) => r["在岗状态"] === "在岗")!["在岗人员身份证号码"]).toBe(people[1]!.idNumber);
    });

    test("GET /exports lists every ledger of the services with its parameters", async () => {
      const res = await get("/exports", hr);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        ledgers: { name: string; fileName: string; params: { name: string }[] }[];
      };
      expect(body.ledgers.map((l) => l.name)).toEqual(
        expect.arrayContaining([
          "offer-ledger",
          "job-fair-list",
          "post-roster",
          "subsidy-ledger",
          "pension-ledger",
        ]),
      );
      expect(body.ledgers.find((l) => l.name === "subsidy-ledger")).toMatchObject({
        fileName: "个人缴费补贴台账.xlsx",
        params: expect.arrayContaining([expect.objectContaining({ name: "year", required: true })]),
      });
    });

    test("401 without a token, with a forged one, or with a token in the URL instead of the header; bilingual JSON", async () => {
      const none = await refusal("/exports/offer-ledger.xlsx", null);
      expect(none.status).toBe(401);
      expect(none.headers.get("content-type")).toMatch(/^application\/json/);
      expect(none.error.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(none.error.message).toMatch(/请先登录.* \/ send Authorization: Bearer/);
      const forged = await refusal("/exports/offer-ledger.xlsx", null, {
        authorization: "Bearer not.a.token",
      });
      expect(forged.status).toBe(401);
      const token = await signTestToken(hr);
      expect((await refusal(`/exports/offer-ledger.xlsx?access_token=${token}`, null)).status).toBe(401);
      expect((await refusal("/exports", null)).status).toBe(401);
    });

    test("404 for an unknown ledger, naming the ones there are", async () => {
      for (const path of ["/exports/nope.xlsx", "/exports/offer-ledger.csv", "/exports/offer-ledger"]) {
        const r = await refusal(path, hr);
        expect(r.status).toBe(404);
        expect(r.error.extensions).toMatchObject({ code: "NOT_FOUND" });
        expect(r.error.message).toContain("offer-ledger.xlsx");
      }
    });

    test("400 for a bad filter, naming it, in Chinese and English", async () => {
      const cases: [string, string, RegExp][] = [
        [
          "/exports/offer-ledger.xlsx?offeredFrom=2019-02-30",
          "offeredFrom",
          /须为有效日期.* \/ offeredFrom must be a valid date/,
        ],
        ["/exports/offer-ledger.xlsx?offeredFrom=20190101", "offeredFrom", /YYYY-MM-DD/],
        [
          "/exports/offer-ledger.xlsx?outcome=MAYBE",
          "outcome",
          /"MAYBE" is not one of PENDING, ACCEPTED, DECLINED/,
        ],
        [
          "/exports/offer-ledger.xlsx?township=T1",
          "township",
          /未知的筛选条件 township.* \/ unknown filter township/,
        ],
        ["/exports/offer-ledger.xlsx?outcome=PENDING&outcome=ACCEPTED", "outcome", /give outcome once/],
        ["/exports/subsidy-ledger.xlsx", "year", /缺少必填条件 year \/ year is required/],
        ["/exports/subsidy-ledger.xlsx?year=2019.5", "year", /whole number/],
        ["/exports/pension-ledger.xlsx?statuses=PENDING,GONE", "statuses", /"GONE" is not one of/],
        ["/exports/post-roster.xlsx?asOf=", "asOf", /./], // empty is "not given": today
      ];
      for (const [path, field, message] of cases.slice(0, -1)) {
        const r = await refusal(path, hr);
        expect(r.status, path).toBe(400);
        expect(r.error.extensions, path).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(r.error.message, path).toMatch(message);
        expect(r.error.extensions["messageZh"], path).toEqual(expect.any(String));
      }
      expect((await get(cases.at(-1)![0], hr)).status).toBe(200);
    });

    test("403 for a township outside the caller's scope, instead of a silently empty file", async () => {
      const r = await refusal(`/exports/offer-ledger.xlsx?townshipCodes=${T1},${T2}`, t1Clerk);
      expect(r.status).toBe(403);
      expect(r.error.extensions).toMatchObject({ code: "FORBIDDEN", field: "townshipCodes" });
      expect(r.error.message).toContain(`镇街 ${T2} 不在您的管辖范围内`);
      expect((await get(`/exports/offer-ledger.xlsx?townshipCodes=${T1}`, t1Clerk)).status).toBe(200);
    });

    test("an export over its row limit is refused with 400 naming the filter to narrow, never cut short", async () => {
      const r = await refusal("/exports/offer-ledger-tiny.xlsx", hr);
      expect(r.status).toBe(400);
      expect(r.error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "townshipCodes" });
      expect(r.error.message).toBe(
        "导出行数（4行）超过上限 2 行，请缩小筛选范围 / the export would have 4 rows, more than the limit of 2; narrow the filters",
      );
      const narrowed = await download(`/exports/offer-ledger-tiny.xlsx?townshipCodes=${T2}`, hr);
      expect(narrowed.rows).toHaveLength(1);
    });

    // Last: it stops the registry.
    test("503 naming the service when the registry cannot give the names: no file without them", async () => {
      await fed.subgraphs["registry"]!.app.close();
      const r = await refusal("/exports/offer-ledger.xlsx", hr);
      expect(r.status).toBe(503);
      expect(r.error.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "registry" });
      expect(r.error.message).toBe("registry 暂不可用 / registry is unavailable");
    });
  },
);
