import { describe, expect, it, vi } from "vitest";
import { ageOn, businessDate, isIsoDate, shiftYears } from "./dates";

describe("ageOn", () => {
  it("age: whole years, and the birthday itself counts", () => {
    expect(ageOn("1990-06-30", "2020-06-29")).toBe(29);
    expect(ageOn("1990-06-30", "2020-06-30")).toBe(30);
    expect(ageOn("1990-06-30", "2020-07-01")).toBe(30);
    expect(ageOn("2020-06-30", "2020-06-30")).toBe(0);
  });

  it("age: someone born on Feb 29 turns a year older on Mar 1 in a non-leap year", () => {
    expect(ageOn("2000-02-29", "2001-02-28")).toBe(0);
    expect(ageOn("2000-02-29", "2001-03-01")).toBe(1);
    expect(ageOn("2000-02-29", "2004-02-29")).toBe(4);
    expect(ageOn("2000-02-29", "2004-02-28")).toBe(3);
  });

  it("age: an invalid date is a programming error and throws", () => {
    expect(() => ageOn("2001-02-29", "2020-01-01")).toThrow(RangeError);
    expect(() => ageOn("1990-01-01", "2020/01/01")).toThrow(RangeError);
  });

  it("isIsoDate: only real YYYY-MM-DD days", () => {
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2020-2-9")).toBe(false);
  });
});

describe("businessDate", () => {
  it("business date: 16:30 UTC is already the next day in Asia/Shanghai (UTC+8)", () => {
    expect(businessDate(new Date("2020-06-30T16:30:00Z"))).toBe("2020-07-01");
  });

  it("business date: 15:59 UTC is still the same day in Asia/Shanghai", () => {
    expect(businessDate(new Date("2020-06-30T15:59:59Z"))).toBe("2020-06-30");
  });

  it("business date: the year rolls over at Shanghai midnight, not UTC midnight", () => {
    expect(businessDate(new Date("2019-12-31T16:00:00Z"))).toBe("2020-01-01");
  });

  it("business date: today's (formatted once a day) follows the clock across Shanghai midnight, both ways", () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date("2020-06-30T15:59:59.999Z"));
      expect(businessDate()).toBe("2020-06-30");
      vi.setSystemTime(new Date("2020-06-30T16:00:00.000Z"));
      expect(businessDate()).toBe("2020-07-01");
      vi.setSystemTime(new Date("2021-01-01T03:00:00.000Z"));
      expect(businessDate()).toBe("2021-01-01");
      vi.setSystemTime(new Date("2020-06-30T15:00:00.000Z"));
      expect(businessDate()).toBe("2020-06-30");
    } finally {
      vi.useRealTimers();
    }
  });

  it("business date: defaults to now and is shaped YYYY-MM-DD", () => {
    expect(businessDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("shiftYears", () => {
  it("29 February becomes 28 February in a common year", () => {
    expect(shiftYears("2020-02-29", -1)).toBe("2019-02-28");
    expect(shiftYears("2020-06-30", -60)).toBe("1960-06-30");
  });
});
