import { describe, expect, test } from "vitest";
import { creditCodeCheckCharacter, creditCodeProblem, isUnifiedSocialCreditCode } from "./credit-code";

describe("统一社会信用代码 GB 32100 check character", () => {
  test("published codes pass", () => {
    // Codes printed on business licences (public registers).
    for (const code of ["91350100M000100Y43", "91110000802100433B", "91440300708461136T"])
      expect(isUnifiedSocialCreditCode(code)).toBe(true);
  });

  test("a changed character, a wrong length or a letter outside the set is refused with a reason", () => {
    expect(creditCodeProblem("91350100M000100Y44")?.en).toContain("GB 32100 gives 3");
    expect(creditCodeProblem("91350100M000100Y4")?.zh).toContain("18位");
    expect(creditCodeProblem("91350100M000100O43")?.en).toContain("capitals");
  });

  test("the check character of 17 characters; 31 maps to 0", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheckCharacter("short")).toBeNull();
  });
});
