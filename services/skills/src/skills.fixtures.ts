import { newId, type Dialect } from "@pa/service-kit";
import { callers, startServiceHarness, T1, T2, type ServiceHarness } from "@pa/testing";
import { createSkillsApp } from "./app";
import { demoCreditCode } from "./demo/demo-loader";
import { applyPersonFacts, type PersonFactsPayload } from "./person/person-facts.projection";
import { adoptPlanPolicies } from "./policy/policy.plan";
import { applyTownship } from "./township/township.service";

export interface SkillsHarness extends ServiceHarness {
  /** Feeds a person into the projection as the registry's events would; returns the id. */
  person(over?: Partial<PersonFactsPayload>, on?: string): Promise<string>;
  /** Applies facts as a later registry event would. */
  facts(facts: PersonFactsPayload, on?: string): Promise<{ applied: boolean; needsOpened: number }>;
  /** Records an institution (a fresh valid credit code each call); returns its id. */
  institution(): Promise<string>;
  /** Records a project (defaults: classroom in T1, 2020-04-01…2020-04-30, 20 places, 1,500 yuan); returns it. */
  project(over?: Record<string, unknown>): Promise<{ id: string; version: number }>;
  /** Enrols a person; returns the enrolment. */
  enrol(
    projectId: string,
    personId: string,
    over?: Record<string, unknown>,
  ): Promise<{ id: string; version: number }>;
  /** Schedules a session and records who was present. */
  session(projectId: string, heldOn: string, present: string[]): Promise<string>;
  /** Completes an enrolment (assessment passed by default). */
  complete(
    enrolmentId: string,
    completedOn: string,
    over?: Record<string, unknown>,
  ): Promise<{ version: number }>;
}

let institutions = 0;
let contracts = 0;

/** The skills app on a fresh database, signed in as an hr-centre clerk, with the plan's policy and two townships. */
export async function startSkills(
  dialect: Dialect,
  label: string,
  opts: { natsNamespace?: string } = {},
): Promise<SkillsHarness> {
  const h = await startServiceHarness(createSkillsApp, {
    dialect,
    label,
    user: callers.hrCentre.clerk(),
    ...(opts.natsNamespace ? { natsNamespace: opts.natsNamespace } : {}),
  });
  await adoptPlanPolicies({
    em: h.app.orm.em.fork(),
    identity: callers.hrCentre.clerk(),
    requestId: `fixtures-${label}`,
  });
  await h.app.orm.em.fork().transactional(async (tx) => {
    await applyTownship(tx, { code: T1, name: "东山镇", version: 1 });
    await applyTownship(tx, { code: T2, name: "西湖街道", version: 1 });
  });
  const facts = async (f: PersonFactsPayload, on?: string) => {
    const r = await h.app.orm.em.fork().transactional((tx) => applyPersonFacts(tx, f, on ? { on } : {}));
    return { applied: r.applied, needsOpened: r.needsOpened.length };
  };
  const harness: SkillsHarness = {
    ...h,
    facts,
    async person(over = {}, on) {
      const personId = over.personId ?? newId();
      await facts({ ...personFacts(personId), ...over, personId }, on);
      return personId;
    },
    async institution() {
      institutions += 1;
      const r = await h.ok<{ recordTrainingInstitution: { id: string } }>(RECORD_INSTITUTION, {
        input: institutionInput({
          creditCode: demoCreditCode(1000 + institutions),
          name: `培训学校${institutions}`,
        }),
      });
      return r.recordTrainingInstitution.id;
    },
    async project(over = {}) {
      const institutionId = (over.institutionId as string | undefined) ?? (await harness.institution());
      const r = await h.ok<{ recordTrainingProject: { id: string; version: number } }>(RECORD_PROJECT, {
        input: projectInput(institutionId, over),
      });
      return r.recordTrainingProject;
    },
    async enrol(projectId, personId, over = {}) {
      const r = await h.ok<{ enrolTrainee: { id: string; version: number } }>(ENROL, {
        input: { projectId, personId, enrolledOn: "2020-03-25", ...over },
      });
      return r.enrolTrainee;
    },
    async session(projectId, heldOn, present) {
      const s = await h.ok<{ scheduleTrainingSession: { id: string } }>(SCHEDULE, {
        input: { projectId, heldOn, hours: 4, topic: "大棚温湿度管理" },
      });
      const id = s.scheduleTrainingSession.id;
      await h.ok(ATTEND, { input: { sessionId: id, presentEnrolmentIds: present } });
      return id;
    },
    async complete(enrolmentId, completedOn, over = {}) {
      const version = (over.version as number | undefined) ?? 1;
      const r = await h.ok<{ completeTraining: { version: number } }>(COMPLETE, {
        input: { enrolmentId, version, completedOn, assessmentPassed: true, ...over },
      });
      return r.completeTraining;
    },
  };
  return harness;
}

/** Registry facts of a person with capacity and willingness to train (a training need). */
export function personFacts(personId: string, over: Partial<PersonFactsPayload> = {}): PersonFactsPayload {
  return {
    personId,
    version: 1,
    townshipCode: T1,
    householdId: newId(),
    laborCapacity: "FULL",
    willingToTrain: true,
    povertyStatus: "REGISTERED",
    registeredOn: "2018-03-01",
    ...over,
  };
}

/** A unique contract number for a test project. */
export function contractNumber(): string {
  contracts += 1;
  return `TEST-${Date.now().toString(36)}-${contracts}`;
}

export function institutionInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "市农业职业技术培训学校",
    creditCode: demoCreditCode(1),
    qualification: "民办学校办学许可证 教民140000000001号",
    contact: "王老师 0351-6000001",
    ...over,
  };
}

export function projectInput(
  institutionId: string,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    institutionId,
    contractNumber: contractNumber(),
    courseKind: "SPECIAL_ABILITY",
    courseName: "大棚蔬菜种植",
    format: "CLASSROOM",
    townshipCode: T1,
    place: "东山村大棚基地",
    places: 20,
    hours: 40,
    pricePerTraineeFen: 150_000,
    startOn: "2020-04-01",
    endOn: "2020-04-30",
    ...over,
  };
}

export const RECORD_INSTITUTION = /* GraphQL */ `
  mutation I($input: RecordTrainingInstitutionInput!) {
    recordTrainingInstitution(input: $input) {
      id
      creditCode
    }
  }
`;

export const RECORD_PROJECT = /* GraphQL */ `
  mutation P($input: RecordTrainingProjectInput!) {
    recordTrainingProject(input: $input) {
      id
      version
      policyVersionId
    }
  }
`;

export const ENROL = /* GraphQL */ `
  mutation E($input: EnrolTraineeInput!) {
    enrolTrainee(input: $input) {
      id
      version
      status
    }
  }
`;

export const SCHEDULE = /* GraphQL */ `
  mutation S($input: ScheduleTrainingSessionInput!) {
    scheduleTrainingSession(input: $input) {
      id
      heldOn
    }
  }
`;

export const ATTEND = /* GraphQL */ `
  mutation A($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
    }
  }
`;

export const COMPLETE = /* GraphQL */ `
  mutation C($input: CompleteTrainingInput!) {
    completeTraining(input: $input) {
      id
      version
      status
      completedOn
      attendanceBp
    }
  }
`;

export const SUBMIT_CLAIM = /* GraphQL */ `
  mutation SC($input: SubmitTrainingClaimInput!) {
    submitTrainingClaim(input: $input) {
      id
      version
      status
      amountFen
      completedCount
      refusedCount
      pricePerTraineeFen
      policyVersionId
      lines {
        personId
        outcome
        basis
        refusal
        amountFen
      }
    }
  }
`;
