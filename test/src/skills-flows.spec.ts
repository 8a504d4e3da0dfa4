import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  adoptPlanPolicies as adoptEmploymentPlan,
  buildEmploymentSchema,
  createEmploymentApp,
} from "@pa/employment";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { adoptPlanPolicies as adoptSkillsPlan, buildSkillsSchema, createSkillsApp } from "@pa/skills";
import { callers, T1, T2, testDialects, waitFor } from "@pa/testing";
import { startFederation, type Federation } from "./testkit";

const REGISTER = `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id version } }`;
const PERSON = `query($id: ID!) {
  person(id: $id) {
    id name povertyStatus
    skills { openNeed { status openedOn } needs { status } completions { completedOn } }
    employment { case { status jobReady jobReadyOn } }
  }
}`;

type PersonView = {
  person: {
    id: string;
    name: string;
    povertyStatus: string;
    skills: {
      openNeed: { status: string; openedOn: string } | null;
      needs: { status: string }[];
      completions: { completedOn: string }[];
    } | null;
    employment: { case: { status: string; jobReady: boolean; jobReadyOn: string | null } | null } | null;
  };
};

/** ARCHITECTURE.md flows 1, 3 and 5 for skills (R-TGT-3, R-SKL-2, R-PRIN-1), through the real bus and the gateway. */
describe.each(testDialects())(
  "registry → skills → employment through NATS and the gateway on %s",
  (dialect) => {
    let fed: Federation;
    const office = callers.povertyOffice.clerk();
    const hr = callers.hrCentre.clerk();
    let n = 0;
    const register = async (over: Record<string, unknown>) => {
      n += 1;
      const r = await fed.ok<{ registerPerson: { id: string; version: number } }>(
        REGISTER,
        {
          i: {
            name: `技能${n}`,
            idNumber: syntheticId("1981-04-0" + ((n % 9) + 1), 70 + n),
            townshipCode: T1,
            village: "一村",
            laborCapacity: "FULL",
            registeredOn: "2018-02-01",
            ...over,
          },
        },
        { as: office },
      );
      return r.registerPerson;
    };
    const view = (id: string) => fed.ok<PersonView>(PERSON, { id }, { as: hr });
    const needOf = async (id: string) => (await view(id)).person.skills?.openNeed ?? null;

    beforeAll(async () => {
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
          { name: "skills", createApp: createSkillsApp, sdl: async () => (await buildSkillsSchema()).sdl },
        ],
        { dialect, user: office },
      );
      await adoptEmploymentPlan({
        em: fed.subgraphs.employment!.app.orm.em.fork(),
        identity: hr,
        requestId: "e2e-plan",
      });
      await adoptSkillsPlan({
        em: fed.subgraphs.skills!.app.orm.em.fork(),
        identity: hr,
        requestId: "e2e-plan",
      });
      for (const [code, name] of [
        [T1, "东山镇"],
        [T2, "西湖街道"],
      ] as const)
        await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
          i: { code, name, concentrated: true },
        });
    });
    afterAll(async () => fed?.close());

    test("R-TGT-3 a person registered with capacity and willingness to train gets a training need within seconds; one without willingness does not", async () => {
      const unwilling = await register({ willingToTrain: false });
      const willing = await register({ willingToTrain: true });
      await waitFor("the training need", async () => (await needOf(willing.id))?.status === "OPEN", 10_000);
      expect(await needOf(willing.id)).toEqual({ status: "OPEN", openedOn: "2018-02-01" });
      // Registered before the willing one, so handled by now: no need.
      expect((await view(unwilling.id)).person.skills?.needs).toEqual([]);
    });

    test("flow 3: a training completed in skills reaches employment, which marks the person job-ready", async () => {
      const p = await register({ willingToTrain: true, willingToWork: true });
      await waitFor(
        "the need and the case",
        async () => {
          const v = (await view(p.id)).person;
          return v.skills?.openNeed?.status === "OPEN" && v.employment?.case?.status === "OPEN";
        },
        10_000,
      );
      const ok = <T>(q: string, input: Record<string, unknown>) => fed.ok<T>(q, { input }, { as: hr });
      const inst = await ok<{ recordTrainingInstitution: { id: string } }>(
        `mutation($input: RecordTrainingInstitutionInput!) { recordTrainingInstitution(input: $input) { id } }`,
        {
          name: "市农业职业技术培训学校",
          creditCode: "91350100M000100Y43",
          qualification: "办学许可证",
          contact: "王老师",
        },
      );
      const project = await ok<{ recordTrainingProject: { id: string } }>(
        `mutation($input: RecordTrainingProjectInput!) { recordTrainingProject(input: $input) { id } }`,
        {
          institutionId: inst.recordTrainingInstitution.id,
          contractNumber: `E2E-${dialect}-1`,
          courseKind: "SPECIAL_ABILITY",
          courseName: "大棚育苗",
          format: "CLASSROOM",
          townshipCode: T1,
          place: "东山村育苗基地",
          places: 10,
          hours: 24,
          pricePerTraineeFen: 120_000,
          startOn: "2020-04-01",
          endOn: "2020-04-20",
        },
      );
      const projectId = project.recordTrainingProject.id;
      const e = await ok<{ enrolTrainee: { id: string; version: number } }>(
        `mutation($input: EnrolTraineeInput!) { enrolTrainee(input: $input) { id version } }`,
        { projectId, personId: p.id, enrolledOn: "2020-03-28" },
      );
      const s = await ok<{ scheduleTrainingSession: { id: string } }>(
        `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
        { projectId, heldOn: "2020-04-02", hours: 8, topic: "穴盘育苗" },
      );
      await ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        sessionId: s.scheduleTrainingSession.id,
        presentEnrolmentIds: [e.enrolTrainee.id],
      });
      await ok(`mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { id } }`, {
        enrolmentId: e.enrolTrainee.id,
        version: e.enrolTrainee.version,
        completedOn: "2020-04-20",
        assessmentPassed: true,
      });
      await waitFor(
        "job-ready in employment",
        async () => (await view(p.id)).person.employment?.case?.jobReady === true,
        10_000,
      );
      const v = (await view(p.id)).person;
      expect(v.employment?.case).toMatchObject({ status: "OPEN", jobReady: true, jobReadyOn: "2020-04-20" });
      expect(v.skills).toMatchObject({
        openNeed: null,
        needs: [{ status: "MET" }],
        completions: [{ completedOn: "2020-04-20" }],
      });
    });

    test("R-PRIN-1 an exit from poverty changes nothing in skills: the need stays open", async () => {
      const p = await register({ willingToTrain: true });
      await waitFor("the need", async () => (await needOf(p.id))?.status === "OPEN", 10_000);
      await fed.ok(
        `mutation($i: RecordExitInput!) { recordExit(input: $i) { id } }`,
        { i: { personId: p.id, version: p.version, exitedOn: "2020-01-01" } },
        { as: office },
      );
      const marker = await register({ willingToTrain: true });
      await waitFor("the marker's need", async () => (await needOf(marker.id))?.status === "OPEN", 10_000);
      const r = await view(p.id);
      expect(r.person.povertyStatus).toBe("EXITED");
      expect(r.person.skills).toMatchObject({
        openNeed: { status: "OPEN", openedOn: "2018-02-01" },
        needs: [{ status: "OPEN" }],
      });
    });
  },
);
