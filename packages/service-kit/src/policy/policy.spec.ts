import type { EntityManager } from "@mikro-orm/core";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { Unit } from "../auth/identity";
import { InputCheck } from "../validation";
import { PolicyCatalog } from "./policy.catalog";
import { latestOnOrBefore, NoPolicyInForceError, policyInForce } from "./policy.in-force";
import { PolicyStatus, type PolicyVersion } from "./policy-version.entity";

const catalog = new PolicyCatalog({
  OFFERS: {
    label: { zh: "岗位推荐", en: "job offers" },
    owner: Unit.HrCentre,
    parameters: z.object({ offersRequired: z.number().int().min(1) }).strict(),
  },
});

const version = (id: string, validFrom: string, offersRequired: number) =>
  ({
    id,
    kind: "OFFERS",
    validFrom,
    status: PolicyStatus.ADOPTED,
    parameters: { offersRequired },
  }) as PolicyVersion<{ offersRequired: number }>;

/** An entity manager that only answers `find`, counting the reads. */
function fakeEm(rows: PolicyVersion[]) {
  const reads = { count: 0 };
  const em = {
    find: async () => {
      reads.count += 1;
      return rows;
    },
  } as unknown as EntityManager;
  return { em, reads };
}

describe("R-PRIN-2 the version in force on a date", () => {
  const versions = [version("v2020", "2020-01-01", 4), version("v2018", "2018-01-01", 3)];

  test("is the latest validFrom on or before the date; a version takes effect on its validFrom day", () => {
    expect(latestOnOrBefore(versions, "2019-12-31")?.id).toBe("v2018");
    expect(latestOnOrBefore(versions, "2020-01-01")?.id).toBe("v2020");
    expect(latestOnOrBefore(versions, "2017-12-31")).toBeNull();
    expect(() => policyInForce(versions, "2017-12-31")).toThrow(NoPolicyInForceError);
  });

  test("a reader reads the adopted versions of a kind once for a whole unit of work", async () => {
    const { em, reads } = fakeEm(versions);
    const reader = catalog.reader(em);
    for (const day of ["2018-06-01", "2019-06-01", "2020-06-01", "2021-06-01"])
      await reader.inForce("OFFERS", day);
    expect(reads.count).toBe(1);
    expect((await reader.inForce("OFFERS", "2020-06-01"))?.parameters.offersRequired).toBe(4);
    reader.clear();
    await reader.inForce("OFFERS", "2020-06-01");
    expect(reads.count).toBe(2);
  });

  test("no version in force is BAD_USER_INPUT on the field, in both languages", async () => {
    const { em } = fakeEm([]);
    await expect(catalog.reader(em).require("OFFERS", "2019-01-01", "input.on")).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "input.on" },
      message: expect.stringMatching(
        /^2019-01-01 没有生效的岗位推荐政策版本 \/ no adopted job offers policy/,
      ),
    });
  });

  test("parameters are checked by the kind's schema, each problem on its path", () => {
    const v = new InputCheck();
    expect(catalog.parse("OFFERS", { offersRequired: 0, extra: 1 }, v)).toBeUndefined();
    expect(v.problems.map((p) => p.field).sort()).toEqual([
      "input.parameters",
      "input.parameters.offersRequired",
    ]);
  });
});
