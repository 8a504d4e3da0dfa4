import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLedgers, readServiceList } from "@pa/gateway";
import { buildRegistrySchema, createRegistryApp } from "@pa/registry";
import { businessDate } from "@pa/service-kit";
import {
  buildSocialSecuritySchema,
  createSocialSecurityApp,
  medicalParams,
  pensionParams,
  seedPolicy,
} from "@pa/social-security";
import { callers, T1, T2, testDialects, waitFor } from "@pa/testing";
import {
  exportsClient,
  masked,
  registerLedgerPeople,
  T1_NAME,
  T2_NAME,
  type LedgerPersonFixture,
} from "./ledger-downloads.kit";
import { startFederation, type Federation } from "./testkit";

/**
 * Issue 9 item 15 for social security's ledgers (R-SS-1, R-SS-3): downloaded through the real
 * gateway in front of the real registry and social-security services, two rows a page, with the
 * person's name, the ID number as the role may see it and the township name joined through the graph.
 */
describe.each(testDialects())(
  "social-security ledgers GET /exports/<ledger>.xlsx through the gateway on %s",
  (dialect) => {
    let fed: Federation;
    let http: ReturnType<typeof exportsClient>;
    const office = callers.povertyOffice.clerk();
    const pension = callers.pensionCentre.clerk();
    const t1Clerk = callers.townshipCentre.clerkIn(T1);
    let people: LedgerPersonFixture[] = [];
    let subsidyYear = 0;
    const download = (path: string, as: Parameters<typeof http.download>[1]) => http.download(path, as);

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
        {
          dialect,
          user: office,
          gateway: { ledgers: await loadLedgers(readServiceList()), exportPageSize: 2 },
        },
      );
      http = exportsClient(fed.url);
      const ss = fed.subgraphs["social-security"]!;
      await seedPolicy(ss, "MEDICAL", "2018-01-01", medicalParams());
      await seedPolicy(ss, "PENSION", "2018-01-01", pensionParams());
      people = await registerLedgerPeople(fed);
      const firstYear = async () =>
        (
          await fed.ok<{ premiumSubsidies: { totalCount: number; nodes: { year: number }[] } }>(
            `{ premiumSubsidies(first: 1) { totalCount nodes { year } } }`,
            {},
            { as: pension },
          )
        ).premiumSubsidies;
      await waitFor(
        "the people's enrolment obligations",
        async () =>
          (
            await fed.ok<{ enrolments: { totalCount: number } }>(
              `{ enrolments(first: 1) { totalCount } }`,
              {},
              { as: pension },
            )
          ).enrolments.totalCount >= 6,
        15_000,
      );
      subsidyYear = (await firstYear()).nodes[0]!.year;
      await fed.ok(
        `mutation($d: LocalDate!) { runPensionLedger(date: $d) { added } }`,
        { d: businessDate() },
        {
          as: pension,
        },
      );
    });
    afterAll(async () => fed?.close());

    test("R-SS-1 个人缴费补贴台账: one row per person and scheme of the year, named, masked, with the township name", async () => {
      const d = await download(
        `/exports/subsidy-ledger.xlsx?year=${subsidyYear}`,
        callers.medicalCentre.clerk(),
      );
      expect(d.headers.get("content-disposition")).toContain(encodeURIComponent("个人缴费补贴台账_"));
      expect(d.header).toEqual([
        "序号",
        "人员编号",
        "姓名",
        "身份证号码",
        "镇街代码",
        "镇街名称",
        "险种",
        "年度",
        "补贴标准（元）",
        "补贴标准（分）",
        "应到账日期",
        "已到账（元）",
        "已到账（分）",
        "到账日期",
        "到账情况",
      ]);
      expect(d.rows).toHaveLength(6);
      for (const p of people) {
        const mine = d.rows.filter((r) => r["人员编号"] === p.id);
        expect(mine.map((r) => r["险种"]).sort()).toEqual(
          ["城乡居民基本医疗保险", "城乡居民基本养老保险"].sort(),
        );
        expect(mine[0]).toMatchObject({
          姓名: p.name,
          身份证号码: masked(p.idNumber),
          镇街名称: p.township === T1 ? T1_NAME : T2_NAME,
          年度: subsidyYear,
        });
      }
      const pensionOnly = await download(
        `/exports/subsidy-ledger.xlsx?year=${subsidyYear}&scheme=RESIDENT_PENSION&townshipCodes=${T2}`,
        callers.medicalCentre.clerk(),
      );
      expect(pensionOnly.rows.map((r) => [r["姓名"], r["补贴标准（元）"]])).toEqual([[people[2]!.name, 100]]);
      const t1 = await download(`/exports/subsidy-ledger.xlsx?year=${subsidyYear}`, t1Clerk);
      expect(t1.rows).toHaveLength(4);
      expect(new Set(t1.rows.map((r) => r["镇街名称"]))).toEqual(new Set([T1_NAME]));
    });

    test("R-SS-3 城乡居民养老保险待遇扶贫台账: the people aged 60+, named, masked, with the township name", async () => {
      const d = await download("/exports/pension-ledger.xlsx", pension);
      expect(d.sheet.name).toBe("养老待遇扶贫台账");
      expect(d.header.slice(0, 8)).toEqual([
        "序号",
        "人员编号",
        "姓名",
        "身份证号码",
        "镇街代码",
        "镇街名称",
        "出生日期",
        "年满60周岁日期",
      ]);
      expect(d.header).toEqual(
        expect.arrayContaining(["一次性补缴金额（元）", "待遇开始日期", "状态", "政策版本"]),
      );
      expect(d.rows.map((r) => [r["姓名"], r["身份证号码"], r["镇街名称"]])).toEqual([
        [people[0]!.name, masked(people[0]!.idNumber), T1_NAME],
        [people[2]!.name, masked(people[2]!.idNumber), T2_NAME],
      ]);
      const t1 = await download("/exports/pension-ledger.xlsx?statuses=PENDING,DRAWING", t1Clerk);
      expect(t1.rows.map((r) => [r["姓名"], r["身份证号码"]])).toEqual([
        [people[0]!.name, people[0]!.idNumber],
      ]);
    });
  },
);
