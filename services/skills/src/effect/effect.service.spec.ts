import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { testDialects } from "@pa/testing";
import { recordPlacement } from "../placement/placement.service";
import { startSkills, SUBMIT_CLAIM, type SkillsHarness } from "../skills.fixtures";
import { addDays } from "../training-project/training-project.rules";

const EFFECT = /* GraphQL */ `
  query E($f: TrainingEffectFilter) {
    trainingEffect(filter: $f) {
      total {
        enrolled
        completed
        certified
        employedWithinWindow
        paidFen
        costPerCompletionFen
        costPerCertificateFen
      }
      byCourseKind {
        courseKind
        figures {
          completed
        }
      }
      byProject {
        projectId
        figures {
          enrolled
          completed
          certified
          employedWithinWindow
          paidFen
          costPerCompletionFen
          costPerCertificateFen
        }
      }
    }
  }
`;
const VERIFY = `mutation V($input: VerifyTrainingClaimInput!) { verifyTrainingClaim(input: $input) { version } }`;
const PAY = `mutation P($input: PayTrainingClaimInput!) { payTrainingClaim(input: $input) { status } }`;

type Figures = {
  enrolled: number;
  completed: number;
  certified: number;
  employedWithinWindow: number;
  paidFen: number;
  costPerCompletionFen: number | null;
  costPerCertificateFen: number | null;
};

