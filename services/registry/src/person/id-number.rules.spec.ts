import { describe, expect, it } from "vitest";
import { idCheckDigit, maskIdNumber, maskPhone, validateIdNumber, validatePhone } from "./id-number.rules";

const TODAY = "2020-06-30";
/** The worked example printed in GB 11643-1999 (a woman born 1949-12-31 in Chaoyang, Beijing). */
const GB_EXAMPLE = "11010519491231002X";

/** Build a valid ID from region + birth date + sequence by computing the check digit. */
function makeId(region: string, yyyymmdd: string, seq: string): string {
  const first17 = `${region}${yyyymmdd}${seq}`;
  return first17 + idCheckDigit(first17);
}

describe("GB 11643 check digit (ISO 7064 MOD 11-2)", () => {
  it("GB 11643 check digit: the standard's worked example 11010519491231002 has check character X", () => {
    expect(idCheckDigit("11010519491231002")).toBe("X");
  });

  it("GB 11643 check digit: every remainder maps onto 10X98765432", () => {
    // Vary the last digit of the body; its weight is 2, so the 11 remainders are all reachable
    // across bodies. Check each result against an independent computation.
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    for (let n = 0; n < 200; n++) {
      const body = `9901011990${String(n).padStart(7, "0")}`;
      const sum = [...body].reduce((s, c, i) => s + Number(c) * (weights[i] ?? 0), 0);
      expect(idCheckDigit(body)).toBe("10X98765432"[sum % 11]);
    }
  });

  it("GB 11643 check digit: refuses a body that is not exactly 17 digits", () => {
    expect(() => idCheckDigit("1234")).toThrow(RangeError);
    expect(() => idCheckDigit("1101051949123100A")).toThrow(RangeError);
  });
});

describe("validateIdNumber", () => {
  it("GB 11643: a valid number yields birth date, sex from the 17th digit and region code", () => {
    const r = validateIdNumber(GB_EXAMPLE, { today: TODAY });
    expect(r).toEqual({
      ok: true,
      value: GB_EXAMPLE,
      birthDate: "1949-12-31",
      sex: "FEMALE",
      regionCode: "110105",
    });
  });

  it("GB 11643: an odd 17th digit means male", () => {
    const id = makeId("990101", "19800101", "001");
    const r = validateIdNumber(id, { today: TODAY });
    expect(r.ok && r.sex).toBe("MALE");
  });

  it("GB 11643 normalisation: surrounding spaces are trimmed and a trailing lowercase x is uppercased", () => {
    const r = validateIdNumber("  11010519491231002x \t", { today: TODAY });
    expect(r.ok && r.value).toBe(GB_EXAMPLE);
  });

  it("GB 11643 length: anything but 18 characters is refused with the length named", () => {
    const r = validateIdNumber("110105194912310", { today: TODAY });
    expect(r).toMatchObject({ ok: false, code: "LENGTH" });
    expect(!r.ok && r.reasonEn).toContain("got 15");
    expect(!r.ok && r.reasonZh).toContain("18位");
    expect(validateIdNumber("", { today: TODAY })).toMatchObject({ ok: false, code: "LENGTH" });
  });

  it("GB 11643 characters: a letter among the first 17, or a last character other than digit/X, is refused", () => {
    expect(validateIdNumber("1101051949123100AX", { today: TODAY })).toMatchObject({
      ok: false,
      code: "NON_DIGIT",
    });
    expect(validateIdNumber("11010519491231002Y", { today: TODAY })).toMatchObject({
      ok: false,
      code: "NON_DIGIT",
    });
    // A full-width digit is not an ASCII digit.
    expect(validateIdNumber("11010519491231002１", { today: TODAY })).toMatchObject({
      ok: false,
      code: "NON_DIGIT",
    });
  });

  it("GB 11643 birth date: an impossible calendar date (Feb 30, Feb 29 in a non-leap year, month 13) is refused", () => {
    for (const date of ["19900230", "19010229", "19901301", "19900100"]) {
      const r = validateIdNumber(makeId("990101", date, "001"), { today: TODAY });
      expect(r, date).toMatchObject({ ok: false, code: "IMPOSSIBLE_BIRTH_DATE" });
    }
    // 2000 is a leap year (divisible by 400), so Feb 29 2000 is real.
    expect(validateIdNumber(makeId("990101", "20000229", "001"), { today: TODAY }).ok).toBe(true);
  });

  it("GB 11643 birth date: a birth date after today in Asia/Shanghai is refused; today itself is accepted", () => {
    const tomorrow = validateIdNumber(makeId("990101", "20200701", "002"), { today: TODAY });
    expect(tomorrow).toMatchObject({ ok: false, code: "FUTURE_BIRTH_DATE" });
    expect(!tomorrow.ok && tomorrow.reasonEn).toContain("2020-07-01");
    expect(validateIdNumber(makeId("990101", "20200630", "002"), { today: TODAY }).ok).toBe(true);
  });

  it("GB 11643 birth date: a birth date before 1900-01-01 is refused", () => {
    expect(validateIdNumber(makeId("990101", "18991231", "002"), { today: TODAY })).toMatchObject({
      ok: false,
      code: "BIRTH_DATE_TOO_EARLY",
    });
    expect(validateIdNumber(makeId("990101", "19000101", "002"), { today: TODAY }).ok).toBe(true);
  });

  it("GB 11643 check digit: a wrong last character is refused and the expected digit is named", () => {
    const r = validateIdNumber("110105194912310021", { today: TODAY });
    expect(r).toMatchObject({ ok: false, code: "CHECK_DIGIT" });
    expect(!r.ok && r.reasonEn).toContain("expected X");
    expect(!r.ok && r.reasonZh).toContain("应为X");
  });

  it("GB 11643 check digit: a single-digit typo in the body is caught", () => {
    const r = validateIdNumber("11010519491231003X", { today: TODAY });
    expect(r).toMatchObject({ ok: false, code: "CHECK_DIGIT" });
  });

  it("GB 11643 birth date: without an explicit today, the Asia/Shanghai business date is used", () => {
    expect(validateIdNumber(makeId("990101", "30000101", "001"))).toMatchObject({
      code: "FUTURE_BIRTH_DATE",
    });
    expect(validateIdNumber(GB_EXAMPLE).ok).toBe(true);
  });
});

