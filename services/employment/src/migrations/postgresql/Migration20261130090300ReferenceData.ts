import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data of the 2018–2020 plan (人保局脱贫攻坚三年行动实施意见, 三(一)): the bureau's initial
 * list of public-welfare post types. Written by hand: data, not schema, so db:migration:create
 * never generates it. It once also seeded the plan's targets; those are policy versions now
 * (R-PRIN-2), adopted through the service (`adoptPlanPolicies`), and a later migration drops the
 * old table — so a database that ran the old seed and a fresh one end the same.
 */
export class Migration20261130090300ReferenceData extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "post_type" ("code", "name", "created_at") values
      ('CLEANING', '保洁', now()),
      ('ROAD_UPKEEP', '公路养护', now()),
      ('FOREST_CARE', '林木管护', now()),
      ('PATROL', '治安巡逻', now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "employment_target" where "id" like 'seed-2018-%';`);
    this.addSql(`delete from "post_type" where "code" in ('CLEANING', 'ROAD_UPKEEP', 'FOREST_CARE', 'PATROL');`);
  }

}