describe.each(testDialects())("培训实效 effect figures (R-SKL-2) on %s", (dialect) => {
  let h: SkillsHarness;

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-effect");
  });
  afterAll(async () => h?.close());

  test("per project: enrolled, completed, certified, employed within 183 days (day 183 counts, day 184 not), cost per completion and per certificate", async () => {
    const project = await h.project({
      courseKind: "OCCUPATION",
      courseName: "中式面点师",
      pricePerTraineeFen: 200_000,
    });
    const people = [await h.person(), await h.person(), await h.person(), await h.person()];
    const enrolments = [];
    for (const p of people) enrolments.push(await h.enrol(project.id, p));
    const [a, b, c] = enrolments;
    await h.session(project.id, "2020-04-10", [a!.id, b!.id, c!.id]);
    const completedOn = "2020-04-30";
    await h.complete(a!.id, completedOn, {
      certificate: {
        type: "SKILL_LEVEL",
        number: `CERT-${a!.id}`,
        issuingBody: "市职业技能鉴定中心",
        issuedOn: "2020-05-08",
      },
    });
    await h.complete(b!.id, completedOn);
    await h.complete(c!.id, completedOn);
    // a: placed on day 183; b: on day 184; c: placed before the training (not its effect).
    await h.app.orm.em.fork().transactional(async (em) => {
      const place = (personId: string, since: string) =>
        recordPlacement(em, { placementId: newId(), personId, kind: "ENTERPRISE", since });
      await place(people[0]!, addDays(completedOn, 183));
      await place(people[1]!, addDays(completedOn, 184));
      await place(people[2]!, addDays(completedOn, -30));
    });
    const claim = (
      await h.ok<{ submitTrainingClaim: { id: string; version: number; amountFen: number } }>(SUBMIT_CLAIM, {
        input: { projectId: project.id, submittedOn: "2020-05-10" },
      })
    ).submitTrainingClaim;
    const v = (
      await h.ok<{ verifyTrainingClaim: { version: number } }>(VERIFY, {
        input: { claimId: claim.id, version: claim.version, verifiedOn: "2020-05-12" },
      })
    ).verifyTrainingClaim;
    await h.ok(PAY, {
      input: { claimId: claim.id, version: v.version, paidOn: "2020-05-20", amountFen: claim.amountFen },
    });

    const r = await h.ok<{
      trainingEffect: { total: Figures; byProject: { projectId: string; figures: Figures }[] };
    }>(EFFECT, { f: { courseKind: "OCCUPATION" } });
    expect(r.trainingEffect.byProject.find((p) => p.projectId === project.id)?.figures).toEqual({
      enrolled: 4,
      completed: 3,
      certified: 1,
      employedWithinWindow: 1,
      paidFen: 600_000,
      costPerCompletionFen: 200_000,
      costPerCertificateFen: 600_000,
    });
    expect(r.trainingEffect.total).toEqual({
      enrolled: 4,
      completed: 3,
      certified: 1,
      employedWithinWindow: 1,
      paidFen: 600_000,
      costPerCompletionFen: 200_000,
      costPerCertificateFen: 600_000,
    });
  });

  test("R-SKL-1 培训实效: cost per completion and per certificate over the paid projects only, null before any payment", async () => {
    // Two projects of one institution: 3 completions (2 certified) and 2 completions (1 certified).
    const institutionId = await h.institution();
    const projects = [
      await h.project({ institutionId, pricePerTraineeFen: 100_000 }),
      await h.project({ institutionId, pricePerTraineeFen: 100_000 }),
    ];
    for (const [i, project] of projects.entries()) {
      const enrolments = [];
      for (let n = 0; n < 3 - i; n++) enrolments.push(await h.enrol(project.id, await h.person()));
      await h.session(
        project.id,
        "2020-04-10",
        enrolments.map((e) => e.id),
      );
      for (const [n, e] of enrolments.entries())
        await h.complete(
          e.id,
          "2020-04-30",
          n < 2 - i
            ? {
                certificate: {
                  type: "SKILL_LEVEL",
                  number: `CERT-${e.id}`,
                  issuingBody: "市职业技能鉴定中心",
                  issuedOn: "2020-05-08",
                },
              }
            : {},
        );
    }
    const effect = async () =>
      (
        await h.ok<{
          trainingEffect: { total: Figures; byProject: { projectId: string; figures: Figures }[] };
        }>(EFFECT, { f: { institutionId } })
      ).trainingEffect;

    // Before any payment: completions and certificates count, the costs are not a figure yet.
    const before = await effect();
    expect(before.total).toEqual({
      enrolled: 5,
      completed: 5,
      certified: 3,
      employedWithinWindow: 0,
      paidFen: 0,
      costPerCompletionFen: null,
      costPerCertificateFen: null,
    });
    const claims = [];
    for (const project of projects)
      claims.push(
        (
          await h.ok<{ submitTrainingClaim: { id: string; version: number; amountFen: number } }>(
            SUBMIT_CLAIM,
            { input: { projectId: project.id, submittedOn: "2020-05-10" } },
          )
        ).submitTrainingClaim,
      );
    // Claims submitted and verified but not paid are still no cost.
    for (const claim of claims)
      claim.version = (
        await h.ok<{ verifyTrainingClaim: { version: number } }>(VERIFY, {
          input: { claimId: claim.id, version: claim.version, verifiedOn: "2020-05-12" },
        })
      ).verifyTrainingClaim.version;
    expect((await effect()).total.costPerCompletionFen).toBeNull();

    // The first project paid (3 × ¥1,000): ¥3,000 over its 3 completions and 2 certificates — the
    // unpaid project's 2 completions and 1 certificate do not dilute it (not ¥3,000 / 5 = ¥600).
    const [first, second] = claims;
    await h.ok(PAY, {
      input: {
        claimId: first!.id,
        version: first!.version,
        paidOn: "2020-05-20",
        amountFen: first!.amountFen,
      },
    });
    const paidOne = await effect();
    expect(paidOne.total).toMatchObject({
      completed: 5,
      certified: 3,
      paidFen: 300_000,
      costPerCompletionFen: 100_000,
      costPerCertificateFen: 150_000,
    });
    const of = (e: typeof paidOne, i: number) =>
      e.byProject.find((p) => p.projectId === projects[i]!.id)!.figures;
    expect(of(paidOne, 0)).toMatchObject({
      paidFen: 300_000,
      costPerCompletionFen: 100_000,
      costPerCertificateFen: 150_000,
    });
    expect(of(paidOne, 1)).toMatchObject({
      paidFen: 0,
      costPerCompletionFen: null,
      costPerCertificateFen: null,
    });

    // Both paid: ¥5,000 over 5 completions and 3 certificates, the latter rounded down to the fen
    // (500_000 / 3 = 166_666.67 → 166_666).
    await h.ok(PAY, {
      input: {
        claimId: second!.id,
        version: second!.version,
        paidOn: "2020-05-21",
        amountFen: second!.amountFen,
      },
    });
    expect((await effect()).total).toMatchObject({
      paidFen: 500_000,
      costPerCompletionFen: 100_000,
      costPerCertificateFen: 166_666,
    });
  });
});
