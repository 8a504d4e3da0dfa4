import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * 镇街 (local projection) The registry's townships as this service needs them: code, name and
 * whether poor people are concentrated there (decides where quarterly fairs are due, R-EMP-4).
 * Fed by `applyTownship` from the registry's township events; never edited here.
 */
@Entity({ tableName: "township_facts" })
export class TownshipFacts {
  [OptionalProps]?: "updatedAt" | "version";

  @PrimaryKey({ type: "string", length: 12 })
  code!: string;

  @Property({ type: "string", length: 64 })
  name!: string;

  @Property({ type: "boolean" })
  concentrated: boolean = false;

  /** The registry's version of the township: a late, older event is ignored. */
  @Property({ type: "integer", default: 0 })
  version: number = 0;

  @Property({ type: "datetime" })
  updatedAt: Date = new Date();
}
