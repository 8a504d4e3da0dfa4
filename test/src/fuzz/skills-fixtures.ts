import { syntheticId } from "@pa/registry";
import { creditCodeCheckCharacter } from "@pa/service-kit";
import { callers, T1, waitFor } from "@pa/testing";
import type { Federation } from "../testkit";
import type { FuzzValue } from "./mutation-fuzz";

/**
 * The skills records the mutation fuzz's baselines refer to (issue 12, "the fuzz suite covers its
 * mutations"), made through the gateway with the service's own operations, as a clerk of the
 * hr-centre would: policies adopted, an institution, a classroom and a master-apprentice project,
 * three trainees, a held session, a completion, claims submitted, verified and refused. With
 * them every skills mutation's well-formed call is valid, so each malformed case has one fault
 * only and reaches the service's own checks instead of stopping at a missing record.
 *
 * The baseline dates are all 2019-06-01 (the generator's), so the records lie around it: the
 * projects run through 2019, the first completion and the claims are in March and April.
 */
export interface SkillsFuzzFixtures {
  /** The id a field of a skills mutation names (`completeTraining.enrolmentId`). */
  ids: Map<string, string>;
  /** A value other than the generator's for a field of a skills mutation (`payTrainingClaim.version`). */
  values: Map<string, FuzzValue>;
}

const hr = callers.hrCentre.manager();
const office = callers.povertyOffice.manager();

/** A unified social credit code with its GB 32100 check character, one per number. */
export function fuzzCreditCode(n: number): string {
  const first17 = `91350100M${String(n % 100_000_000).padStart(8, "0")}`;
  return first17 + creditCodeCheckCharacter(first17)!;
}

/**
 * The 2018–2020 numbers but for the assessment: the generator's Boolean is `false`, so a
 * completion without a passed assessment must be a valid call for `completeTraining`'s cases to
 * reach its checks (policy numbers are data: this federation adopts its own).
 */
const SUBSIDY = {
  maxPricePerTraineeFen: 300_000,
  completionAttendanceBp: 8_000,
  assessmentRequired: false,
  partialAttendanceBp: 10_000,
  partialPayBp: 0,
};

