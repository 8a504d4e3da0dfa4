import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import {
  callers,
  sqlStatements,
  startServiceHarness,
  T1,
  testDialects,
  type ServiceHarness,
} from "@pa/testing";
import { createSocialSecurityApp } from "../app";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "../pension/pension-ledger.entity";
import { medicalParams, pensionParams, seedPolicy } from "../social-security.fixtures";
import { personFactsProjection } from "./person-facts.projection";

/**
 * Issue 10 with issue 9 items 8 and 9: the reaction is set-based. A batch of registrations — with
 * plan-year subsidies and pension-ledger entries to create — costs statements by table and chunk,
 * not by person: the policy versions read once, one read of existing rows per table, multi-row inserts.
 */
describe.each(testDialects())("social-security person-facts reaction on %s", (dialect) => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await startServiceHarness(createSocialSecurityApp, {
      dialect,
      label: "ss-reaction",
      user: callers.bureau.viewer(),
    });
    await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
  });
  afterAll(async () => h?.close());

  /** One batch of `n` newly registered people, every other one aged 61; its statements. */
  const batch = async (n: number) => {
    const ids = Array.from({ length: n }, () => newId());
    const source = personFactsProjection.sourceOutsideEvent({ businessDate: "2020-02-01" });
    const statements = await sqlStatements(h.app.orm, () =>
      h.app.orm.em.fork().transactional((em) =>
        personFactsProjection.apply(
          em,
          ids.map((personId, i) => ({
            facts: {
              personId,
              version: 1,
              townshipCode: T1,
              birthDate: i % 2 === 0 ? "1958-06-01" : "1970-05-17",
              povertyStatus: "REGISTERED" as const,
              registeredOn: "2016-03-01",
              exitedOn: null,
            },
            source,
          })),
        ),
      ),
    );
    return { ids, statements };
  };

  /** A statement's kind and table (`insert into premium_subsidy`). */
  const shape = (q: string) => q.slice(0, 40).replace(/[`"]/g, "").split(" (")[0]!;

  test("issue 10: a batch of 200 registrations costs the same reads as a batch of 20, and multi-row inserts (by table, not by person)", async () => {
    const small = await batch(20);
    const large = await batch(200);
    const em = h.app.orm.em.fork();
    // Each person: both schemes for 2018, 2019 and 2020; the 61-year-olds on the ledger.
    expect(await em.count(PremiumSubsidy, { personId: { $in: large.ids } })).toBe(200 * 2 * 3);
    expect(await em.count(PensionLedgerEntry, { personId: { $in: large.ids } })).toBe(100);
    // The same reads whatever the batch size; inserts grow only by the ORM's multi-row batches (300 rows).
    const reads = (q: string[]) => q.filter((x) => /^select/i.test(x));
    expect(reads(large.statements)).toHaveLength(reads(small.statements).length);
    expect(new Set(large.statements.map(shape))).toEqual(new Set(small.statements.map(shape)));
    expect(large.statements.length).toBeLessThanOrEqual(20);
    expect(large.statements.filter((q) => /from [`"]policy_version[`"]/.test(q))).toHaveLength(2); // one per kind
  });
});
