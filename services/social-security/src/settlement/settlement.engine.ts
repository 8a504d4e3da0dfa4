/**
 * 一站式结算 The one-stop medical settlement engine (R-SS-4, R-SS-6): pure, explainable, integer fen.
 *
 * No I/O, no clock, no floats in any amount: the caller hands in the claim, whether the person is a
 * rural poor person, the person's year-to-date accumulators and the policy version in force on the
 * claim's date; the engine hands back each payer's share, what the person still pays, the updated
 * accumulators and a line-by-line trace (Chinese and English) of every rule it applied.
 *
 * Payers, always in this order (R-SS-6):
 *   BASIC_MEDICAL    基本医疗保险
 *   CRITICAL_ILLNESS 大病保险
 *   SPECIAL_DRUGS    全民补充医疗保险（特药特材）
 *   MEDICAL_AID      医疗救助
 *   POVERTY_SPECIAL  扶贫特惠保险
 *
 * Per payer, for one claim:
 *   1. base      = share (baseShareBp) of the amount named by `base`:
 *                  POLICY_SCOPE            the claim's policy-scope cost (政策范围内费用);
 *                  POLICY_SCOPE_REMAINDER  the policy-scope cost minus what earlier payers with a
 *                                          policy-scope base paid (大病保险 pays on what basic left);
 *                  SPECIAL_DRUGS           the claim's special drugs and materials cost (特药特材);
 *                  OUT_OF_POCKET           what the person would still pay after the earlier payers.
 *   2. deductible (起付标准) for the year; what earlier claims of the year used of it is not asked again.
 *   3. bands      over the amount past the deductible; where the band edges stand is the explicit
 *                 parameter `bandBase`: CUMULATIVE_BURDEN measures them on the year's cumulative base
 *                 including the deductible, ABOVE_DEDUCTIBLE on the year's cumulative amount above
 *                 the deductible. A second claim continues where the first left off.
 *   4. caps       the annual cap (封顶线) less what the payer already paid this year, and never more
 *                 than the claim's cost still unpaid (payers never pay more than the total).
 *
 * Rural poor people (R-SS-4, R-PRIN-1: registered at any time, an exit keeps it): the critical-illness
 * deductible is multiplied by `criticalIllnessDeductibleShareBp` (5000 bp = halved) and every
 * critical-illness band's rate is raised by `criticalIllnessRateRaiseBp` (500 bp = 5 percentage
 * points, capped at 10000 bp); with `specialDrugsDeductibleWaived` the special drugs and materials
 * cover has no deductible (大额保障不设起付线). Payers marked `poorOnly` (medical aid, poverty special
 * insurance) pay only poor people.
 *
 * ROUNDING RULE: every product of an amount and a rate in basis points rounds half up to the fen,
 * in integer arithmetic: `Math.floor((amountFen × rateBp + 5000) / 10000)` (see `applyRateBp`). Each
 * band's product is rounded on its own, then the bands are summed. Amounts are bounded by
 * `MAX_AMOUNT_FEN`, so `amountFen × rateBp` stays a safe integer.
 *
 * The trace shows amounts in yuan (`¥3,200.00`) for the people who read it; each line's
 * `amountFen` carries the same amount in fen.
 */

import { yuan } from "@pa/service-kit/money";

/** 支付方 The payers, in settlement order. */
export const PAYERS = [
  "BASIC_MEDICAL",
  "CRITICAL_ILLNESS",
  "SPECIAL_DRUGS",
  "MEDICAL_AID",
  "POVERTY_SPECIAL",
] as const;
export type Payer = (typeof PAYERS)[number];

export const PAYER_NAMES: Record<Payer, { zh: string; en: string }> = {
  BASIC_MEDICAL: { zh: "基本医疗保险", en: "basic medical insurance" },
  CRITICAL_ILLNESS: { zh: "大病保险", en: "critical-illness insurance" },
  SPECIAL_DRUGS: { zh: "全民补充医疗保险（特药特材）", en: "supplementary insurance, special drugs" },
  MEDICAL_AID: { zh: "医疗救助", en: "medical aid" },
  POVERTY_SPECIAL: { zh: "扶贫特惠保险", en: "poverty special insurance" },
};

/** 医院等级 一级 / 二级 / 三级. */
export const HOSPITAL_LEVELS = ["PRIMARY", "SECONDARY", "TERTIARY"] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

