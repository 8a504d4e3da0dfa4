import { describe, expect, it } from "vitest";
import { mulberry32, SeededRandom } from "./random";

describe("seeded randomness", () => {
  it("demo determinism: mulberry32 yields the same stream for the same seed, within [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("dates are drawn from whole days, both ends included", () => {
    const rng = new SeededRandom(7);
    const days = new Set(Array.from({ length: 500 }, () => rng.date("2020-02-28", "2020-03-01")));
    expect([...days].sort()).toEqual(["2020-02-28", "2020-02-29", "2020-03-01"]);
  });
});
