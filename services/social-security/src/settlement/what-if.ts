import {
  emptyAccumulators,
  PAYERS,
  settle,
  type Claim,
  type Payer,
  type SettlementPolicy,
  type YearAccumulators,
} from "./settlement.engine";

export interface ReplayItem {
  id: string;
  claim: Claim;
  poorPerson: boolean;
}

export interface ReplayTotals {
  byPayer: Record<Payer, number>;
  outOfPocketFen: number;
  perItem: Map<string, { paidByPayersFen: number; outOfPocketFen: number }>;
}

/**
 * Replays settlements in date order per person (then id), each person's year starting from
 * fresh accumulators, under the policy `policyFor` gives each one. Pure; used by the what-if.
 */
export function replay(
  items: readonly ReplayItem[],
  policyFor: (item: ReplayItem) => SettlementPolicy,
): ReplayTotals {
  const sorted = [...items].sort((a, b) =>
    a.claim.personId !== b.claim.personId
      ? a.claim.personId < b.claim.personId
        ? -1
        : 1
      : a.claim.date !== b.claim.date
        ? a.claim.date < b.claim.date
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  const byPayer = Object.fromEntries(PAYERS.map((p) => [p, 0])) as Record<Payer, number>;
  const perItem = new Map<string, { paidByPayersFen: number; outOfPocketFen: number }>();
  let outOfPocketFen = 0;
  const accs = new Map<string, YearAccumulators>();
  for (const item of sorted) {
    const year = Number(item.claim.date.slice(0, 4));
    const key = `${item.claim.personId}:${year}`;
    const r = settle({
      claim: item.claim,
      poorPerson: item.poorPerson,
      accumulators: accs.get(key) ?? emptyAccumulators(year),
      policy: policyFor(item),
    });
    accs.set(key, r.accumulators);
    for (const l of r.lines) byPayer[l.payer] += l.paidFen;
    outOfPocketFen += r.outOfPocketFen;
    perItem.set(item.id, { paidByPayersFen: r.paidByPayersFen, outOfPocketFen: r.outOfPocketFen });
  }
  return { byPayer, outOfPocketFen, perItem };
}
