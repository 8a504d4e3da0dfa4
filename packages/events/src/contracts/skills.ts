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
