import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callers, sqlStatements, T1, T2, testDialects, testUser } from "@pa/testing";
import { Role, Unit } from "@pa/service-kit";
import { startSkills, SUBMIT_CLAIM, type SkillsHarness } from "../skills.fixtures";

const ACTIVITY = /* GraphQL */ `
  query Activity($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Person {
        id
        skillsActivity {
          action
          description
          actorName
          actorUnit
          actorRoles
          entityName
        }
      }
    }
  }
`;
interface Entry {
  action: string;
  description: string;
  actorName: string | null;
  actorUnit: string;
  actorRoles: string[];
  entityName: string;
}
type ActivityView = { _entities: { id: string; skillsActivity: Entry[] | null }[] };

const CERTIFICATE = /* GraphQL */ `
  mutation Cert($input: RecordTrainingCertificateInput!) {
    recordTrainingCertificate(input: $input) {
      id
    }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation V($input: VerifyTrainingClaimInput!) {
    verifyTrainingClaim(input: $input) {
      version
    }
  }
`;
const PAY = /* GraphQL */ `
  mutation Pay($input: PayTrainingClaimInput!) {
    payTrainingClaim(input: $input) {
      status
    }
  }
`;

// 一人一档's timeline (issue 12, item 6; issue 11): who did what about a person's training, from the
// skills service's audit trail — the need, enrolment, attendance, completion, certificate, the claim.
describe.each(testDialects())("Person.skillsActivity (一人一档 timeline) on %s", (dialect) => {
  let h: SkillsHarness;
  /** An hr-centre clerk with a name, as a real token carries one. */
  const clerk = testUser({ unit: Unit.HrCentre, roles: [Role.Clerk], name: "王芳" });
  let trainee = "";
  let dropout = "";
  const many: string[] = [];

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-activity");
    trainee = await h.person();
    dropout = await h.person({ townshipCode: T2 });
    const as = { as: clerk };
    const project = await h.project({ places: 600 });
    const e1 = await h.ok<{ enrolTrainee: { id: string } }>(
      `mutation($input: EnrolTraineeInput!) { enrolTrainee(input: $input) { id } }`,
      { input: { projectId: project.id, personId: trainee, enrolledOn: "2020-03-25" } },
      as,
    );
    const e2 = await h.enrol(project.id, dropout);
    const session = await h.ok<{ scheduleTrainingSession: { id: string } }>(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
      { input: { projectId: project.id, heldOn: "2020-04-02", hours: 4, topic: "大棚温湿度管理" } },
      as,
    );
    await h.ok(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
      { input: { sessionId: session.scheduleTrainingSession.id, presentEnrolmentIds: [e1.enrolTrainee.id] } },
      as,
    );
    await h.ok(
      `mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { id } }`,
      {
        input: {
          enrolmentId: e1.enrolTrainee.id,
          version: 1,
          completedOn: "2020-04-30",
          assessmentPassed: true,
        },
      },
      as,
    );
    await h.ok(
      CERTIFICATE,
      {
        input: {
          enrolmentId: e1.enrolTrainee.id,
          type: "SPECIAL_ABILITY",
          number: "ZX-2020-0001",
          issuingBody: "市职业技能鉴定中心",
          issuedOn: "2020-05-08",
        },
      },
      as,
    );
    const claim = await h.ok<{ submitTrainingClaim: { id: string; version: number; amountFen: number } }>(
      SUBMIT_CLAIM,
      { input: { projectId: project.id, submittedOn: "2020-05-10" } },
      as,
    );
    const c = claim.submitTrainingClaim;
    const verified = await h.ok<{ verifyTrainingClaim: { version: number } }>(
      VERIFY,
      { input: { claimId: c.id, version: c.version, verifiedOn: "2020-05-20" } },
      as,
    );
    await h.ok(
      PAY,
      {
        input: {
          claimId: c.id,
          version: verified.verifyTrainingClaim.version,
          paidOn: "2020-06-05",
          amountFen: c.amountFen,
        },
      },
      as,
    );
    expect(e2.id).toBeTruthy();
    // Many more people, each enrolled: 500 timelines with entries to read.
    const other = await h.project({ places: 600 });
    for (let i = 0; i < 498; i++) {
      const id = await h.person({ townshipCode: i % 2 === 0 ? T1 : T2 });
      many.push(id);
      if (i % 5 === 0) await h.enrol(other.id, id);
    }
  }, 240_000);
  afterAll(async () => h?.close());

  const query = (ids: string[], as = callers.hrCentre.viewer()) =>
    h.ok<ActivityView>(ACTIVITY, { reps: ids.map((id) => ({ __typename: "Person", id })) }, { as });

  test("a trainee's timeline lists who did what: the system's need, enrolment, attendance, completion, certificate, the claim's steps", async () => {
    const [p] = (await query([trainee]))._entities;
    const entries = p!.skillsActivity!;
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect(entries.map((e) => e.description).reverse()).toEqual([
      "有劳动能力和培训意愿，开立培训需求",
      "培训报名（免费）",
      "培训出勤：2020-04-02 大棚温湿度管理",
      "培训结业：出勤率 100%，考核合格",
      "取得专项职业能力证书：ZX-2020-0001（市职业技能鉴定中心）",
      "培训机构申报补贴：大棚蔬菜种植，¥1,500.00",
      "培训补贴申请审核通过：大棚蔬菜种植，¥1,500.00",
      "培训补贴已直接拨付培训机构：大棚蔬菜种植，¥1,500.00",
    ]);
    // Who: the named clerk for each step; the system for the need it opened from the registry's facts.
    expect(byAction.get("openTrainingNeed")).toMatchObject({ actorUnit: "system", actorRoles: [] });
    for (const action of ["enrolTrainee", "recordAttendance", "completeTraining", "payTrainingClaim"])
      expect(byAction.get(action)).toMatchObject({
        actorName: "王芳",
        actorUnit: "hr-centre",
        actorRoles: ["clerk"],
      });
    expect(byAction.get("recordAttendance")!.entityName).toBe("SessionAttendance");
    expect(byAction.get("payTrainingClaim")!.entityName).toBe("TrainingClaimLine");
  });

  test("a trainee absent and not completed: the absence and the refused claim line, and no payment", async () => {
    const [p] = (await query([dropout]))._entities;
    const descriptions = p!.skillsActivity!.map((e) => e.description);
    expect(descriptions).toContain("培训缺勤：2020-04-02 大棚温湿度管理");
    expect(descriptions).toContain("培训机构申报补贴：大棚蔬菜种植，本人不予补贴（未结业）");
    expect(descriptions.some((d) => d.startsWith("培训补贴已直接拨付"))).toBe(false);
  });

  test("500 timelines cost the same constant number of SQL statements as 50; a township reader gets null outside its townships", async () => {
    const people = [trainee, dropout, ...many];
    const count = async (ids: string[], as?: ReturnType<typeof callers.hrCentre.viewer>) =>
      (await sqlStatements(h.app.orm, () => query(ids, as))).length;
    const n50 = await count(people.slice(0, 50));
    let all: ActivityView | undefined;
    const n500 = (
      await sqlStatements(h.app.orm, async () => {
        all = await query(people);
      })
    ).length;
    expect(all!._entities).toHaveLength(500);
    expect(
      all!._entities.filter((e) => e.skillsActivity?.some((a) => a.action === "enrolTrainee")),
    ).toHaveLength(2 + 100);
    expect(n500).toBe(n50);
    expect(n500).toBe(1);

    const t1 = callers.townshipCentre.viewerIn(T1);
    const s50 = await count(people.slice(0, 50), t1);
    let scoped: ActivityView | undefined;
    const s500 = (
      await sqlStatements(h.app.orm, async () => {
        scoped = await query(people, t1);
      })
    ).length;
    expect(s500).toBe(s50);
    expect(scoped!._entities.find((e) => e.id === dropout)!.skillsActivity).toBeNull();
    expect(scoped!._entities.find((e) => e.id === trainee)!.skillsActivity).not.toBeNull();
  });
});
