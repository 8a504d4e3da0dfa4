import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * 具备上岗条件 The date a person completed skills training (from `pa.skills.training.completed.v1`).
 * Kept apart from the case so a completion that arrives before the person's case is opened is not
 * lost: a case opened later starts job-ready.
 */
@Entity({ tableName: "job_readiness" })
export class JobReadiness {
  [OptionalProps]?: "recordedAt";

  @PrimaryKey({ type: "string", length: 26 })
  personId!: string;

  /** The earliest completion: a second training does not move the date. */
  @Property({ type: "date" })
  readyOn!: string;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  recordedAt: Date = new Date();
}
