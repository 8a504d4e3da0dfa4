import { z } from "zod";
import {
  BAND_BASES,
  HOSPITAL_LEVELS,
  MAX_AMOUNT_FEN,
  PAYER_BASES,
  type PayerParameters,
  type PoorPersonAdjustment,
  type SettlementParameters,
} from "../settlement/settlement.engine";

/**
 * The versioned policy parameters (R-PRIN-2: plans and policy numbers are data), checked with zod
 * when a version is saved. Money in integer fen, rates in basis points (10000 bp = 100%).
 */
const fen = z.number().int().min(0).max(MAX_AMOUNT_FEN);
/** Subsidy and pension amounts are stored as 32-bit integers (at most 21,474,836.47 元). */
const smallFen = z.number().int().min(0).max(2_147_483_647);
const bp = z.number().int().min(0).max(10000);
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`2001-${s}T00:00:00Z`)) &&
      new Date(`2001-${s}T00:00:00Z`).getUTCDate() === Number(s.slice(3)),
    "must be a day of a common year (no 02-29)",
  );

const band = z.object({ fromFen: fen, toFen: fen.nullable(), rateBp: bp }).strict();

/** Bands ascending, contiguous from 0, each non-empty, only the last open-ended. */
const bands = z
  .array(band)
  .min(1)
  .superRefine((list, ctx) => {
    if (list[0]!.fromFen !== 0)
      ctx.addIssue({ code: "custom", path: [0, "fromFen"], message: "the first band must start at 0" });
    list.forEach((b, i) => {
      if (b.toFen !== null && b.toFen <= b.fromFen)
        ctx.addIssue({ code: "custom", path: [i, "toFen"], message: "toFen must be above fromFen" });
      const next = list[i + 1];
      if (next && b.toFen !== next.fromFen)
        ctx.addIssue({
          code: "custom",
          path: [i + 1, "fromFen"],
          message: "bands must be contiguous: fromFen must equal the previous band's toFen",
        });
      if (!next && b.toFen !== null)
        ctx.addIssue({
          code: "custom",
          path: [i, "toFen"],
          message: "the last band must be open-ended (toFen null)",
        });
    });
  });

const payer = z
  .object({
    base: z.enum(PAYER_BASES),
    baseShareBp: bp,
    poorOnly: z.boolean(),
    deductibleFen: fen,
    bandBase: z.enum(BAND_BASES),
    bands,
    bandsByHospitalLevel: z.partialRecord(z.enum(HOSPITAL_LEVELS), bands).optional(),
    annualCapFen: fen.nullable(),
  })
  .strict() satisfies z.ZodType<PayerParameters>;

const poorAdjustment = z
  .object({
    criticalIllnessDeductibleShareBp: bp,
    criticalIllnessRateRaiseBp: bp,
    specialDrugsDeductibleWaived: z.boolean(),
  })
  .strict() satisfies z.ZodType<PoorPersonAdjustment>;

export const SettlementParametersSchema = z
  .object({
    payers: z
      .object({
        BASIC_MEDICAL: payer,
        CRITICAL_ILLNESS: payer,
        SPECIAL_DRUGS: payer,
        MEDICAL_AID: payer,
        POVERTY_SPECIAL: payer,
      })
      .strict(),
    poorPersonAdjustment: poorAdjustment,
  })
  .strict() satisfies z.ZodType<SettlementParameters>;

/**
 * 个人缴费补贴标准 The premium subsidy standard of a scheme year, and when it must have arrived
 * (R-SS-1, 及时足额到账): on `dueMonthDay` of the year, except in the year a person is registered,
 * when it is due no earlier than `dueDaysAfterRegistration` days after the registration — nobody can
 * be subsidised before the office has registered them. The default (30) applies to versions saved
 * before the field existed.
 */
const premiumSubsidy = z
  .object({
    standardFen: smallFen,
    dueMonthDay: monthDay,
    dueDaysAfterRegistration: z.number().int().min(0).max(366).default(30),
  })
  .strict();
export type PremiumSubsidyStandard = z.infer<typeof premiumSubsidy>;
/**
 * A version's premium subsidy: its standard, or `null` — the scheme years from this version on are
 * not subsidised (the plan period that paid them has ended, R-PRIN-2; a later plan that subsidises
 * again adopts a version with a standard). Subsidies of earlier years stay owed (R-PRIN-1).
 */
const premiumSubsidyOrNone = premiumSubsidy.nullable();

/**
 * R-SS-5: a settlement of a poor person whose out of pocket is above either threshold is reported
 * (`null` switches a threshold off). "Above" is strict; the share compares exactly (oop × 10000 > bp × total).
 */
const burden = z
  .object({ outOfPocketAboveFen: fen.nullable(), outOfPocketShareAboveBp: bp.nullable() })
  .strict();

/** 医保中心 parameters: settlement, burden reporting, the medical premium subsidy. */
export const MedicalParametersSchema = z
  .object({ settlement: SettlementParametersSchema, burden, premiumSubsidy: premiumSubsidyOrNone })
  .strict();
export type MedicalParameters = z.infer<typeof MedicalParametersSchema>;

/** 居保中心 parameters: one-time back-payment, monthly benefit, the pension premium subsidy (R-SS-3). */
export const PensionParametersSchema = z
  .object({
    /** 一次性补缴 What a person reaching 60 pays once to qualify for the benefit. */
    backPaymentFen: smallFen,
    /** 月养老金 Monthly benefit (follows provincial/municipal adjustments: a new version). */
    monthlyBenefitFen: smallFen,
    /**
     * 待遇开始 Benefits start on the first day of the month this many months after the month a
     * person turns 60 (1: the month after, the usual rule; the default for versions saved before
     * the field existed), never before the month after they were put on the ledger.
     */
    benefitStartsMonthsAfter60: z.number().int().min(0).max(12).default(1),
    premiumSubsidy: premiumSubsidyOrNone,
  })
  .strict();
export type PensionParameters = z.infer<typeof PensionParametersSchema>;
