import { describe, expect, test } from "vitest";
import { linePaidOn } from "./claim.export";

describe("R-SKL-1 培训补贴台账: the paid date of a claim line", () => {
  const paid = { submittedOn: "2020-05-10", status: "PAID", paidOn: "2020-05-20" };
  test("a payable line of a paid claim shows the claim's paid date", () => {
    expect(linePaidOn({ outcome: "PAYABLE", claim: paid })).toBe("2020-05-20");
  });
  test("a refused line shows none, though the claim's other lines were paid", () => {
    expect(linePaidOn({ outcome: "REFUSED", claim: paid })).toBeNull();
  });
  test("a line of a claim not yet paid shows none", () => {
    expect(
      linePaidOn({
        outcome: "PAYABLE",
        claim: { submittedOn: "2020-05-10", status: "VERIFIED", paidOn: null },
      }),
    ).toBeNull();
  });
});
