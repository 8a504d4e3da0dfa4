/** A version with the date it takes effect, as stored (only adopted versions should be passed). */
export interface DatedVersion {
  id: string;
  validFrom: string;
}

/** No adopted version is in force on `date` (pure form; the catalog turns it into BAD_USER_INPUT). */
export class NoPolicyInForceError extends Error {
  override name = "NoPolicyInForceError";
  constructor(readonly date: string) {
    super(
      `no adopted policy version is in force on ${date}: adopt one whose validFrom is on or before that date`,
    );
  }
}

/**
 * 生效版本 The version in force on a date: the one with the latest `validFrom` on or before it
 * (a version takes effect on its validFrom day itself), or `null` when none is.
 * Ties on validFrom go to the later id (ids are sortable by creation).
 */
export function latestOnOrBefore<V extends DatedVersion>(versions: readonly V[], date: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.validFrom > date) continue;
    if (!best || v.validFrom > best.validFrom || (v.validFrom === best.validFrom && v.id > best.id)) best = v;
  }
  return best;
}

/** {@link latestOnOrBefore}, throwing `NoPolicyInForceError` when no version is in force. */
export function policyInForce<V extends DatedVersion>(versions: readonly V[], date: string): V {
  const best = latestOnOrBefore(versions, date);
  if (!best) throw new NoPolicyInForceError(date);
  return best;
}
