import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, TrainingCompleted } from "@pa/events";
import { businessDate } from "@pa/service-kit";
import { errorCode, testDialects, type GqlResult } from "@pa/testing";
import { ATTEND, COMPLETE, ENROL, SCHEDULE, startSkills, type SkillsHarness } from "../skills.fixtures";
import { addDays } from "../training-project/training-project.rules";
import { TrainingNeed } from "../training-need/training-need.entity";
import { SessionAttendance, TrainingEnrolment } from "./enrolment.entity";

function expectBadInput(r: GqlResult<unknown>, field: string): void {
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  expect(r.errors?.[0]?.extensions?.field).toBe(field);
}

const CHECK_IN = /* GraphQL */ `
  mutation K($input: RecordApprenticeCheckInInput!) {
    recordApprenticeCheckIn(input: $input) {
      id
    }
  }
`;

describe.each(testDialects())("R-SKL-1 / R-SKL-2 enrolment, attendance, completion on %s", (dialect) => {
  let h: SkillsHarness;
  const em = () => h.app.orm.em.fork();

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-enrolment");
  });
  afterAll(async () => h?.close());

  test("R-SKL-1 training is free: a fee to the trainee is BAD_USER_INPUT on input.traineeFeeFen and enrols nobody; 0 is accepted", async () => {
    const project = await h.project();
    const person = await h.person();
    const r = await h.gql(ENROL, {
      input: { projectId: project.id, personId: person, enrolledOn: "2020-03-20", traineeFeeFen: 5000 },
    });
    expectBadInput(r, "input.traineeFeeFen");
    expect(r.errors?.[0]?.extensions?.messageZh).toContain("免费");
    expect(await em().count(TrainingEnrolment, { personId: person })).toBe(0);
    await h.enrol(project.id, person, { traineeFeeFen: 0 });
    expect(await em().count(TrainingEnrolment, { personId: person })).toBe(1);
  });

  test("an enrolment beyond the project's places is BAD_USER_INPUT on input.projectId; an unknown person on input.personId", async () => {
    const project = await h.project({ places: 2 });
    for (let i = 0; i < 2; i++) await h.enrol(project.id, await h.person());
    const third = await h.person();
    expectBadInput(
      await h.gql(ENROL, { input: { projectId: project.id, personId: third, enrolledOn: "2020-03-20" } }),
      "input.projectId",
    );
    expectBadInput(
      await h.gql(ENROL, {
        input: { projectId: project.id, personId: "01NOBODY000000000000000000", enrolledOn: "2020-03-20" },
      }),
      "input.personId",
    );
    expect(await em().count(TrainingEnrolment, { projectId: project.id })).toBe(2);
  });

  test("enrolling takes the person off the gap list (the need stays open until completion)", async () => {
    const project = await h.project();
    const person = await h.person();
    await h.enrol(project.id, person, { enrolledOn: "2020-03-21" });
    expect(await em().findOneOrFail(TrainingNeed, { personId: person })).toMatchObject({
      status: "OPEN",
      enrolledOn: "2020-03-21",
    });
  });

  test("attendance for a session not yet held is BAD_USER_INPUT on input.sessionId and records nothing", async () => {
    const today = businessDate();
    const project = await h.project({ startOn: addDays(today, -10), endOn: addDays(today, 30) });
    const e = await h.enrol(project.id, await h.person(), { enrolledOn: addDays(today, -10) });
    const s = await h.ok<{ scheduleTrainingSession: { id: string } }>(SCHEDULE, {
      input: { projectId: project.id, heldOn: addDays(today, 3), hours: 4, topic: "育苗基质配制" },
    });
    const r = await h.gql(ATTEND, {
      input: { sessionId: s.scheduleTrainingSession.id, presentEnrolmentIds: [e.id] },
    });
    expectBadInput(r, "input.sessionId");
    expect(r.errors?.[0]?.extensions?.messageEn).toContain("has not been held yet");
    expect(await em().count(SessionAttendance, { enrolmentId: e.id })).toBe(0);
    // A session outside the project's period cannot be scheduled at all.
    expectBadInput(
      await h.gql(SCHEDULE, {
        input: { projectId: project.id, heldOn: addDays(today, 60), hours: 4, topic: "x" },
      }),
      "input.heldOn",
    );
  });

  test("R-SKL-2 completion needs the policy's attendance share (80 %) and a passed assessment; then the need is MET and training.completed is published", async () => {
    const project = await h.project();
    const [a, b] = [await h.person(), await h.person()];
    const ea = await h.enrol(project.id, a);
    const eb = await h.enrol(project.id, b);
    for (const day of ["2020-04-02", "2020-04-09", "2020-04-16", "2020-04-23", "2020-04-29"])
      await h.session(project.id, day, day === "2020-04-29" ? [ea.id] : [ea.id, eb.id]);
    // b: 4 of 5 = 80 %, a: 5 of 5. Before the last session b had 4 of 4.
    const low = await h.gql(COMPLETE, {
      input: { enrolmentId: eb.id, version: 1, completedOn: "2020-04-30", assessmentPassed: true },
    });
    expect(low.errors).toBeUndefined();
    const failed = await h.gql(COMPLETE, {
      input: { enrolmentId: ea.id, version: 1, completedOn: "2020-04-30", assessmentPassed: false },
    });
    expectBadInput(failed, "input.assessmentPassed");
    expect(await em().findOneOrFail(TrainingEnrolment, { id: ea.id })).toMatchObject({ status: "ENROLLED" });
    const done = await h.complete(ea.id, "2020-04-30", {
      certificate: {
        type: "SPECIAL_ABILITY",
        number: `ZX-${ea.id}`,
        issuingBody: "市职业技能鉴定中心",
        issuedOn: "2020-05-10",
      },
    });
    expect(done).toMatchObject({ version: 2 });
    expect(await em().findOneOrFail(TrainingEnrolment, { id: ea.id })).toMatchObject({
      status: "COMPLETED",
      attendanceBp: 10_000,
    });
    expect(await em().findOneOrFail(TrainingNeed, { personId: a })).toMatchObject({
      status: "MET",
      metOn: "2020-04-30",
      metByEnrolmentId: ea.id,
      openKey: null,
    });
    const events = await em().find(OutboxEvent, { type: TrainingCompleted.type });
    const mine = events
      .map((e) => e.payload.data as { personId: string; certificate?: string })
      .find((d) => d.personId === a);
    expect(mine).toMatchObject({
      personId: a,
      trainingProjectId: project.id,
      completedOn: "2020-04-30",
      certificate: `ZX-${ea.id}`,
    });
  });

  test("below the attendance share is BAD_USER_INPUT naming the share, and changes nothing", async () => {
    const project = await h.project();
    const p = await h.person();
    const e = await h.enrol(project.id, p);
    const other = await h.enrol(project.id, await h.person());
    for (const day of ["2020-04-02", "2020-04-09", "2020-04-16", "2020-04-23"])
      await h.session(project.id, day, day === "2020-04-02" ? [e.id, other.id] : [other.id]);
    const r = await h.gql(COMPLETE, {
      input: { enrolmentId: e.id, version: 1, completedOn: "2020-04-30", assessmentPassed: true },
    });
    expectBadInput(r, "input.enrolmentId");
    expect(r.errors?.[0]?.extensions?.messageZh).toContain("25%");
    expect(await em().findOneOrFail(TrainingNeed, { personId: p })).toMatchObject({ status: "OPEN" });
    expect(await em().count(OutboxEvent, { type: TrainingCompleted.type, subject: p })).toBe(0);
  });

  test("师傅带徒: an apprenticeship needs the master and a period inside the project; monthly check-ins are its attendance", async () => {
    const project = await h.project({
      format: "MASTER_APPRENTICE",
      startOn: "2020-03-01",
      endOn: "2020-05-31",
    });
    const p = await h.person();
    expectBadInput(
      await h.gql(ENROL, { input: { projectId: project.id, personId: p, enrolledOn: "2020-03-01" } }),
      "input.apprenticeship",
    );
    const e = await h.enrol(project.id, p, {
      enrolledOn: "2020-03-01",
      apprenticeship: { masterName: "李师傅", from: "2020-03-01", to: "2020-05-31" },
    });
    for (const month of ["2020-03", "2020-04"])
      await h.ok(CHECK_IN, {
        input: { enrolmentId: e.id, month, checkedOn: `${month}-28`, note: "已掌握嫁接育苗" },
      });
    expectBadInput(
      await h.gql(CHECK_IN, {
        input: { enrolmentId: e.id, month: "2020-07", checkedOn: "2020-07-28", note: "x" },
      }),
      "input.month",
    );
    // 2 of 3 months: 66 %, below 80 %.
    expectBadInput(
      await h.gql(COMPLETE, {
        input: { enrolmentId: e.id, version: 1, completedOn: "2020-05-31", assessmentPassed: true },
      }),
      "input.enrolmentId",
    );
    await h.ok(CHECK_IN, {
      input: { enrolmentId: e.id, month: "2020-05", checkedOn: "2020-05-28", note: "独立育苗" },
    });
    await h.complete(e.id, "2020-05-31");
    expect(await em().findOneOrFail(TrainingEnrolment, { id: e.id })).toMatchObject({
      status: "COMPLETED",
      attendanceBp: 10_000,
    });
  });
});
