import { z } from "zod";
import { defineEvent } from "../catalog";
import { entityId, isoDate } from "./common";

// Published by employment (三(一) 就业扶贫, owner hr-centre). Supervision counts them towards the
// targets (R-TGT-1, R-EMP-1..4).

/** 精细化就业帮扶 An assistance case opened for a person with capacity and willingness to work (R-EMP-3). */
export const CaseOpened = defineEvent(
  "pa.employment.case.opened.v1",
  z
    .object({ caseId: entityId, personId: entityId, townshipCode: z.string().min(1), openedOn: isoDate })
    .strict(),
  {
    producer: "employment",
    description: "A one-to-one employment assistance case was opened for a person (R-EMP-3, R-TGT-1).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 岗位推荐 A job was offered to a person (R-EMP-3: at least three each). */
export const OfferMade = defineEvent(
  "pa.employment.offer.made.v1",
  z
    .object({
      offerId: entityId,
      personId: entityId,
      offeredOn: isoDate,
      channel: z.enum(["VILLAGE_DELIVERY", "HOUSEHOLD_DELIVERY", "JOB_FAIR", "OTHER"]),
      jobFairId: entityId.nullable(),
    })
    .strict(),
  {
    producer: "employment",
    description: "A job was offered to a poor person (送岗进村, 送岗入户, at a job fair, or otherwise).",
    consumers: ["supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 就业 / 安置 A person was placed in work. */
export const PersonPlaced = defineEvent(
  "pa.employment.person.placed.v1",
  z
    .object({
      placementId: entityId,
      personId: entityId,
      kind: z.enum(["ENTERPRISE", "EMPLOYMENT_PROJECT", "PUBLIC_WELFARE_POST", "SELF_EMPLOYED"]),
      since: isoDate,
    })
    .strict(),
  {
    producer: "employment",
    description:
      "A poor person was placed in work (enterprise, employment project, public-welfare post, self-employed).",
    consumers: ["skills", "supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 扶贫公益岗位 A public-welfare post was filled (R-EMP-1 occupancy). */
export const PostFilled = defineEvent(
  "pa.employment.post.filled.v1",
  z
    .object({
      postId: entityId,
      placementId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      startOn: isoDate,
    })
    .strict(),
  {
    producer: "employment",
    description: "A public-welfare post was filled by a poor person (R-EMP-1).",
    consumers: ["supervision"],
    subjectOf: (d) => d.postId,
  },
);

/** A public-welfare post became vacant. */
export const PostVacated = defineEvent(
  "pa.employment.post.vacated.v1",
  z
    .object({
      postId: entityId,
      placementId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      endOn: isoDate,
    })
    .strict(),
  {
    producer: "employment",
    description: "A public-welfare post's placement ended; the post is vacant (R-EMP-1).",
    consumers: ["supervision"],
    subjectOf: (d) => d.postId,
  },
);

/** 扶贫就业项目 A poverty employment project started (R-EMP-2). */
export const ProjectStarted = defineEvent(
  "pa.employment.project.started.v1",
  z
    .object({
      projectId: entityId,
      townshipCode: z.string().min(1),
      startedOn: isoDate,
      sponsorKind: z.enum(["ENTERPRISE", "VILLAGE_COLLECTIVE", "ENTREPRENEURSHIP_LEADER"]),
    })
    .strict(),
  {
    producer: "employment",
    description: "A poverty employment project started (R-EMP-2: five a year, ten held).",
    consumers: ["supervision"],
    subjectOf: (d) => d.projectId,
  },
);

/** 扶贫专场招聘 A job fair was held (R-EMP-4: one per quarter in each concentrated township). */
export const FairHeld = defineEvent(
  "pa.employment.fair.held.v1",
  z
    .object({
      fairId: entityId,
      townshipCode: z.string().min(1),
      heldOn: isoDate,
      kind: z.enum(["DELIVERY_TO_COUNTRYSIDE", "RECRUITMENT_CARAVAN", "OTHER"]),
    })
    .strict(),
  {
    producer: "employment",
    description: "A poverty job fair (送岗下乡, 招聘大篷车) was held in a township (R-EMP-4).",
    consumers: ["supervision"],
    subjectOf: (d) => d.townshipCode,
  },
);