export const PAYER_BASES = [
  "POLICY_SCOPE",
  "POLICY_SCOPE_REMAINDER",
  "SPECIAL_DRUGS",
  "OUT_OF_POCKET",
] as const;
export type PayerBase = (typeof PAYER_BASES)[number];

export const BAND_BASES = ["CUMULATIVE_BURDEN", "ABOVE_DEDUCTIBLE"] as const;
export type BandBase = (typeof BAND_BASES)[number];

/** One payout band: `[fromFen, toFen)` paid at `rateBp`; `toFen: null` is open-ended. */
export interface PayoutBand {
  fromFen: number;
  toFen: number | null;
  rateBp: number;
}

export interface PayerParameters {
  /** What the payer pays on (see the module comment). */
  base: PayerBase;
  /** Share of that amount taken as the base, in bp (10000 = all of it). */
  baseShareBp: number;
  /** Pays only rural poor people (medical aid, poverty special insurance). */
  poorOnly: boolean;
  /** 起付标准 Annual deductible, fen. */
  deductibleFen: number;
  /** Whether band edges are measured on the cumulative burden or on the amount above the deductible. */
  bandBase: BandBase;
  /** 支付比例 Payout bands, ascending and contiguous. */
  bands: PayoutBand[];
  /** Bands that replace `bands` for a hospital level (basic medical pays less in bigger hospitals). */
  bandsByHospitalLevel?: Partial<Record<HospitalLevel, PayoutBand[]>> | undefined;
  /** 封顶线 Annual cap of what this payer pays a person, fen; null: no cap. */
  annualCapFen: number | null;
}

/** R-SS-4: what changes for a rural poor person. */
export interface PoorPersonAdjustment {
  /** The critical-illness deductible is multiplied by this (5000 bp: halved). */
  criticalIllnessDeductibleShareBp: number;
  /** Every critical-illness band's rate is raised by this (500 bp = 5 points), at most to 10000 bp. */
  criticalIllnessRateRaiseBp: number;
  /** The special drugs and materials cover has no deductible (大额保障不设起付线). */
  specialDrugsDeductibleWaived: boolean;
}

export interface SettlementParameters {
  payers: Record<Payer, PayerParameters>;
  poorPersonAdjustment: PoorPersonAdjustment;
}

/** A policy version as the engine sees it: the parameters and where they came from. */
export interface SettlementPolicy {
  id: string;
  validFrom: string;
  parameters: SettlementParameters;
}

export interface Claim {
  personId: string;
  /** Business date of the claim (Asia/Shanghai), YYYY-MM-DD; its year is the accumulators' year. */
  date: string;
  hospitalLevel: HospitalLevel;
  totalCostFen: number;
  /** 政策范围内费用 The part of the total inside the insurance catalogue. */
  policyScopeCostFen: number;
  /** 特药特材费用 Special drugs and materials: a part of the total outside the policy scope. */
  specialDrugsCostFen: number;
}

export interface PayerAccumulator {
  /** What the person has borne of this payer's deductible this year. */
  deductibleUsedFen: number;
  /** This year's base amounts past the deductible (where the bands continue from). */
  aboveDeductibleFen: number;
  /** What this payer has paid the person this year (towards the annual cap). */
  paidFen: number;
}

/** A person's accumulators for one calendar year (Asia/Shanghai). */
export interface YearAccumulators {
  year: number;
  payers: Record<Payer, PayerAccumulator>;
}

export interface SettlementInput {
  claim: Claim;
  /** 农村贫困人口 Registered as poor at any time up to the claim (R-PRIN-1: exits keep it). */
  poorPerson: boolean;
  accumulators: YearAccumulators;
  policy: SettlementPolicy;
  /**
   * Where `poorPerson` comes from: the registration (and exit) dates. Given, the trace names the
   * rule that decided it (`POOR_STATUS`) — above all when a claim dated before the registration is
   * settled as for a non-poor person, which changes every poor-person adjustment.
   */
  registration?: { registeredOn: string; exitedOn?: string | null } | undefined;
}

export interface PayerLine {
  payer: Payer;
  /** False when the payer does not pay this person (poor-only payers for others). */
  eligible: boolean;
  baseFen: number;
  /** Deductible in force for this person this year (after the poor-person adjustment). */
  deductibleFen: number;
  /** The part of this claim's base the person bore as deductible. */
  deductibleAppliedFen: number;
  /** Sum of the bands' rounded products, before the caps. */
  bandsFen: number;
  paidFen: number;
  /** Whether the annual cap or the unpaid remainder cut the payment. */
  capped: boolean;
}

