import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoTownshipCode, testDialects } from "@pa/testing";
import { startEmployment, type EmploymentHarness } from "../employment.fixtures";
import { TownshipFacts } from "./township-facts.entity";
import { applyTownship } from "./township.service";

describe.each(testDialects())("R-EMP-4 township projection on %s", (dialect) => {
  let h: EmploymentHarness;
  beforeAll(async () => {
    h = await startEmployment(dialect, "township-projection");
  });
  afterAll(async () => h?.close());

  test("a township event older than the one held (arriving late) changes nothing; a newer one applies", async () => {
    const apply = (version: number, concentrated: boolean) =>
      h.app.orm.em
        .fork()
        .transactional((tx) =>
          applyTownship(tx, { code: demoTownshipCode(77), version, name: `v${version}`, concentrated }),
        );
    await apply(2, true);
    await apply(1, false);
    const held = await h.app.orm.em.fork().findOneOrFail(TownshipFacts, { code: demoTownshipCode(77) });
    expect(held).toMatchObject({ version: 2, name: "v2", concentrated: true });
    await apply(3, false);
    expect(
      await h.app.orm.em.fork().findOneOrFail(TownshipFacts, { code: demoTownshipCode(77) }),
    ).toMatchObject({
      version: 3,
      concentrated: false,
    });
  });
});
