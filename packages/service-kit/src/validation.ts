import { BadUserInputError, type FieldProblem } from "./errors";
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
  that(ok: boolean, field: string, messageZh: string, messageEn: string): boolean {
    if (!ok) this.problems.push({ field: this.path(field), messageZh, messageEn });
    return ok;
  }

  fail(field: string, messageZh: string, messageEn: string): void {
    this.that(false, field, messageZh, messageEn);
  }

  /** A required, trimmed text of bounded length; returns the trimmed value. */
  text(
    value: string | null | undefined,
    field: string,
    label: { zh: string; en: string },
    max: number,
  ): string {
    const v = (value ?? "").trim();
    if (!v) this.fail(field, `${label.zh}不能为空`, `${label.en} is required`);
    else
      this.that(
        v.length <= max,
        field,
        `${label.zh}不能超过${max}个字符`,
        `${label.en} must be at most ${max} characters`,
      );
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
      !this.that(
        isIsoDate(value),
        field,
        `${label.zh}不是有效日期`,
        `${label.en} is not a real date (YYYY-MM-DD)`,
      )
    )
      return;
    this.that(
      value <= today,
      field,
      `${label.zh}不能晚于今天 (${today})`,
      `${label.en} cannot be after today (${today})`,
    );
  }

  /** A non-negative integer amount of money in fen. */
  fen(value: number | null | undefined, field: string, label: { zh: string; en: string }): void {
    if (value == null) return;
    this.that(
      Number.isSafeInteger(value) && value >= 0,
      field,
      `${label.zh}应为非负整数（分）`,
      `${label.en} must be a non-negative whole number of fen`,
    );
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Throws `BAD_USER_INPUT` listing every problem, if any. */
  done(): void {
    if (this.problems.length > 0) throw new BadUserInputError(this.problems);
  }
}