export interface TraceLine {
  payer: Payer | null;
  /** A stable rule code, e.g. `BAND`, `DEDUCTIBLE`, `CAP`. */
  rule: string;
  zh: string;
  en: string;
  amountFen: number;
}

export interface SettlementResult {
  policyVersionId: string;
  year: number;
  poorPerson: boolean;
  totalCostFen: number;
  /** One line per payer, in `PAYERS` order. */
  lines: PayerLine[];
  paidByPayersFen: number;
  /** 个人自付 total − sum of the payers. */
  outOfPocketFen: number;
  accumulators: YearAccumulators;
  trace: TraceLine[];
}

/** Largest amount the engine accepts: 1e11 fen (一亿元 ×10); × 10000 bp stays below 2^53. */
export const MAX_AMOUNT_FEN = 100_000_000_000;
const FULL_BP = 10_000;

/**
 * The one rounding rule: `amountFen × rateBp / 10000`, half up to the fen, integers only.
 * For non-negative amounts and rates.
 */
export function applyRateBp(amountFen: number, rateBp: number): number {
  return Math.floor((amountFen * rateBp + 5000) / FULL_BP);
}

/** The calendar year of a business date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Fresh accumulators for a person's year: nothing used, nothing paid. */
export function emptyAccumulators(year: number): YearAccumulators {
  const payers = {} as Record<Payer, PayerAccumulator>;
  for (const p of PAYERS) payers[p] = { deductibleUsedFen: 0, aboveDeductibleFen: 0, paidFen: 0 };
  return { year, payers };
}

export interface ClaimProblem {
  field: keyof Claim;
  zh: string;
  en: string;
}

/** What is wrong with a claim's amounts (empty: settleable). The service turns these into BAD_USER_INPUT. */
export function claimProblems(claim: Claim): ClaimProblem[] {
  const out: ClaimProblem[] = [];
  const amount = (field: "totalCostFen" | "policyScopeCostFen" | "specialDrugsCostFen", zh: string) => {
    const v = claim[field];
    if (!Number.isSafeInteger(v) || v < 0) {
      out.push({
        field,
        zh: `${zh}应为非负整数（分）`,
        en: `${field} must be a non-negative whole number of fen`,
      });
      return false;
    }
    if (v > MAX_AMOUNT_FEN) {
      out.push({
        field,
        zh: `${zh}超出上限 ${yuan(MAX_AMOUNT_FEN)}`,
        en: `${field} must be at most ${yuan(MAX_AMOUNT_FEN)}`,
      });
      return false;
    }
    return true;
  };
  const total = amount("totalCostFen", "总费用");
  const scope = amount("policyScopeCostFen", "政策范围内费用");
  const drugs = amount("specialDrugsCostFen", "特药特材费用");
  if (total && scope && claim.policyScopeCostFen > claim.totalCostFen)
    out.push({
      field: "policyScopeCostFen",
      zh: "政策范围内费用不能超过总费用",
      en: "policyScopeCostFen cannot exceed totalCostFen",
    });
  if (total && drugs && claim.specialDrugsCostFen > claim.totalCostFen)
    out.push({
      field: "specialDrugsCostFen",
      zh: "特药特材费用不能超过总费用",
      en: "specialDrugsCostFen cannot exceed totalCostFen",
    });
  else if (
    total &&
    scope &&
    drugs &&
    claim.policyScopeCostFen <= claim.totalCostFen &&
    claim.policyScopeCostFen + claim.specialDrugsCostFen > claim.totalCostFen
  )
    out.push({
      field: "specialDrugsCostFen",
      zh: "特药特材费用是政策范围外的部分：政策范围内费用与特药特材费用之和不能超过总费用",
      en: "special drugs are the part outside the policy scope: policyScopeCostFen + specialDrugsCostFen cannot exceed totalCostFen",
    });
  if (!HOSPITAL_LEVELS.includes(claim.hospitalLevel))
    out.push({
      field: "hospitalLevel",
      zh: "医院等级无效",
      en: `hospitalLevel must be one of ${HOSPITAL_LEVELS.join(", ")}`,
    });
  return out;
}

export class SettlementError extends Error {
  override name = "SettlementError";
}

