import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * 家庭 (local projection) The registry's household flags (`pa.registry.household.updated.v1`):
 * a 农村零转移就业贫困家庭 (rural poor household with nobody in transferred work) is shown on the
 * gap list, so township clerks reach those households first. Never edited here.
 */
@Entity({ tableName: "household_facts" })
export class HouseholdFacts {
  [OptionalProps]?: "updatedAt";

  @PrimaryKey({ type: "string", length: 64 })
  householdId!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "boolean" })
  ruralZeroTransferEmployment!: boolean;

  @Property({ type: "boolean" })
  minimumLivingGuarantee!: boolean;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
