import { describe, expect, test } from "vitest";
import { CombinedError } from "@urql/core";
import type { FormInstance } from "antd";
import { CONFLICT_MESSAGE, formErrorOf } from "./errors";

/**
 * How a refused write reaches a console form (ARCHITECTURE.md, "The graph"): BAD_USER_INPUT
 * problems beside their fields, renamed where the form's field is not the input's
 * (`monthlyAllowanceFen` typed in yuan as `allowance`); CONFLICT as one sentence at the top.
 */

/** The part of antd's form instance `formErrorOf` uses: the values held and the errors set. */
function formHolding(values: Record<string, unknown>) {
  const set: { name: string[]; errors: string[] }[] = [];
  const form = {
    getFieldsValue: () => values,
    setFields: (fields: { name: string[]; errors: string[] }[]) => set.push(...fields),
  } as unknown as FormInstance<Record<string, unknown>>; // only these two members are called
  return { form, set };
}

const refused = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message: "refused", extensions }] });

describe("formErrorOf: the server's refusals on a console form", () => {
  test("ARCHITECTURE errors: a field problem goes beside the form field it is renamed to; nothing is left for the top", () => {
    const { form, set } = formHolding({ allowance: "999999", title: "保洁岗" });
    const error = refused({
      code: "BAD_USER_INPUT",
      field: "input.monthlyAllowanceFen",
      problems: [
        { field: "input.monthlyAllowanceFen", messageZh: "月补贴超过上限" },
        { field: "input.title", messageZh: "岗位名称过长" },
      ],
    });
    expect(formErrorOf(form, error, "input.", { monthlyAllowanceFen: "allowance" })).toBeNull();
    expect(set).toEqual([
      { name: ["allowance"], errors: ["月补贴超过上限"] },
      { name: ["title"], errors: ["岗位名称过长"] },
    ]);
  });

  test("ARCHITECTURE errors: a problem of no field on the form comes back for the form's top", () => {
    const { form } = formHolding({ startOn: "2026-01-01" });
    const error = refused({
      code: "BAD_USER_INPUT",
      problems: [{ field: "input.postId", messageZh: "岗位已有人在岗" }],
    });
    expect(formErrorOf(form, error)).toBe("岗位已有人在岗");
  });

  test("ARCHITECTURE data rules: an optimistic-lock refusal reads 此记录已被他人修改，请刷新后重试", () => {
    const { form, set } = formHolding({ paid: "250.00" });
    const error = refused({
      code: "CONFLICT",
      messageZh: "参保记录已被他人修改，请刷新后重试",
      currentVersion: 3,
    });
    expect(formErrorOf(form, error, "input.", { paidFen: "paid" })).toBe(CONFLICT_MESSAGE);
    expect(CONFLICT_MESSAGE).toBe("此记录已被他人修改，请刷新后重试");
    expect(set).toEqual([]);
  });

  test("ARCHITECTURE errors: a problem of one item of a list (personIds[1]) goes beside the list's field", () => {
    const { form, set } = formHolding({ personIds: ["a", "b"] });
    const error = refused({
      code: "BAD_USER_INPUT",
      problems: [
        { field: "input.personIds[1]", messageZh: "人员 b 不存在" },
        { field: "input.personIds", messageZh: "吸纳人数不能超过岗位数" },
      ],
    });
    expect(formErrorOf(form, error)).toBeNull();
    expect(set).toEqual([{ name: ["personIds"], errors: ["人员 b 不存在", "吸纳人数不能超过岗位数"] }]);
  });
});
