import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * 镇街 (local projection) The registry's townships (`pa.registry.township.updated.v1`): a training
 * project is held in a known township. Never edited here.
 */
@Entity({ tableName: "township_facts" })
export class TownshipFacts {
  [OptionalProps]?: "updatedAt";

  @PrimaryKey({ type: "string", length: 12 })
  code!: string;

  @Property({ type: "string", length: 64 })
  name!: string;

  /** The registry's version of the township: a late, older event is ignored. */
  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