describe("masking", () => {
  it("ID masking: first 6 and last 4 shown, the 8 between as *", () => {
    expect(maskIdNumber(GB_EXAMPLE)).toBe("110105********002X");
    expect(maskIdNumber("110105********002X")).toHaveLength(18);
  });

  it("ID masking: a value that is not 18 characters keeps only its last 4", () => {
    expect(maskIdNumber("123456789")).toBe("*****6789");
    expect(maskIdNumber("12")).toBe("**");
  });

  it("phone masking: an 11-digit mobile keeps the first 3 and last 4", () => {
    expect(maskPhone("13800138000")).toBe("138****8000");
  });

  it("phone masking: other numbers keep only the last 4", () => {
    expect(maskPhone("0531-12345678")).toBe("*********5678");
    expect(maskPhone("123")).toBe("***");
  });
});

describe("validatePhone", () => {
  it("phone: an 11-digit mainland mobile starting 1[3-9] is accepted", () => {
    for (const p of ["13800138000", "17000000001", "19912345678"]) {
      expect(validatePhone(p)).toEqual({ ok: true, value: p, kind: "MOBILE" });
    }
  });

  it("phone: spaces, hyphens and a +86 prefix around a mobile are removed", () => {
    expect(validatePhone(" 138 0013 8000 ")).toMatchObject({ ok: true, value: "13800138000" });
    expect(validatePhone("+86 138-0013-8000")).toMatchObject({ ok: true, value: "13800138000" });
  });

  it("phone: a landline with area code and hyphen is accepted", () => {
    expect(validatePhone("0531-12345678")).toEqual({ ok: true, value: "0531-12345678", kind: "LANDLINE" });
    expect(validatePhone("010-1234567")).toMatchObject({ ok: true, kind: "LANDLINE" });
  });

  it("phone: a mobile with a second digit of 0-2, a wrong length, or letters is refused in both languages", () => {
    for (const p of ["12800138000", "1380013800", "138001380001", "1380013800a", "531-12345678"]) {
      const r = validatePhone(p);
      expect(r, p).toMatchObject({ ok: false, code: "FORMAT" });
      expect(!r.ok && r.reasonZh.length > 0 && r.reasonEn.length > 0).toBe(true);
    }
  });

  it("phone: an empty value is refused as empty", () => {
    expect(validatePhone("  ")).toMatchObject({ ok: false, code: "EMPTY" });
  });
});
