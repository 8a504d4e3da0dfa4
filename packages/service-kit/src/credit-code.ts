/**
 * 统一社会信用代码 The unified social credit code of an organisation (GB 32100-2015): 18 characters
 * from the 31-character set (digits and capitals without I, O, Z, S, V); the 18th is a check
 * character over the first 17 (weights 3^i mod 31, check = 31 − Σ mod 31, 31 → 0). Shared by every
 * service that records an organisation (training institutions, employers, sponsors).
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character GB 32100 assigns to the first 17 characters, or null if one is not in the set. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check]!;
}

/** Why a text is not a unified social credit code (for a clerk's message), or null when it is one. */
export function creditCodeProblem(code: string): { zh: string; en: string } | null {
  if (code.length !== 18)
    return {
      zh: `统一社会信用代码应为18位，当前为${code.length}位`,
      en: `a unified social credit code has 18 characters, this has ${code.length}`,
    };
  if (![...code].every((c) => CHARSET.includes(c)))
    return {
      zh: "统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）",
      en: "a unified social credit code holds digits and capitals other than I, O, Z, S, V",
    };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected !== code[17])
    return {
      zh: `统一社会信用代码校验位错误（应为 ${expected}），请核对`,
      en: `the check character of this unified social credit code is wrong (GB 32100 gives ${expected}); check the code`,
    };
  return null;
}

/** Whether `code` is a unified social credit code with a correct check character (GB 32100). */
export function isUnifiedSocialCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