/**
 * 一站式结算 Settles one claim. Throws `SettlementError` on a claim with problems (`claimProblems`)
 * or accumulators of another year; the service checks both first and answers BAD_USER_INPUT.
 */
export function settle(input: SettlementInput): SettlementResult {
  const { claim, poorPerson, policy } = input;
  const problems = claimProblems(claim);
  if (problems.length > 0) throw new SettlementError(problems.map((p) => p.en).join("; "));
  const year = yearOf(claim.date);
  if (input.accumulators.year !== year) {
    throw new SettlementError(
      `the accumulators are for ${input.accumulators.year} but the claim is dated ${claim.date}; pass the accumulators of ${year}`,
    );
  }
  const params = policy.parameters;
  const adj = params.poorPersonAdjustment;
  const trace: TraceLine[] = [];
  const lines: PayerLine[] = [];
  const nextPayers = {} as Record<Payer, PayerAccumulator>;
  let paidSoFar = 0;
  let paidOnPolicyScope = 0;

  // Each amount is formatted once and shared by the Chinese and English lines (the trace is most
  // of a settlement's cost).
  const claimTotal = yuan(claim.totalCostFen);
  const claimScope = yuan(claim.policyScopeCostFen);
  const claimDrugs = yuan(claim.specialDrugsCostFen);
  trace.push({
    payer: null,
    rule: "CLAIM",
    zh: `费用：总额 ${claimTotal}，政策范围内 ${claimScope}，特药特材 ${claimDrugs}；${poorPerson ? "农村贫困人口" : "非贫困人口"}；政策版本 ${policy.id}（${policy.validFrom} 起）`,
    en: `costs: total ${claimTotal}, policy scope ${claimScope}, special drugs ${claimDrugs}; ${poorPerson ? "rural poor person" : "not a poor person"}; policy version ${policy.id} (from ${policy.validFrom})`,
    amountFen: claim.totalCostFen,
  });

  if (input.registration) trace.push(poorStatusLine(claim.date, poorPerson, input.registration));

  for (const payer of PAYERS) {
    const p = params.payers[payer];
    const acc = input.accumulators.payers[payer];
    const name = PAYER_NAMES[payer];
    const line: PayerLine = {
      payer,
      eligible: true,
      baseFen: 0,
      deductibleFen: 0,
      deductibleAppliedFen: 0,
      bandsFen: 0,
      paidFen: 0,
      capped: false,
    };
    lines.push(line);
    if (p.poorOnly && !poorPerson) {
      line.eligible = false;
      nextPayers[payer] = { ...acc };
      trace.push({
        payer,
        rule: "NOT_ELIGIBLE",
        zh: `${name.zh}：仅限农村贫困人口，不支付`,
        en: `${name.en}: pays rural poor people only; pays nothing`,
        amountFen: 0,
      });
      continue;
    }

    // 1. Base.
    let rawBase: number;
    let baseZh: string;
    let baseEn: string;
    switch (p.base) {
      case "POLICY_SCOPE":
        rawBase = claim.policyScopeCostFen;
        baseZh = "政策范围内费用";
        baseEn = "policy-scope cost";
        break;
      case "POLICY_SCOPE_REMAINDER": {
        rawBase = claim.policyScopeCostFen - paidOnPolicyScope;
        const minus = `${claimScope}−${yuan(paidOnPolicyScope)}`;
        baseZh = `政策范围内费用余额 ${minus}`;
        baseEn = `policy-scope remainder ${minus}`;
        break;
      }
      case "SPECIAL_DRUGS":
        rawBase = claim.specialDrugsCostFen;
        baseZh = "特药特材费用";
        baseEn = "special drugs cost";
        break;
      case "OUT_OF_POCKET": {
        rawBase = claim.totalCostFen - paidSoFar;
        const minus = `${claimTotal}−${yuan(paidSoFar)}`;
        baseZh = `剩余个人负担 ${minus}`;
        baseEn = `remaining out of pocket ${minus}`;
        break;
      }
    }
    const base = applyRateBp(rawBase, p.baseShareBp);
    line.baseFen = base;
    const yRawBase = yuan(rawBase);
    const yBase = yuan(base);
    trace.push({
      payer,
      rule: "BASE",
      zh: `${name.zh} 计算基数：${baseZh} = ${yRawBase}，×${p.baseShareBp}bp = ${yBase}`,
      en: `${name.en} base: ${baseEn} = ${yRawBase}, ×${p.baseShareBp}bp = ${yBase}`,
      amountFen: base,
    });

    // 2. Deductible, with the poor-person adjustments.
    let deductible = p.deductibleFen;
    if (poorPerson && payer === "CRITICAL_ILLNESS" && adj.criticalIllnessDeductibleShareBp !== FULL_BP) {
      const adjusted = applyRateBp(deductible, adj.criticalIllnessDeductibleShareBp);
      const calc = `${yuan(deductible)}×${adj.criticalIllnessDeductibleShareBp}bp = ${yuan(adjusted)}`;
      trace.push({
        payer,
        rule: "POOR_DEDUCTIBLE",
        zh: `${name.zh} 贫困人口起付标准调整：${calc}`,
        en: `${name.en} poor-person deductible: ${calc}`,
        amountFen: adjusted,
      });
      deductible = adjusted;
    }
    if (poorPerson && payer === "SPECIAL_DRUGS" && adj.specialDrugsDeductibleWaived && deductible !== 0) {
      const waived = `${yuan(deductible)} → ${yuan(0)}`;
      trace.push({
        payer,
        rule: "POOR_DEDUCTIBLE",
        zh: `${name.zh} 贫困人口不设起付线：${waived}`,
        en: `${name.en} no deductible for poor people: ${waived}`,
        amountFen: 0,
      });
      deductible = 0;
    }
    line.deductibleFen = deductible;
    const deductibleLeft = Math.max(0, deductible - acc.deductibleUsedFen);
    const deductiblePart = Math.min(base, deductibleLeft);
    line.deductibleAppliedFen = deductiblePart;
    const rest = base - deductiblePart;
    const yDeductible = yuan(deductible);
    const yUsed = yuan(acc.deductibleUsedFen);
    const yLeft = yuan(deductibleLeft);
    const yPart = yuan(deductiblePart);
    const yRest = yuan(rest);
    trace.push({
      payer,
      rule: "DEDUCTIBLE",
      zh: `${name.zh} 起付标准 ${yDeductible}，本年已用 ${yUsed}，本次个人承担 min(${yBase}, ${yLeft}) = ${yPart}，起付线以上 ${yBase}−${yPart} = ${yRest}`,
      en: `${name.en} deductible ${yDeductible}, used this year ${yUsed}, borne now min(${yBase}, ${yLeft}) = ${yPart}, above it ${yBase}−${yPart} = ${yRest}`,
      amountFen: deductiblePart,
    });

    // 3. Bands, measured where `bandBase` says.
    const deductibleUsed = acc.deductibleUsedFen + deductiblePart;
    const start =
      p.bandBase === "CUMULATIVE_BURDEN" ? deductibleUsed + acc.aboveDeductibleFen : acc.aboveDeductibleFen;
    const end = start + rest;
    const bands = p.bandsByHospitalLevel?.[claim.hospitalLevel] ?? p.bands;
    const raise = poorPerson && payer === "CRITICAL_ILLNESS" ? adj.criticalIllnessRateRaiseBp : 0;
    let bandsTotal = 0;
    if (rest > 0) {
      for (let i = 0; i < bands.length; i++) {
        const band = bands[i]!;
        const lo = Math.max(start, band.fromFen);
        const hi = band.toFen === null ? end : Math.min(end, band.toFen);
        if (hi <= lo) continue;
        const rate = raise > 0 ? Math.min(FULL_BP, band.rateBp + raise) : band.rateBp;
        const pay = applyRateBp(hi - lo, rate);
        bandsTotal += pay;
        const rateZh = raise > 0 ? `(${band.rateBp}+${raise})bp=${rate}bp` : `${rate}bp`;
        const calc = `(${yuan(hi)}−${yuan(lo)})×${rateZh} = ${yuan(pay)}`;
        trace.push({
          payer,
          rule: "BAND",
          zh: `${name.zh} 第${i + 1}段：${calc}`,
          en: `${name.en} band ${i + 1}: ${calc}`,
          amountFen: pay,
        });
      }
    }
    line.bandsFen = bandsTotal;

    // 4. Caps: the annual cap, then what of the claim is still unpaid.
    const cap = p.annualCapFen;
    const capLeft = cap === null ? Number.MAX_SAFE_INTEGER : Math.max(0, cap - acc.paidFen);
    const unpaid = claim.totalCostFen - paidSoFar;
    let paid = bandsTotal;
    if (cap !== null && paid > capLeft) {
      const yCap = yuan(cap);
      const yPaidYear = yuan(acc.paidFen);
      const yCapLeft = yuan(capLeft);
      const yPaid = yuan(paid);
      trace.push({
        payer,
        rule: "CAP",
        zh: `${name.zh} 封顶线 ${yCap}，本年已付 ${yPaidYear}，本次最多 ${yCapLeft}：${yPaid} → ${yCapLeft}`,
        en: `${name.en} annual cap ${yCap}, paid this year ${yPaidYear}, at most ${yCapLeft} now: ${yPaid} → ${yCapLeft}`,
        amountFen: capLeft,
      });
      paid = capLeft;
      line.capped = true;
    }
    if (paid > unpaid) {
      const yUnpaid = yuan(unpaid);
      const yPaid = yuan(paid);
      trace.push({
        payer,
        rule: "UNPAID_LIMIT",
        zh: `${name.zh} 不超过尚未支付的费用 ${yUnpaid}：${yPaid} → ${yUnpaid}`,
        en: `${name.en} no more than the cost still unpaid ${yUnpaid}: ${yPaid} → ${yUnpaid}`,
        amountFen: unpaid,
      });
      paid = unpaid;
      line.capped = true;
    }
    line.paidFen = paid;
    paidSoFar += paid;
    if (p.base === "POLICY_SCOPE" || p.base === "POLICY_SCOPE_REMAINDER") paidOnPolicyScope += paid;
    nextPayers[payer] = {
      deductibleUsedFen: deductibleUsed,
      aboveDeductibleFen: acc.aboveDeductibleFen + rest,
      paidFen: acc.paidFen + paid,
    };
    const yPaid = yuan(paid);
    trace.push({
      payer,
      rule: "PAID",
      zh: `${name.zh} 支付 ${yPaid}`,
      en: `${name.en} pays ${yPaid}`,
      amountFen: paid,
    });
  }

  const outOfPocket = claim.totalCostFen - paidSoFar;
  const outOfPocketCalc = `${claimTotal}−${yuan(paidSoFar)} = ${yuan(outOfPocket)}`;
  trace.push({
    payer: null,
    rule: "OUT_OF_POCKET",
    zh: `个人自付：${outOfPocketCalc}`,
    en: `out of pocket: ${outOfPocketCalc}`,
    amountFen: outOfPocket,
  });
  return {
    policyVersionId: policy.id,
    year,
    poorPerson,
    totalCostFen: claim.totalCostFen,
    lines,
    paidByPayersFen: paidSoFar,
    outOfPocketFen: outOfPocket,
    accumulators: { year, payers: nextPayers },
    trace,
  };
}

