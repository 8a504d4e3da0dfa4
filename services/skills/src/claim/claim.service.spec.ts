import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, TrainingClaimPaid } from "@pa/events";
import { callers, errorCode, T2, testDialects, type GqlResult } from "@pa/testing";
import { startSkills, SUBMIT_CLAIM, type SkillsHarness } from "../skills.fixtures";
import { SkillsPolicyKind } from "../policy/policy.enums";
import { TrainingClaim } from "./claim.entity";

const VERIFY = `mutation V($input: VerifyTrainingClaimInput!) { verifyTrainingClaim(input: $input) { id version status verifiedOn } }`;
const PAY = `mutation P($input: PayTrainingClaimInput!) { payTrainingClaim(input: $input) { id version status paidOn paidAmountFen } }`;
const REFUSE = `mutation R($input: RefuseTrainingClaimInput!) { refuseTrainingClaim(input: $input) { id status refusalReason } }`;
const CLAIMS = `query C($f: TrainingClaimsFilter) { trainingClaims(filter: $f, first: 100) { totalCount nodes { id status townshipCode } } }`;

interface Line {
  personId: string;
  outcome: string;
  basis: string | null;
  refusal: string | null;
  amountFen: number;
}
interface Claim {
  id: string;
  version: number;
  status: string;
  amountFen: number;
  completedCount: number;
  refusedCount: number;
  pricePerTraineeFen: number;
  policyVersionId: string;
  lines: Line[];
}

function expectBadInput(r: GqlResult<unknown>, field: string): void {
  expect(errorCode(r)).toBe("BAD_USER_INPUT");
  expect(r.errors?.[0]?.extensions?.field).toBe(field);
}

