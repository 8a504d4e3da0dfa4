import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201416 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy_version" ("id" varchar(26) not null, "kind" text not null, "name" varchar(100) not null, "valid_from" date not null, "status" text check ("status" in ('DRAFT', 'ADOPTED')) not null default 'DRAFT', "parameters" jsonb not null, "created_by" varchar(64) not null, "adopted_at" timestamptz null, "adopted_by" varchar(64) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "policy_version_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_version_kind_status_valid_from_index" on "policy_version" ("kind", "status", "valid_from");`);

    this.addSql(`drop table if exists "employment_target" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "employment_target" ("id" varchar(26) not null, "metric" text check ("metric" in ('POSTS_HELD', 'POST_OCCUPANCY_BP', 'PROJECTS_STARTED_PER_YEAR', 'PROJECTS_HELD')) not null, "value" int4 not null, "valid_from" date not null, "deadline" date null, "note" varchar(200) null, "created_by" varchar(64) not null, "created_at" timestamptz(6) not null, constraint "employment_target_pkey" primary key ("id"));`);
    this.addSql(`alter table "employment_target" add constraint "employment_target_metric_valid_from_unique" unique ("metric", "valid_from");`);

    this.addSql(`drop table if exists "policy_version" cascade;`);
  }

}
