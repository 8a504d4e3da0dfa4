import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090209 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assistance_case" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "open_key" varchar(26) null, "opened_on" date not null, "opened_by" varchar(64) not null, "caseworker" varchar(50) null, "caseworker_assigned_on" date null, "offer_count" int not null default 0, "job_ready" boolean not null default false, "job_ready_on" date null, "closed_on" date null, "close_reason" varchar(200) null, "closed_by" varchar(64) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "assistance_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "assistance_case" add constraint "assistance_case_open_key_unique" unique ("open_key");`);
    this.addSql(`create index "assistance_case_person_id_index" on "assistance_case" ("person_id");`);
    this.addSql(`create index "assistance_case_status_township_code_opened_on_index" on "assistance_case" ("status", "township_code", "opened_on");`);

    this.addSql(`create table "audit_entry" ("id" varchar(26) not null, "at" timestamptz not null, "actor" varchar(255) not null, "actor_unit" varchar(255) not null, "request_id" varchar(255) null, "action" varchar(255) not null, "entity_name" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "employment_project" ("id" varchar(26) not null, "name" varchar(100) not null, "sponsor_kind" text check ("sponsor_kind" in ('ENTERPRISE', 'VILLAGE_COLLECTIVE', 'ENTREPRENEURSHIP_LEADER')) not null, "sponsor_name" varchar(100) not null, "township_code" varchar(12) not null, "started_on" date not null, "ended_on" date null, "jobs" int not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "employment_project_pkey" primary key ("id"));`);
    this.addSql(`create index "employment_project_township_code_started_on_index" on "employment_project" ("township_code", "started_on");`);
    this.addSql(`create index "employment_project_started_on_index" on "employment_project" ("started_on");`);

    this.addSql(`create table "employment_target" ("id" varchar(26) not null, "metric" text check ("metric" in ('POSTS_HELD', 'POST_OCCUPANCY_BP', 'PROJECTS_STARTED_PER_YEAR', 'PROJECTS_HELD')) not null, "value" int not null, "valid_from" date not null, "deadline" date null, "note" varchar(200) null, "created_by" varchar(64) not null, "created_at" timestamptz not null, constraint "employment_target_pkey" primary key ("id"));`);
    this.addSql(`alter table "employment_target" add constraint "employment_target_metric_valid_from_unique" unique ("metric", "valid_from");`);

    this.addSql(`create table "job_fair" ("id" varchar(26) not null, "township_code" varchar(12) not null, "held_on" date not null, "kind" text check ("kind" in ('DELIVERY_TO_COUNTRYSIDE', 'RECRUITMENT_CARAVAN', 'OTHER')) not null, "title" varchar(100) null, "employers" int not null, "positions_offered" int not null, "poor_attendees" int not null, "offers_made" int not null, "recorded_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "job_fair_pkey" primary key ("id"));`);
    this.addSql(`create index "job_fair_held_on_index" on "job_fair" ("held_on");`);
    this.addSql(`create index "job_fair_township_code_held_on_index" on "job_fair" ("township_code", "held_on");`);

    this.addSql(`create table "job_offer" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "employer" varchar(100) not null, "position" varchar(100) not null, "monthly_wage_fen" int not null, "channel" text check ("channel" in ('VILLAGE_DELIVERY', 'HOUSEHOLD_DELIVERY', 'JOB_FAIR', 'OTHER')) not null, "job_fair_id" varchar(26) null, "offered_on" date not null, "outcome" text check ("outcome" in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', "decline_reason" varchar(200) null, "outcome_on" date null, "recorded_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "job_offer_pkey" primary key ("id"));`);
    this.addSql(`create index "job_offer_job_fair_id_index" on "job_offer" ("job_fair_id");`);
    this.addSql(`create index "job_offer_township_code_offered_on_index" on "job_offer" ("township_code", "offered_on");`);
    this.addSql(`create index "job_offer_person_id_offered_on_index" on "job_offer" ("person_id", "offered_on");`);

    this.addSql(`create table "job_readiness" ("person_id" varchar(26) not null, "ready_on" date not null, "recorded_at" timestamptz not null, constraint "job_readiness_pkey" primary key ("person_id"));`);

    this.addSql(`create table "person_facts" ("person_id" varchar(26) not null, "version" int not null, "township_code" varchar(12) not null, "birth_date" date not null, "labor_capacity" text check ("labor_capacity" in ('FULL', 'PARTIAL', 'NONE')) not null, "willing_to_work" boolean not null, "willing_to_train" boolean not null, "poverty_status" text check ("poverty_status" in ('REGISTERED', 'EXITED')) not null, "updated_at" timestamptz not null, constraint "person_facts_pkey" primary key ("person_id"));`);
    this.addSql(`create index "person_facts_township_code_index" on "person_facts" ("township_code");`);

    this.addSql(`create table "placement" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "kind" text check ("kind" in ('ENTERPRISE', 'EMPLOYMENT_PROJECT', 'PUBLIC_WELFARE_POST', 'SELF_EMPLOYED')) not null, "employer" varchar(100) not null, "since" date not null, "until" date null, "job_offer_id" varchar(26) null, "recorded_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_township_code_since_index" on "placement" ("township_code", "since");`);
    this.addSql(`create index "placement_person_id_since_index" on "placement" ("person_id", "since");`);

    this.addSql(`create table "post_placement" ("id" varchar(26) not null, "post_id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "start_on" date not null, "end_on" date null, "end_reason" varchar(200) null, "placed_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "post_placement_pkey" primary key ("id"));`);
    this.addSql(`create index "post_placement_township_code_start_on_index" on "post_placement" ("township_code", "start_on");`);
    this.addSql(`create index "post_placement_person_id_start_on_index" on "post_placement" ("person_id", "start_on");`);
    this.addSql(`create index "post_placement_post_id_start_on_index" on "post_placement" ("post_id", "start_on");`);

    this.addSql(`create table "post_type" ("code" varchar(32) not null, "name" varchar(32) not null, "created_at" timestamptz not null, constraint "post_type_pkey" primary key ("code"));`);
    this.addSql(`alter table "post_type" add constraint "post_type_name_unique" unique ("name");`);

    this.addSql(`create table "post_work_log" ("id" varchar(26) not null, "placement_id" varchar(26) not null, "month" varchar(7) not null, "days_worked" int not null, "recorded_by" varchar(64) not null, "recorded_at" timestamptz not null, constraint "post_work_log_pkey" primary key ("id"));`);
    this.addSql(`alter table "post_work_log" add constraint "post_work_log_placement_id_month_unique" unique ("placement_id", "month");`);

    this.addSql(`create table "project_employee" ("id" varchar(26) not null, "project_id" varchar(26) not null, "person_id" varchar(26) not null, "created_at" timestamptz not null, constraint "project_employee_pkey" primary key ("id"));`);
    this.addSql(`create index "project_employee_person_id_index" on "project_employee" ("person_id");`);
    this.addSql(`alter table "project_employee" add constraint "project_employee_project_id_person_id_unique" unique ("project_id", "person_id");`);

    this.addSql(`create table "public_welfare_post" ("id" varchar(26) not null, "title" varchar(64) not null, "type_code" varchar(32) not null, "township_code" varchar(12) not null, "village" varchar(64) not null, "monthly_allowance_fen" int not null, "opened_on" date not null, "closed_on" date null, "close_reason" varchar(200) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "public_welfare_post_pkey" primary key ("id"));`);
    this.addSql(`create index "public_welfare_post_opened_on_closed_on_index" on "public_welfare_post" ("opened_on", "closed_on");`);
    this.addSql(`create index "public_welfare_post_township_code_opened_on_index" on "public_welfare_post" ("township_code", "opened_on");`);

    this.addSql(`create table "township_facts" ("code" varchar(12) not null, "name" varchar(64) not null, "concentrated" boolean not null default false, "updated_at" timestamptz not null, constraint "township_facts_pkey" primary key ("code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assistance_case" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "employment_project" cascade;`);

    this.addSql(`drop table if exists "employment_target" cascade;`);

    this.addSql(`drop table if exists "job_fair" cascade;`);

    this.addSql(`drop table if exists "job_offer" cascade;`);

    this.addSql(`drop table if exists "job_readiness" cascade;`);

    this.addSql(`drop table if exists "person_facts" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "post_placement" cascade;`);

    this.addSql(`drop table if exists "post_type" cascade;`);

    this.addSql(`drop table if exists "post_work_log" cascade;`);

    this.addSql(`drop table if exists "project_employee" cascade;`);

    this.addSql(`drop table if exists "public_welfare_post" cascade;`);

    this.addSql(`drop table if exists "township_facts" cascade;`);
  }

}
