import { describe, expect, test } from "vitest";
import { activeInMonth, activeOn, basisPoints, isMonth, meetsRate, monthRange } from "./period.rules";

describe("half-open business-date intervals", () => {
  test("a record from D counts on D; a record until D no longer counts on D", () => {
    expect(activeOn("2020-06-01", null, "2020-06-01")).toBe(true);
    expect(activeOn("2020-06-01", null, "2020-05-31")).toBe(false);
    expect(activeOn("2020-06-01", "2020-12-31", "2020-12-30")).toBe(true);
    expect(activeOn("2020-06-01", "2020-12-31", "2020-12-31")).toBe(false);
  });

  test("months: February of a leap year has 29 days; a placement ended on the 1st is not in that month", () => {
    expect(monthRange("2020-02")).toEqual({ from: "2020-02-01", to: "2020-02-29", days: 29 });
    expect(monthRange("2019-02").days).toBe(28);
    expect(isMonth("2020-13")).toBe(false);
    expect(isMonth("2020-1")).toBe(false);
    expect(activeInMonth("2020-01-15", "2020-03-01", "2020-03")).toBe(false);
    expect(activeInMonth("2020-01-15", "2020-03-02", "2020-03")).toBe(true);
    expect(activeInMonth("2020-03-31", null, "2020-03")).toBe(true);
  });
});

describe("R-EMP-1 occupancy arithmetic (上岗率 = filled ÷ held) in basis points", () => {
  test("376 of 470 is exactly 80 %; 375 of 470 falls short and is shown rounded down", () => {
    expect(basisPoints(376, 470)).toBe(8000);
    expect(meetsRate(376, 470, 8000)).toBe(true);
    expect(basisPoints(375, 470)).toBe(7978);
    expect(meetsRate(375, 470, 8000)).toBe(false);
  });

  test("a rate just under the target is not met even when it would round up", () => {
    // 3999 / 4999 = 79.996 %: shown as 7999 bp, not met.
    expect(basisPoints(3999, 4999)).toBe(7999);
    expect(meetsRate(3999, 4999, 8000)).toBe(false);
  });

  test("nothing held has no rate and meets nothing", () => {
    expect(basisPoints(0, 0)).toBeNull();
    expect(meetsRate(0, 0, 8000)).toBe(false);
  });
});
