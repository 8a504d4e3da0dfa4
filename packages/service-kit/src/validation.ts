import { BadUserInputError, type Bilingual, type FieldProblem } from "./errors";
import { businessDate, isIsoDate } from "./dates";

/**
 * Collects every problem of an input before anything is written, so a clerk sees all mistakes at
 * once and nothing changes: `const v = new InputCheck("input"); …; v.done();`.
 */
export class InputCheck {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly prefix = "input") {}

  private path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  /** Records a problem unless `ok` holds. Returns `ok` so callers can skip dependent checks. */
  that(ok: boolean, field: string, message: Bilingual): boolean {
    if (!ok) this.problems.push({ field: this.path(field), messageZh: message.zh, messageEn: message.en });
    return ok;
  }

  /** Records a problem on `field`. */
  fail(field: string, message: Bilingual): void {
    this.that(false, field, message);
  }

  /**
   * Records a problem when `value` is missing (a referenced record not found, say). A type guard:
   * inside `if (v.found(post, …))` the post is present; after `v.done(post)` too.
   */
  found<T>(value: T | null | undefined, field: string, message: Bilingual): value is T {
    return this.that(value != null, field, message);
  }

  /**
   * A rule's result (`{ ok: true, … } | { ok: false, … }`): the ok result, or `undefined` after
   * recording the problem `message` describes for the failure. Pass the ok result to `done` to
   * have it narrowed once every problem is known.
   */
  result<R extends { ok: boolean }>(
    r: R,
    field: string,
    message: (failure: Exclude<R, { ok: true }>) => Bilingual,
  ): Extract<R, { ok: true }> | undefined {
    if (r.ok) return r as Extract<R, { ok: true }>;
    this.fail(field, message(r as Exclude<R, { ok: true }>));
    return undefined;
  }

  /** A required, trimmed text of bounded length; returns the trimmed value. */
  text(
    value: string | null | undefined,
    field: string,
    label: { zh: string; en: string },
    max: number,
  ): string {
    const v = (value ?? "").trim();
    if (!v) this.fail(field, { zh: `${label.zh}不能为空`, en: `${label.en} is required` });
    else
      this.that(v.length <= max, field, {
        zh: `${label.zh}不能超过${max}个字符`,
        en: `${label.en} must be at most ${max} characters`,
      });
    return v;
  }

  /** A business date that is not after today (records cannot be dated in the future). */
  pastDate(
    value: string | null | undefined,
    field: string,
    label: { zh: string; en: string },
    today = businessDate(),
  ): void {
    if (value == null) return;
    if (
      !this.that(isIsoDate(value), field, {
        zh: `${label.zh}不是有效日期`,
        en: `${label.en} is not a real date (YYYY-MM-DD)`,
      })
    )
      return;
    this.that(value <= today, field, {
      zh: `${label.zh}不能晚于今天 (${today})`,
      en: `${label.en} cannot be after today (${today})`,
    });
  }

  /** A non-negative integer amount of money in fen. */
  fen(value: number | null | undefined, field: string, label: { zh: string; en: string }): void {
    if (value == null) return;
    this.that(Number.isSafeInteger(value) && value >= 0, field, {
      zh: `${label.zh}应为非负整数（分）`,
      en: `${label.en} must be a non-negative whole number of fen`,
    });
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /**
   * Throws `BAD_USER_INPUT` listing every problem, if any. Otherwise returns `values` narrowed to
   * present: each was checked on the way (`found`, `result`), and a missing one recorded a problem,
   * so `const [post] = v.done(post)` needs no `post!`.
   */
  done<const T extends readonly unknown[]>(...values: T): { [K in keyof T]: NonNullable<T[K]> } {
    if (this.problems.length > 0) throw new BadUserInputError(this.problems);
    const i = values.findIndex((x) => x == null);
    // A missing value without a recorded problem is a bug in the caller's checks, not bad input.
    if (i >= 0) throw new Error(`InputCheck.done: value ${i} is missing but no problem was recorded`);
    return values as { [K in keyof T]: NonNullable<T[K]> };
  }
}
