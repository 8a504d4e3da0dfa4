import { Migration } from '@mikro-orm/migrations';

/**
 * Reference data of the 2018–2020 plan (人保局脱贫攻坚三年行动实施意见, 二、目标任务 and 三(一)):
 * the bureau's initial list of public-welfare post types, and the employment targets as versioned
 * rows (R-PRIN-2) — a later plan adds rows with a later valid-from date instead of a release.
 * Written by hand: data, not schema, so db:migration:create never generates it.
 */
export class Migration20261130090300ReferenceData extends Migration {

  override async up(): Promise<void> {
    this.addSql(`insert into "post_type" ("code", "name", "created_at") values
      ('CLEANING', '保洁', now()),
      ('ROAD_UPKEEP', '公路养护', now()),
      ('FOREST_CARE', '林木管护', now()),
      ('PATROL', '治安巡逻', now());`);
    this.addSql(`insert into "employment_target" ("id", "metric", "value", "valid_from", "deadline", "note", "created_by", "created_at") values
      ('seed-2018-posts-held', 'POSTS_HELD', 470, '2018-01-01', '2020-12-31', 'R-EMP-1 公益岗位保有量不低于470个', 'migration', now()),
      ('seed-2018-post-occupancy', 'POST_OCCUPANCY_BP', 8000, '2018-01-01', '2020-12-31', 'R-EMP-1 上岗率不低于80%', 'migration', now()),
      ('seed-2018-projects-year', 'PROJECTS_STARTED_PER_YEAR', 5, '2018-01-01', '2020-12-31', 'R-EMP-2 每年新增扶贫就业项目不少于5个', 'migration', now()),
      ('seed-2018-projects-held', 'PROJECTS_HELD', 10, '2018-01-01', '2020-12-31', 'R-EMP-2 扶贫就业项目保有量不少于10个', 'migration', now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "employment_target" where "id" like 'seed-2018-%';`);
    this.addSql(`delete from "post_type" where "code" in ('CLEANING', 'ROAD_UPKEEP', 'FOREST_CARE', 'PATROL');`);
  }

}
