import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084732 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" varchar(26) not null, "at" timestamptz not null, "actor" varchar(255) not null, "actor_unit" varchar(255) not null, "request_id" varchar(255) null, "action" varchar(255) not null, "entity_name" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "household" ("id" varchar(26) not null, "number" varchar(40) null, "township_code" varchar(12) not null, "village" varchar(64) not null, "head_id" varchar(26) null, "urban_zero_employment" boolean not null default false, "rural_zero_transfer_employment" boolean not null default false, "minimum_living_guarantee" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`alter table "household" add constraint "household_number_unique" unique ("number");`);
    this.addSql(`create index "household_township_code_village_index" on "household" ("township_code", "village");`);

    this.addSql(`create table "needs_survey" ("id" varchar(26) not null, "person_id" varchar(26) not null, "surveyed_on" date not null, "surveyed_by" varchar(50) not null, "surveyor_unit" varchar(40) not null, "needs_work" boolean not null default false, "needs_training" boolean not null default false, "needs_entrepreneurship" boolean not null default false, "note" text null, "created_at" timestamptz not null, constraint "needs_survey_pkey" primary key ("id"));`);
    this.addSql(`create index "needs_survey_person_id_surveyed_on_index" on "needs_survey" ("person_id", "surveyed_on");`);

    this.addSql(`create table "person" ("id" varchar(26) not null, "name" varchar(50) not null, "id_number" varchar(18) not null, "birth_date" date not null, "sex" text check ("sex" in ('MALE', 'FEMALE')) not null, "phone" varchar(20) null, "household_id" varchar(26) not null, "township_code" varchar(12) not null, "village" varchar(64) not null, "labor_capacity" text check ("labor_capacity" in ('FULL', 'PARTIAL', 'NONE')) not null default 'NONE', "willing_to_work" boolean not null default false, "willing_to_train" boolean not null default false, "entrepreneurship_capacity" boolean not null default false, "entrepreneurship_intention" boolean not null default false, "disability_certificate" boolean not null default false, "education" text check ("education" in ('NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) not null default 'NONE', "graduation_date" date null, "poverty_status" text check ("poverty_status" in ('REGISTERED', 'EXITED')) not null default 'REGISTERED', "registered_on" date not null, "exited_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`alter table "person" add constraint "person_id_number_unique" unique ("id_number");`);
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`create index "person_birth_date_index" on "person" ("birth_date");`);
    this.addSql(`create index "person_household_id_index" on "person" ("household_id");`);
    this.addSql(`create index "person_township_code_poverty_status_index" on "person" ("township_code", "poverty_status");`);

    this.addSql(`create table "township" ("code" varchar(12) not null, "name" varchar(64) not null, "concentrated" boolean not null default false, "version" int not null default 1, constraint "township_pkey" primary key ("code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "needs_survey" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "township" cascade;`);
  }

}
