import { describe, expect, test } from "vitest";
import { costPer, employedWithin } from "./effect.rules";

describe("培训实效 employed within the window after completion (R-SKL-2)", () => {
  test("day 0 to day 183 count, day 184 and before the completion do not (2020-01-31 + 183 days = 2020-08-01)", () => {
    expect(employedWithin("2020-01-31", ["2020-01-31"], 183)).toBe(true);
    expect(employedWithin("2020-01-31", ["2020-08-01"], 183)).toBe(true);
    expect(employedWithin("2020-01-31", ["2020-08-02"], 183)).toBe(false);
    expect(employedWithin("2020-01-31", ["2020-01-30"], 183)).toBe(false);
    expect(employedWithin("2020-01-31", ["2019-12-01", "2020-03-01"], 183)).toBe(true);
  });

  test("R-SKL-1 培训实效: cost per unit in whole fen, rounded down in integer arithmetic; null without units", () => {
    expect(costPer(1_000, 3)).toBe(333);
    expect(costPer(2_000, 3)).toBe(666); // 666.67 rounds down, not to nearest
    expect(costPer(114_150_000, 683)).toBe(167_130); // 167_130.30… → 167_130
    expect(costPer(0, 5)).toBe(0);
    expect(costPer(1_000, 0)).toBeNull();
    expect(() => costPer(1_000.5, 3)).toThrow(RangeError);
  });
});