describe.each(testDialects())("R-SKL-1 subsidy claims, paid per verified completion, on %s", (dialect) => {
  let h: SkillsHarness;
  const submit = async (projectId: string, personIds?: string[]) =>
    (
      await h.ok<{ submitTrainingClaim: Claim }>(SUBMIT_CLAIM, {
        input: { projectId, submittedOn: "2020-05-10", ...(personIds ? { personIds } : {}) },
      })
    ).submitTrainingClaim;
  /** A project with `completed` trainees who completed and `dropped` who attended one session of four. */
  const trained = async (
    completed: number,
    dropped: number,
    over: Record<string, unknown> = {},
    y = "2020",
  ) => {
    const project = await h.project({ pricePerTraineeFen: 180_000, ...over });
    const done: { personId: string; id: string }[] = [];
    const out: { personId: string; id: string }[] = [];
    for (let i = 0; i < completed; i++) {
      const personId = await h.person();
      done.push({ personId, ...(await h.enrol(project.id, personId)) });
    }
    for (let i = 0; i < dropped; i++) {
      const personId = await h.person();
      out.push({ personId, ...(await h.enrol(project.id, personId)) });
    }
    for (const day of ["04-02", "04-09", "04-16", "04-23"])
      await h.session(
        project.id,
        `${y}-${day}`,
        [...done, ...(day === "04-02" ? out : [])].map((e) => e.id),
      );
    for (const e of done) await h.complete(e.id, `${y}-04-30`);
    return { project, done, out };
  };

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-claims");
  });
  afterAll(async () => h?.close());

  test("a claim pays price × verified completions and refuses the line of a trainee who did not complete", async () => {
    const { project, done, out } = await trained(3, 1);
    const claim = await submit(project.id);
    expect(claim).toMatchObject({
      status: "SUBMITTED",
      pricePerTraineeFen: 180_000,
      completedCount: 3,
      refusedCount: 1,
      amountFen: 3 * 180_000,
    });
    expect(claim.policyVersionId).toMatch(/^[0-9A-Z]{26}$/);
    const byPerson = new Map(claim.lines.map((l) => [l.personId, l]));
    for (const d of done)
      expect(byPerson.get(d.personId)).toMatchObject({
        outcome: "PAYABLE",
        basis: "COMPLETED",
        amountFen: 180_000,
      });
    expect(byPerson.get(out[0]!.personId)).toMatchObject({
      outcome: "REFUSED",
      refusal: "NOT_COMPLETED",
      amountFen: 0,
    });
  });

  test("a line for someone not a registered poor person, not enrolled, or already claimed on another project is refused", async () => {
    const first = await trained(1, 0);
    await submit(first.project.id);
    // The same person trained again on a second project: already claimed.
    const second = await h.project();
    const again = first.done[0]!.personId;
    const e = await h.enrol(second.id, again);
    const fresh = await h.person();
    const ef = await h.enrol(second.id, fresh);
    for (const day of ["2020-04-02", "2020-04-09"]) await h.session(second.id, day, [e.id, ef.id]);
    await h.complete(e.id, "2020-04-30");
    await h.complete(ef.id, "2020-04-30");
    const stranger = await h.person(); // registered, never enrolled here
    const claim = await submit(second.id, [again, fresh, stranger, "01NOTPOOR00000000000000000"]);
    expect(claim.lines.map((l) => [l.outcome, l.refusal])).toEqual([
      ["REFUSED", "ALREADY_CLAIMED"],
      ["PAYABLE", null],
      ["REFUSED", "NOT_ENROLLED"],
      ["REFUSED", "NOT_REGISTERED_POOR"],
    ]);
    expect(claim.amountFen).toBe(150_000);
  });

  test("lifecycle: submitted → verified → paid with the computed amount; another amount or a skipped step is BAD_USER_INPUT; paid is published", async () => {
    const { project } = await trained(2, 0);
    const claim = await submit(project.id);
    const early = await h.gql(PAY, {
      input: { claimId: claim.id, version: claim.version, paidOn: "2020-05-20", amountFen: claim.amountFen },
    });
    expectBadInput(early, "input.claimId");
    const verified = (
      await h.ok<{ verifyTrainingClaim: { version: number; status: string } }>(VERIFY, {
        input: { claimId: claim.id, version: claim.version, verifiedOn: "2020-05-15" },
      })
    ).verifyTrainingClaim;
    expect(verified.status).toBe("VERIFIED");
    expectBadInput(
      await h.gql(PAY, {
        input: {
          claimId: claim.id,
          version: verified.version,
          paidOn: "2020-05-20",
          amountFen: claim.amountFen + 1,
        },
      }),
      "input.amountFen",
    );
    const paid = (
      await h.ok<{ payTrainingClaim: { status: string; paidAmountFen: number } }>(PAY, {
        input: {
          claimId: claim.id,
          version: verified.version,
          paidOn: "2020-05-20",
          amountFen: claim.amountFen,
        },
      })
    ).payTrainingClaim;
    expect(paid).toMatchObject({ status: "PAID", paidAmountFen: 2 * 180_000 });
    expect(
      await h.app.orm.em.fork().count(OutboxEvent, { type: TrainingClaimPaid.type, subject: claim.id }),
    ).toBe(1);
  });

  test("a refused claim keeps its reason and frees its trainees to be claimed again", async () => {
    const { project } = await trained(1, 0);
    const claim = await submit(project.id);
    const r = await h.ok<{ refuseTrainingClaim: { status: string; refusalReason: string } }>(REFUSE, {
      input: {
        claimId: claim.id,
        version: claim.version,
        refusedOn: "2020-05-12",
        reason: "签到表与花名册不一致",
      },
    });
    expect(r.refuseTrainingClaim).toMatchObject({ status: "REFUSED", refusalReason: "签到表与花名册不一致" });
    expect((await submit(project.id)).completedCount).toBe(1);
  });

  test("R-PRIN-2: a policy version that pays a share for partial attendance is applied to projects bought under it", async () => {
    const em = h.app.orm.em.fork();
    const { policies } = await import("../policy/policy.kinds");
    await policies.adoptNew(
      { em, identity: callers.hrCentre.manager(), requestId: "partial-pay" },
      {
        kind: SkillsPolicyKind.TRAINING_SUBSIDY,
        name: "部分出勤按比例补贴（测试）",
        validFrom: "2021-01-01",
        parameters: {
          maxPricePerTraineeFen: 300_000,
          completionAttendanceBp: 8000,
          assessmentRequired: true,
          partialAttendanceBp: 2500,
          partialPayBp: 5000,
        },
      },
    );
    const { project } = await trained(1, 1, { startOn: "2021-04-01", endOn: "2021-04-30" }, "2021");
    const claim = (
      await h.ok<{ submitTrainingClaim: Claim }>(SUBMIT_CLAIM, {
        input: { projectId: project.id, submittedOn: "2021-05-10" },
      })
    ).submitTrainingClaim;
    expect(claim.lines.map((l) => [l.basis, l.amountFen])).toEqual([
      ["COMPLETED", 180_000],
      ["PARTIAL", 90_000],
    ]);
    expect(claim.amountFen).toBe(270_000);
  });

  test("the claims awaiting verification, oldest first; a township clerk sees only their townships' claims; nothing written when a non-hr unit submits", async () => {
    const { project } = await trained(1, 0, { townshipCode: T2 });
    await submit(project.id);
    const waiting = await h.ok<{ trainingClaims: { nodes: { status: string; townshipCode: string }[] } }>(
      CLAIMS,
      {
        f: { statuses: ["SUBMITTED"] },
      },
    );
    expect(waiting.trainingClaims.nodes.every((c) => c.status === "SUBMITTED")).toBe(true);
    const scoped = await h.ok<{ trainingClaims: { nodes: { townshipCode: string }[] } }>(
      CLAIMS,
      {},
      { as: callers.townshipCentre.viewerIn(T2) },
    );
    expect(scoped.trainingClaims.nodes.length).toBeGreaterThan(0);
    expect(scoped.trainingClaims.nodes.every((c) => c.townshipCode === T2)).toBe(true);
    const before = await h.app.orm.em.fork().count(TrainingClaim, {});
    const r = await h.gql(
      SUBMIT_CLAIM,
      { input: { projectId: project.id, submittedOn: "2020-05-10" } },
      { as: callers.townshipCentre.clerkIn(T2) },
    );
    expect(errorCode(r)).toBe("FORBIDDEN");
    expect(await h.app.orm.em.fork().count(TrainingClaim, {})).toBe(before);
  });
});