/**
 * R-SS-4 with R-PRIN-1: why the person is (or is not) settled as a rural poor person — registered
 * on or before the claim's date, an exit keeping it — so a non-poor settlement of a registered
 * person never goes unexplained.
 */
function poorStatusLine(
  date: string,
  poorPerson: boolean,
  r: { registeredOn: string; exitedOn?: string | null },
): TraceLine {
  if (!poorPerson)
    return {
      payer: null,
      rule: "POOR_STATUS",
      zh: `非贫困人口：${r.registeredOn} 建档立卡，晚于结算日期 ${date}；不享受贫困人口起付标准与支付比例倾斜，仅限贫困人口的支付方不支付（R-SS-4）`,
      en: `not a poor person on the claim's date: registered as poor on ${r.registeredOn}, after the claim's date ${date}; the poor-person deductible and rate adjustments do not apply and poor-only payers pay nothing (R-SS-4)`,
      amountFen: 0,
    };
  const exit = r.exitedOn
    ? {
        zh: `；${r.exitedOn} 脱贫，脱贫不脱政策（R-PRIN-1）`,
        en: `; exited on ${r.exitedOn}, which ends no entitlement (R-PRIN-1)`,
      }
    : { zh: "", en: "" };
  return {
    payer: null,
    rule: "POOR_STATUS",
    zh: `农村贫困人口：${r.registeredOn} 建档立卡，不晚于结算日期 ${date}，享受贫困人口倾斜（R-SS-4）${exit.zh}`,
    en: `rural poor person: registered on ${r.registeredOn}, on or before the claim's date ${date}: the poor-person adjustments apply (R-SS-4)${exit.en}`,
    amountFen: 0,
  };
}
