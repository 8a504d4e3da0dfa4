import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, TrainingClaimPaid, TrainingCompleted } from "@pa/events";
import { AuditEntry, createLogger, DEMO_TOWNSHIP_CODES, newId } from "@pa/service-kit";
import { callers, startServiceHarness, type ServiceHarness } from "@pa/testing";
import { createSkillsApp } from "../app";
import { TrainingClaim } from "../claim/claim.entity";
import { ClaimStatus } from "../claim/claim.enums";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { TrainingCertificate } from "../enrolment/certificate.entity";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { TrainingInstitution } from "../institution/institution.entity";
import { personFactsProjection } from "../person/person-facts.projection";
import { personFacts } from "../skills.fixtures";
import { TrainingProject } from "../training-project/training-project.entity";
import { loadDemoActivity } from "./demo-activity";
import { DEMO_PROJECTS_PER_YEAR, loadDemoIfEmpty } from "./demo-loader";

// The demo goes through the service operations, so it is audited and published like a clerk's
// data. One dialect is enough: the operations themselves are proven on both in their own specs.
describe("skills demo: loaded through the service operations (sqlite)", () => {
  let h: ServiceHarness;
  beforeAll(async () => {
    h = await startServiceHarness((deps) => createSkillsApp({ ...deps, demoActivity: false }), {
      dialect: "sqlite",
      label: "skills-demo",
      loadDemo: true,
      user: callers.hrCentre.clerk(),
    });
    // 150 people with a training need across the demo townships, as the registry's events bring them.
    const em = h.app.orm.em.fork();
    await em.transactional((tx) =>
      personFactsProjection.apply(
        tx,
        Array.from({ length: 150 }, (_, i) => ({
          facts: personFacts(newId(), {
            townshipCode: DEMO_TOWNSHIP_CODES[i % DEMO_TOWNSHIP_CODES.length]!,
            registeredOn: "2017-06-01",
          }),
          source: personFactsProjection.sourceOutsideEvent({ businessDate: "2018-01-02" }),
        })),
      ),
    );
  }, 120_000);
  afterAll(() => h?.close());

  test("institutions and projects across 2018–2020, each audited as the demo loader's", async () => {
    const em = h.app.orm.em.fork();
    expect(await em.count(TrainingInstitution, {})).toBe(4);
    expect(await em.count(TrainingProject, {})).toBe(3 * DEMO_PROJECTS_PER_YEAR);
    for (const year of ["2018", "2019", "2020"])
      expect(
        await em.count(TrainingProject, { startOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }),
      ).toBe(DEMO_PROJECTS_PER_YEAR);
    expect(await em.count(AuditEntry, { action: "recordTrainingProject", actor: "demo-loader" })).toBe(
      3 * DEMO_PROJECTS_PER_YEAR,
    );
  });

  test("the activity enrols, completes, certifies and pays through the operations; a second run adds nothing", async () => {
    const logger = createLogger("skills", "silent");
    const report = await loadDemoActivity(h.app.orm, logger);
    const em = h.app.orm.em.fork();
    expect(report.enrolments).toBeGreaterThan(50);
    expect(await em.count(TrainingEnrolment, {})).toBe(report.enrolments);
    expect(await em.count(TrainingEnrolment, { status: EnrolmentStatus.COMPLETED })).toBe(report.completions);
    expect(report.completions).toBeLessThan(report.enrolments);
    expect(await em.count(TrainingCertificate, {})).toBe(report.certificates);
    expect(await em.count(OutboxEvent, { type: TrainingCompleted.type })).toBe(report.completions);
    expect(await em.count(TrainingClaim, { status: ClaimStatus.PAID })).toBe(report.paid);
    expect(await em.count(OutboxEvent, { type: TrainingClaimPaid.type })).toBe(report.paid);
    expect(report.paid).toBeGreaterThan(0);
    expect(await em.count(TrainingClaim, { status: ClaimStatus.SUBMITTED })).toBe(
      report.claims - report.paid,
    );
    expect((await loadDemoActivity(h.app.orm, logger)).enrolments).toBe(0);
    expect(await loadDemoIfEmpty(h.app.orm, logger)).toBe(false);
  }, 480_000);
});
