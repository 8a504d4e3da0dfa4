import { z } from "zod";
import { defineEvent } from "../catalog";
import { entityId, isoDate } from "./common";

// Published by social-security (三(五) 社保扶贫; medical-centre and pension-centre). Money is integer
// fen (a JSON number, exact up to 2^53).

const fen = z.number().int().nonnegative().describe("Amount in fen (分)");
const Scheme = z.enum(["RESIDENT_PENSION", "RESIDENT_MEDICAL"]);

/** 参保 An enrolment obligation was created or its status or tier changed (R-SS-1, R-SS-2, R-TGT-4). */
export const EnrolmentChanged = defineEvent(
  "pa.social-security.enrolment.changed.v1",
  z
    .object({
      enrolmentId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      scheme: Scheme,
      schemeYear: z.number().int(),
      status: z.enum(["PENDING", "ENROLLED", "SUSPENDED"]),
      contributionTier: z.number().int().nullable(),
    })
    .strict(),
  {
    producer: "social-security",
    description: "A resident pension or medical enrolment was created or changed (R-SS-1, R-SS-2, R-TGT-4).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 个人缴费补贴 Subsidy money arrived; whether on time and in full (R-SS-1). */
export const SubsidyPaid = defineEvent(
  "pa.social-security.subsidy.paid.v1",
  z
    .object({
      subsidyId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      scheme: Scheme,
      year: z.number().int(),
      standardFen: fen,
      paidFen: fen,
      paidOn: isoDate,
      dueOn: isoDate,
      onTimeAndInFull: z.boolean(),
    })
    .strict(),
  {
    producer: "social-security",
    description: "A premium subsidy was paid; onTimeAndInFull says whether it met R-SS-1 (及时足额到账).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 养老金待遇 A person aged 60 or more started receiving the resident pension (R-SS-3). */
export const PensionStarted = defineEvent(
  "pa.social-security.pension.started.v1",
  z
    .object({
      entryId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      payingSince: isoDate,
      monthlyBenefitFen: fen,
    })
    .strict(),
  {
    producer: "social-security",
    description: "A pension-ledger entry reached PAYING: the person receives the resident pension (R-SS-3).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 一站式结算 A medical claim was settled in one pass (R-SS-4, R-SS-6). */
export const MedicalSettled = defineEvent(
  "pa.social-security.medical.settled.v1",
  z
    .object({
      settlementId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      claimDate: isoDate,
      totalCostFen: fen,
      paidByPayersFen: fen,
      outOfPocketFen: fen,
      policyVersionId: entityId,
    })
    .strict(),
  {
    producer: "social-security",
    description:
      "A medical claim was settled: what the payers paid and what the person still pays (R-SS-4, R-SS-6).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 因病致贫 A heavy out-of-pocket burden was reported to the poverty office (R-SS-5). */
export const BurdenReported = defineEvent(
  "pa.social-security.burden.reported.v1",
  z
    .object({
      reportId: entityId,
      settlementId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      claimDate: isoDate,
      totalCostFen: fen,
      outOfPocketFen: fen,
      reason: z.string().min(1),
    })
    .strict(),
  {
    producer: "social-security",
    description:
      "After settlement a poor person's out-of-pocket cost is still heavy: reported to the poverty office and supervision (R-SS-5, 政府兜底).",
    consumers: ["registry", "supervision"],
    subjectOf: (d) => d.personId,
  },
);
