import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadLedgers, readServiceList } from "@pa/gateway";
import { buildRegistrySchema, createRegistryApp } from "@pa/registry";
import { businessDate } from "@pa/service-kit";
import { adoptPlanPolicies, buildSkillsSchema, createSkillsApp } from "@pa/skills";
import { callers, T1, T2, testDialects, waitFor } from "@pa/testing";
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
 * Skills' ledgers (issue 12 item 6): 培训花名册, 培训补贴台账 and 证书名册 as .xlsx downloads through
 * the real gateway in front of the real registry and skills services, two rows a page: names and
 * masked ID numbers from the registry, township names, the reader's township scope.
 */
describe.each(testDialects())(
  "skills ledgers GET /exports/<ledger>.xlsx through the gateway on %s",
  (dialect) => {
    let fed: Federation;
    let http: ReturnType<typeof exportsClient>;
    const office = callers.povertyOffice.clerk();
    const hr = callers.hrCentre.clerk();
    let people: LedgerPersonFixture[] = [];

    beforeAll(async () => {
      fed = await startFederation(
        [
          {
            name: "registry",
            createApp: createRegistryApp,
            sdl: async () => (await buildRegistrySchema()).sdl,
          },
          { name: "skills", createApp: createSkillsApp, sdl: async () => (await buildSkillsSchema()).sdl },
        ],
        {
          dialect,
          user: office,
          gateway: { ledgers: await loadLedgers(readServiceList()), exportPageSize: 2 },
        },
      );
      http = exportsClient(fed.url);
      await adoptPlanPolicies({
        em: fed.subgraphs.skills!.app.orm.em.fork(),
        identity: hr,
        requestId: "e2e-dl",
      });
      people = await registerLedgerPeople(fed);
      await waitFor(
        "the people and townships in skills",
        async () => {
          const conn = fed.subgraphs.skills!.app.orm.em.getConnection();
          const [p] = await conn.execute<{ n: number | string }[]>(`select count(*) as n from person_facts`);
          const [t] = await conn.execute<{ n: number | string }[]>(
            `select count(*) as n from township_facts`,
          );
          return Number(p?.n) >= 3 && Number(t?.n) >= 2;
        },
        15_000,
      );
      const ok = <T>(q: string, input: Record<string, unknown>) => fed.ok<T>(q, { input }, { as: hr });
      const inst = await ok<{ recordTrainingInstitution: { id: string } }>(
        `mutation($input: RecordTrainingInstitutionInput!) { recordTrainingInstitution(input: $input) { id } }`,
        {
          name: "阳光职业技能培训中心",
          creditCode: "91350100M000100Y43",
          qualification: "办学许可证",
          contact: "李老师",
        },
      );
      const project = await ok<{ recordTrainingProject: { id: string } }>(
        `mutation($input: RecordTrainingProjectInput!) { recordTrainingProject(input: $input) { id } }`,
        {
          institutionId: inst.recordTrainingInstitution.id,
          contractNumber: "RSJ-PX-2020-101",
          courseKind: "SPECIAL_ABILITY",
          courseName: "大棚蔬菜种植",
          format: "CLASSROOM",
          townshipCode: T1,
          place: "东山村",
          places: 10,
          hours: 24,
          pricePerTraineeFen: 150_000,
          startOn: "2020-04-01",
          endOn: "2020-04-20",
        },
      );
      const projectId = project.recordTrainingProject.id;
      const enrolments: { id: string; version: number }[] = [];
      for (const p of people)
        enrolments.push(
          (
            await ok<{ enrolTrainee: { id: string; version: number } }>(
              `mutation($input: EnrolTraineeInput!) { enrolTrainee(input: $input) { id version } }`,
              { projectId, personId: p.id, enrolledOn: "2020-03-28" },
            )
          ).enrolTrainee,
        );
      const s = await ok<{ scheduleTrainingSession: { id: string } }>(
        `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
        { projectId, heldOn: "2020-04-02", hours: 8, topic: "大棚建设" },
      );
      // 张三 and 王五 attend and complete (张三 with a certificate); 李四 does not.
      await ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        sessionId: s.scheduleTrainingSession.id,
        presentEnrolmentIds: [enrolments[0]!.id, enrolments[2]!.id],
      });
      for (const [i, cert] of [
        [0, true],
        [2, false],
      ] as const)
        await ok(`mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { id } }`, {
          enrolmentId: enrolments[i]!.id,
          version: enrolments[i]!.version,
          completedOn: "2020-04-20",
          assessmentPassed: true,
          ...(cert
            ? {
                certificate: {
                  type: "SPECIAL_ABILITY",
                  number: "ZX-2020-0001",
                  issuingBody: "市职业技能鉴定中心",
                  issuedOn: "2020-05-06",
                },
              }
            : {}),
        });
      await ok(`mutation($input: SubmitTrainingClaimInput!) { submitTrainingClaim(input: $input) { id } }`, {
        projectId,
        submittedOn: "2020-05-01",
      });
    }, 240_000);
    afterAll(async () => fed?.close());

    test("培训花名册: names, masked ID numbers, township names, course and outcome; a township clerk's file has only their township", async () => {
      const d = await http.download("/exports/training-roster.xlsx", hr);
      expect(d.headers.get("content-type")).toBe(XLSX);
      const today = businessDate();
      expect(d.headers.get("content-disposition")).toContain(encodeURIComponent(`培训花名册_${today}.xlsx`));
      expect(d.sheet.name).toBe("培训花名册");
      const [zhang, li, wang] = people;
      expect(
        d.rows.map((r) => [r["姓名"], r["身份证号码"], r["镇街名称"], r["状态"], r["证书编号"]]),
      ).toEqual([
        [zhang!.name, masked(zhang!.idNumber), T1_NAME, "已结业", "ZX-2020-0001"],
        [li!.name, masked(li!.idNumber), T1_NAME, "在训", null],
        [wang!.name, masked(wang!.idNumber), T2_NAME, "已结业", null],
      ]);
      expect(d.rows[0]).toMatchObject({
        培训机构: "阳光职业技能培训中心",
        "培训工种/项目": "大棚蔬菜种植",
        培训形式: "集中授课",
        出勤率: "100.0%",
      });
      const t2 = await http.download("/exports/training-roster.xlsx", callers.townshipCentre.viewerIn(T2));
      expect(t2.rows.map((r) => r["镇街代码"])).toEqual([T2]);
    });

    test("培训补贴台账: one row per trainee of the claim, payable or refused with the reason, in yuan", async () => {
      const d = await http.download("/exports/training-claim-ledger.xlsx", hr);
      expect(d.sheet.name).toBe("补贴台账");
      expect(
        d.rows.map((r) => [r["姓名"], r["核定结果"], r["不予补贴原因"], r["补贴金额（元）"], r["申请状态"]]),
      ).toEqual([
        [people[0]!.name, "予以补贴", null, 1500, "待审核"],
        [people[1]!.name, "不予补贴", "未结业", 0, "待审核"],
        [people[2]!.name, "予以补贴", null, 1500, "待审核"],
      ]);
    });

    test("证书名册: the certificate with its holder's name and township", async () => {
      const d = await http.download("/exports/training-certificates.xlsx", hr);
      expect(
        d.rows.map((r) => [r["姓名"], r["镇街名称"], r["证书类别"], r["证书编号"], r["发证机构"]]),
      ).toEqual([[people[0]!.name, T1_NAME, "专项职业能力证书", "ZX-2020-0001", "市职业技能鉴定中心"]]);
    });
  },
);
