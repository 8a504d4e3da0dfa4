import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "apprentice_check_in" ("id" varchar(26) not null, "enrolment_id" varchar(26) not null, "month" varchar(7) not null, "checked_on" date not null, "note" varchar(500) not null, "created_at" timestamptz not null, constraint "apprentice_check_in_pkey" primary key ("id"));`);
    this.addSql(`alter table "apprentice_check_in" add constraint "apprentice_check_in_enrolment_id_month_unique" unique ("enrolment_id", "month");`);

    this.addSql(`create table "audit_entry" ("id" varchar(26) not null, "at" timestamptz not null, "actor" varchar(255) not null, "actor_unit" varchar(255) not null, "request_id" varchar(255) null, "action" varchar(255) not null, "entity_name" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "household_facts" ("household_id" varchar(64) not null, "version" int not null, "rural_zero_transfer_employment" boolean not null, "minimum_living_guarantee" boolean not null, "updated_at" timestamptz not null, constraint "household_facts_pkey" primary key ("household_id"));`);

    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(26) not null, "handled_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "outbox_event" ("seq" bigserial primary key, "id" varchar(26) not null, "type" varchar(200) not null, "subject" varchar(200) not null, "payload" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_id_unique" unique ("id");`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (seq) where published_at is null;`);

    this.addSql(`create table "person_facts" ("person_id" varchar(26) not null, "version" int not null, "township_code" varchar(12) not null, "household_id" varchar(64) not null, "labor_capacity" text check ("labor_capacity" in ('FULL', 'PARTIAL', 'NONE')) not null, "willing_to_train" boolean not null, "poverty_status" text check ("poverty_status" in ('REGISTERED', 'EXITED')) not null, "registered_on" date not null, "exited_on" date null, "withdrawn_on" date null, "updated_at" timestamptz not null, constraint "person_facts_pkey" primary key ("person_id"));`);
    this.addSql(`create index "person_facts_household_id_index" on "person_facts" ("household_id");`);
    this.addSql(`create index "person_facts_township_code_index" on "person_facts" ("township_code");`);

    this.addSql(`create table "placement_record" ("placement_id" varchar(64) not null, "person_id" varchar(64) not null, "kind" varchar(32) not null, "since" date not null, "created_at" timestamptz not null, constraint "placement_record_pkey" primary key ("placement_id"));`);
    this.addSql(`create index "placement_record_person_id_since_index" on "placement_record" ("person_id", "since");`);

    this.addSql(`create table "policy_version" ("id" varchar(26) not null, "kind" text not null, "name" varchar(100) not null, "valid_from" date not null, "status" text check ("status" in ('DRAFT', 'ADOPTED')) not null default 'DRAFT', "parameters" jsonb not null, "created_by" varchar(64) not null, "adopted_at" timestamptz null, "adopted_by" varchar(64) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "policy_version_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_version_kind_status_valid_from_index" on "policy_version" ("kind", "status", "valid_from");`);

    this.addSql(`create table "session_attendance" ("id" varchar(26) not null, "session_id" varchar(26) not null, "enrolment_id" varchar(26) not null, "project_id" varchar(26) not null, "present" boolean not null, constraint "session_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "session_attendance_enrolment_id_index" on "session_attendance" ("enrolment_id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_enrolment_id_unique" unique ("session_id", "enrolment_id");`);

    this.addSql(`create table "township_facts" ("code" varchar(12) not null, "name" varchar(64) not null, "version" int not null, "updated_at" timestamptz not null, constraint "township_facts_pkey" primary key ("code"));`);

    this.addSql(`create table "training_certificate" ("id" varchar(26) not null, "enrolment_id" varchar(26) not null, "project_id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "type" text check ("type" in ('VOCATIONAL_QUALIFICATION', 'SKILL_LEVEL', 'SPECIAL_ABILITY', 'TRAINING_COMPLETION')) not null, "number" varchar(64) not null, "issuing_body" varchar(100) not null, "issued_on" date not null, "created_at" timestamptz not null, constraint "training_certificate_pkey" primary key ("id"));`);
    this.addSql(`create index "training_certificate_township_code_issued_on_index" on "training_certificate" ("township_code", "issued_on");`);
    this.addSql(`create index "training_certificate_person_id_index" on "training_certificate" ("person_id");`);
    this.addSql(`alter table "training_certificate" add constraint "training_certificate_number_unique" unique ("number");`);
    this.addSql(`alter table "training_certificate" add constraint "training_certificate_enrolment_id_unique" unique ("enrolment_id");`);

    this.addSql(`create table "training_claim" ("id" varchar(26) not null, "project_id" varchar(26) not null, "institution_id" varchar(26) not null, "township_code" varchar(12) not null, "status" text check ("status" in ('SUBMITTED', 'VERIFIED', 'PAID', 'REFUSED')) not null default 'SUBMITTED', "submitted_on" date not null, "price_per_trainee_fen" bigint not null, "policy_version_id" varchar(26) not null, "completed_count" int not null, "partial_count" int not null, "refused_count" int not null, "amount_fen" bigint not null, "verified_on" date null, "paid_on" date null, "paid_amount_fen" bigint null, "refused_on" date null, "refusal_reason" varchar(500) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "training_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "training_claim_project_id_index" on "training_claim" ("project_id");`);
    this.addSql(`create index "training_claim_status_submitted_on_index" on "training_claim" ("status", "submitted_on");`);

    this.addSql(`create table "training_claim_line" ("id" varchar(26) not null, "claim_id" varchar(26) not null, "project_id" varchar(26) not null, "person_id" varchar(64) not null, "enrolment_id" varchar(26) null, "township_code" varchar(12) null, "outcome" text check ("outcome" in ('PAYABLE', 'REFUSED')) not null, "basis" text check ("basis" in ('COMPLETED', 'PARTIAL')) null, "refusal" text check ("refusal" in ('NOT_COMPLETED', 'NOT_REGISTERED_POOR', 'ALREADY_CLAIMED', 'NOT_ENROLLED')) null, "attendance_bp" int null, "amount_fen" bigint not null, constraint "training_claim_line_pkey" primary key ("id"));`);
    this.addSql(`create index "training_claim_line_person_id_outcome_index" on "training_claim_line" ("person_id", "outcome");`);
    this.addSql(`create index "training_claim_line_claim_id_index" on "training_claim_line" ("claim_id");`);

    this.addSql(`create table "training_enrolment" ("id" varchar(26) not null, "project_id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "enrolled_on" date not null, "status" text check ("status" in ('ENROLLED', 'COMPLETED')) not null default 'ENROLLED', "completed_on" date null, "assessment_passed" boolean null, "attendance_bp" int null, "completion_policy_version_id" varchar(26) null, "master_name" varchar(50) null, "apprentice_from" date null, "apprentice_to" date null, "version" int not null default 1, "created_at" timestamptz not null, constraint "training_enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "training_enrolment_township_code_status_index" on "training_enrolment" ("township_code", "status");`);
    this.addSql(`create index "training_enrolment_person_id_index" on "training_enrolment" ("person_id");`);
    this.addSql(`alter table "training_enrolment" add constraint "training_enrolment_project_id_person_id_unique" unique ("project_id", "person_id");`);

    this.addSql(`create table "training_institution" ("id" varchar(26) not null, "name" varchar(100) not null, "credit_code" varchar(18) not null, "qualification" varchar(200) not null, "contact" varchar(100) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "training_institution_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_institution" add constraint "training_institution_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "training_need" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "status" text check ("status" in ('OPEN', 'MET', 'NOT_NEEDED')) not null, "open_key" varchar(26) null, "opened_on" date not null, "enrolled_on" date null, "met_on" date null, "met_by_enrolment_id" varchar(26) null, "closed_on" date null, "close_reason" varchar(200) null, "version" int not null default 1, "created_at" timestamptz not null, constraint "training_need_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_need" add constraint "training_need_open_key_unique" unique ("open_key");`);
    this.addSql(`create index "training_need_person_id_index" on "training_need" ("person_id");`);
    this.addSql(`create index "training_need_status_township_code_opened_on_index" on "training_need" ("status", "township_code", "opened_on");`);

    this.addSql(`create table "training_project" ("id" varchar(26) not null, "institution_id" varchar(26) not null, "contract_number" varchar(64) not null, "course_kind" text check ("course_kind" in ('OCCUPATION', 'SPECIAL_ABILITY')) not null, "course_name" varchar(100) not null, "format" text check ("format" in ('CLASSROOM', 'MASTER_APPRENTICE', 'CAPABLE_PERSON_APPRENTICE', 'ONE_TO_ONE')) not null, "township_code" varchar(12) not null, "place" varchar(100) not null, "places" int not null, "hours" int not null, "price_per_trainee_fen" bigint not null, "start_on" date not null, "end_on" date not null, "policy_version_id" varchar(26) not null, "version" int not null default 1, "created_at" timestamptz not null, constraint "training_project_pkey" primary key ("id"));`);
    this.addSql(`create index "training_project_institution_id_index" on "training_project" ("institution_id");`);
    this.addSql(`create index "training_project_township_code_start_on_index" on "training_project" ("township_code", "start_on");`);
    this.addSql(`alter table "training_project" add constraint "training_project_contract_number_unique" unique ("contract_number");`);

    this.addSql(`create table "training_session" ("id" varchar(26) not null, "project_id" varchar(26) not null, "held_on" date not null, "hours" int not null, "topic" varchar(100) not null, "created_at" timestamptz not null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_project_id_held_on_index" on "training_session" ("project_id", "held_on");`);

    this.addSql(`create table "training_survey" ("person_id" varchar(26) not null, "survey_id" varchar(64) not null, "surveyed_on" date not null, "needs_training" boolean not null, "updated_at" timestamptz not null, constraint "training_survey_pkey" primary key ("person_id"));`);

    this.addSql(`create table "withdrawn_registration" ("projection" varchar(64) not null, "subject" varchar(64) not null, "withdrawn_version" int not null, "through_version" int not null, "reregistered_version" int null, "kept" boolean not null default false, "event_id" varchar(64) not null, "withdrawn_on" date not null, constraint "withdrawn_registration_pkey" primary key ("projection", "subject"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "apprentice_check_in" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "household_facts" cascade;`);

    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "person_facts" cascade;`);

    this.addSql(`drop table if exists "placement_record" cascade;`);

    this.addSql(`drop table if exists "policy_version" cascade;`);

    this.addSql(`drop table if exists "session_attendance" cascade;`);

    this.addSql(`drop table if exists "township_facts" cascade;`);

    this.addSql(`drop table if exists "training_certificate" cascade;`);

    this.addSql(`drop table if exists "training_claim" cascade;`);

    this.addSql(`drop table if exists "training_claim_line" cascade;`);

    this.addSql(`drop table if exists "training_enrolment" cascade;`);

    this.addSql(`drop table if exists "training_institution" cascade;`);

    this.addSql(`drop table if exists "training_need" cascade;`);

    this.addSql(`drop table if exists "training_project" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "training_survey" cascade;`);

    this.addSql(`drop table if exists "withdrawn_registration" cascade;`);
  }

}
