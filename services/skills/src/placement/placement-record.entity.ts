import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * 就业安置 (local projection) Employment's placements (`pa.employment.person.placed.v1`): what the
 * effect figures read for "employed within six months after completion" (培训实效, R-SKL-2).
 */
@Entity({ tableName: "placement_record" })
@Index({ properties: ["personId", "since"] })
export class PlacementRecord {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "string", length: 64 })
  placementId!: string;

  @Property({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "string", length: 32 })
  kind!: string;

  @Property({ type: "date" })
  since!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
