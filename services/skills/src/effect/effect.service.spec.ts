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
});
