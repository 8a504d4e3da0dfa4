import { z } from "zod";
import { defineEvent } from "../catalog";
import { entityId, isoDate } from "./common";

/** A person completed a training project; employment marks them job-ready and due for offers (flow 3). */
export const TrainingCompleted = defineEvent(
  "pa.skills.training.completed.v1",
  z
    .object({
      personId: entityId,
      trainingProjectId: entityId,
      completedOn: isoDate,
      /** The certificate earned, when the training awards one (专项职业能力 and the like). */
      certificate: z.string().min(1).optional(),
    })
    .strict(),
  {
    producer: "skills",
    description:
      "A poor person completed a training project, possibly with a certificate; employment treats them as job-ready.",
    consumers: ["employment", "supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 培训报名 A poor person enrolled, free of charge, in a purchased training project (R-SKL-1, R-TGT-3). */
export const TraineeEnrolled = defineEvent(
  "pa.skills.trainee.enrolled.v1",
  z
    .object({
      enrolmentId: entityId,
      personId: entityId,
      trainingProjectId: entityId,
      townshipCode: z.string().min(1),
      enrolledOn: isoDate,
    })
    .strict(),
  {
    producer: "skills",
    description:
      "A poor person enrolled in a purchased training project (free to the trainee); supervision counts training coverage (R-TGT-3).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 证书 A completed trainee received a certificate (培训实效, R-SKL-2). */
export const CertificateIssued = defineEvent(
  "pa.skills.certificate.issued.v1",
  z
    .object({
      certificateId: entityId,
      personId: entityId,
      trainingProjectId: entityId,
      type: z.enum(["VOCATIONAL_QUALIFICATION", "SKILL_LEVEL", "SPECIAL_ABILITY", "TRAINING_COMPLETION"]),
      issuedOn: isoDate,
    })
    .strict(),
  {
    producer: "skills",
    description:
      "A trainee who completed a training project received a certificate (type and date; the number stays in skills).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 补贴拨付 A training subsidy claim was paid directly to the institution (R-SKL-1, R-REQ-1 spending). */
export const TrainingClaimPaid = defineEvent(
  "pa.skills.claim.paid.v1",
  z
    .object({
      claimId: entityId,
      trainingProjectId: entityId,
      institutionId: entityId,
      paidOn: isoDate,
      amountFen: z.number().int().min(0),
      completions: z.number().int().min(0),
    })
    .strict(),
  {
    producer: "skills",
    description:
      "A training subsidy claim was paid to the training institution: the amount in fen and the verified completions it paid for.",
    consumers: ["supervision"],
    subjectOf: (d) => d.claimId,
  },
);
