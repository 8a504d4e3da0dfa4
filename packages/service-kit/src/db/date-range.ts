import { badInput } from "../errors";

/** The bounds of a business-date range condition (both inclusive). */
export interface DateBounds {
  $gte?: string;
  $lte?: string;
}

/**
 * The MikroORM condition for a list filter's `from`/`to` business dates on one column, both
 * inclusive: `...dateRange(f, "openedFrom", "openedTo", "openedOn")` gives
 * `{ openedOn: { $gte, $lte } }` with the bounds given, or nothing when neither is. A `from` after
 * `to` is `BAD_USER_INPUT` on `<path>.<fromKey>`: an empty list would hide the clerk's typo.
 * Dates are ISO `YYYY-MM-DD` strings (the `LocalDate` scalar), so they compare as strings.
 */
export function dateRange<F extends string, T extends string>(
  filter: { [k in F | T]?: string | null },
  fromKey: F,
  toKey: T,
  column: string,
  path = "filter",
): Record<string, DateBounds> {
  const from = filter[fromKey] ?? null;
  const to = filter[toKey] ?? null;
  if (from != null && to != null && from > to)
    throw badInput(path ? `${path}.${fromKey}` : fromKey, {
      zh: `起始日期 ${from} 不能晚于截止日期 ${to}`,
      en: `${fromKey} (${from}) cannot be after ${toKey} (${to})`,
    });
  const bounds: DateBounds = {};
  if (from != null) bounds.$gte = from;
  if (to != null) bounds.$lte = to;
  return from == null && to == null ? {} : { [column]: bounds };
}