export async function makeSkillsFuzzFixtures(fed: Federation): Promise<SkillsFuzzFixtures> {
  const ok = async <T>(mutation: string, inputType: string, input: Record<string, unknown>): Promise<T> =>
    (
      await fed.ok<Record<string, T>>(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id ${VERSIONED.has(mutation) ? "version" : ""} } }`,
        { input },
        { as: hr },
      )
    )[mutation]!;
  const policy = async (kind: string, validFrom: string, parameters: object, adopt: boolean) => {
    const draft = await ok<{ id: string; version: number }>(
      "saveSkillsPolicyVersion",
      "SaveSkillsPolicyVersionInput",
      { kind, name: `模糊测试 ${kind} ${validFrom}`, validFrom, parameters },
    );
    if (adopt)
      await ok("adoptSkillsPolicyVersion", "AdoptSkillsPolicyVersionInput", {
        id: draft.id,
        version: draft.version,
      });
    return draft;
  };
  await policy("TRAINING_SUBSIDY", "2018-01-01", SUBSIDY, true);
  await policy("TRAINING_EFFECT", "2018-01-01", { employmentWindowDays: 183 }, true);
  // A draft for `adoptSkillsPolicyVersion` (valid from a later plan, so adopting it changes nothing of 2019).
  const draft = await policy("TRAINING_EFFECT", "2021-01-01", { employmentWindowDays: 180 }, false);

  // Three trainees of their own: the registry's probes may have exited or withdrawn the fuzz person.
  const people: string[] = [];
  for (const [i, name] of ["模糊甲", "模糊乙", "模糊丙"].entries()) {
    const r = await fed.ok<{ registerPerson: { id: string } }>(
      `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`,
      {
        i: {
          name,
          idNumber: syntheticId(`1975-0${i + 1}-15`, 30 + i),
          townshipCode: T1,
          village: "一村",
          laborCapacity: "FULL",
          willingToTrain: true,
          registeredOn: "2017-01-01",
        },
      },
      { as: office },
    );
    people.push(r.registerPerson.id);
  }
  const [completer, trainee, newcomer] = people as [string, string, string];
  await waitFor("the fuzz trainees in skills", async () => {
    const [row] = await fed.subgraphs
      .skills!.app.orm.em.getConnection()
      .execute<{ n: number | string }[]>(
        `select count(*) as n from person_facts where person_id in (?, ?, ?)`,
        people,
      );
    return Number(row?.n ?? 0) === 3;
  });

  const institution = await ok<{ id: string; version: number }>(
    "recordTrainingInstitution",
    "RecordTrainingInstitutionInput",
    {
      name: "模糊测试职业培训学校",
      creditCode: fuzzCreditCode(99_000_001),
      qualification: "办学许可证",
      contact: "王老师 13800138000",
    },
  );
  const project = (contractNumber: string, format: string, pricePerTraineeFen: number) =>
    ok<{ id: string }>("recordTrainingProject", "RecordTrainingProjectInput", {
      institutionId: institution.id,
      contractNumber,
      courseKind: "SPECIAL_ABILITY",
      courseName: "大棚蔬菜种植",
      format,
      townshipCode: T1,
      place: "东山村大棚基地",
      places: 10,
      hours: 40,
      pricePerTraineeFen,
      startOn: "2019-03-01",
      endOn: "2019-12-31",
    });
  // The price is the generator's Fen (10,000), so a claim of one completion is what `payTrainingClaim` pays.
  const classroom = await project("FUZZ-SKL-1", "CLASSROOM", 10_000);
  const apprenticeship = await project("FUZZ-SKL-2", "MASTER_APPRENTICE", 10_000);

  const enrol = (projectId: string, personId: string, extra: Record<string, unknown> = {}) =>
    ok<{ id: string; version: number }>("enrolTrainee", "EnrolTraineeInput", {
      projectId,
      personId,
      enrolledOn: "2019-03-01",
      ...extra,
    });
  const e1 = await enrol(classroom.id, completer);
  const e2 = await enrol(classroom.id, trainee);
  const eA = await enrol(apprenticeship.id, trainee, {
    apprenticeship: { masterName: "李师傅", from: "2019-03-01", to: "2019-08-31" },
  });
  const session = await ok<{ id: string }>("scheduleTrainingSession", "ScheduleTrainingSessionInput", {
    projectId: classroom.id,
    heldOn: "2019-03-10",
    hours: 4,
    topic: "育苗基础",
  });
  await ok("recordAttendance", "RecordAttendanceInput", {
    sessionId: session.id,
    presentEnrolmentIds: [e1.id, e2.id],
  });
  await ok("completeTraining", "CompleteTrainingInput", {
    enrolmentId: e1.id,
    version: e1.version,
    completedOn: "2019-03-20",
    assessmentPassed: true,
  });
  const submit = (projectId: string) =>
    ok<{ id: string; version: number }>("submitTrainingClaim", "SubmitTrainingClaimInput", {
      projectId,
      submittedOn: "2019-04-01",
    });
  // One completion at 10,000 fen, verified: the claim `payTrainingClaim` pays.
  const toPay = await submit(classroom.id);
  const verified = await ok<{ id: string; version: number }>(
    "verifyTrainingClaim",
    "VerifyTrainingClaimInput",
    {
      claimId: toPay.id,
      version: toPay.version,
      verifiedOn: "2019-04-10",
    },
  );
  // Claims of the apprenticeship (no completion: nothing payable), one to verify, one to refuse.
  const toVerify = await submit(apprenticeship.id);
  const toRefuse = await submit(apprenticeship.id);

  return {
    ids: new Map([
      ["adoptSkillsPolicyVersion.id", draft.id],
      ["updateTrainingInstitution.institutionId", institution.id],
      ["recordTrainingProject.institutionId", institution.id],
      ["submitTrainingClaim.projectId", classroom.id],
      ["submitTrainingClaim.personId", completer],
      ["verifyTrainingClaim.claimId", toVerify.id],
      ["payTrainingClaim.claimId", toPay.id],
      ["refuseTrainingClaim.claimId", toRefuse.id],
      // The apprenticeship project, so the apprenticeship's own checks (master, period) are reached.
      ["enrolTrainee.projectId", apprenticeship.id],
      ["enrolTrainee.personId", newcomer],
      ["scheduleTrainingSession.projectId", classroom.id],
      ["recordAttendance.sessionId", session.id],
      ["recordAttendance.presentEnrolmentId", e2.id],
      ["recordApprenticeCheckIn.enrolmentId", eA.id],
      ["completeTraining.enrolmentId", e2.id],
      ["recordTrainingCertificate.enrolmentId", e1.id],
    ]),
    values: new Map<string, FuzzValue>([
      ["adoptSkillsPolicyVersion.version", draft.version],
      ["updateTrainingInstitution.version", institution.version],
      ["verifyTrainingClaim.version", toVerify.version],
      ["payTrainingClaim.version", verified.version],
      ["refuseTrainingClaim.version", toRefuse.version],
      ["completeTraining.version", e2.version],
      // A well-formed draft: its kind is the generator's first (TRAINING_SUBSIDY).
      ["saveSkillsPolicyVersion.parameters", SUBSIDY],
      ["enrolTrainee.apprenticeship", { masterName: "张师傅", from: "2019-06-01", to: "2019-08-31" }],
      // After the completion date of `completeTraining`, so a new session does not lower its share.
      ["scheduleTrainingSession.heldOn", "2019-07-01"],
    ]),
  };
}

/** The skills mutations whose records carry a `version` the next write names. */
const VERSIONED = new Set([
  "saveSkillsPolicyVersion",
  "recordTrainingInstitution",
  "enrolTrainee",
  "submitTrainingClaim",
  "verifyTrainingClaim",
]);
