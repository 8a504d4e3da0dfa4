import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090301 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" varchar(26) not null, "at" timestamptz not null, "actor" varchar(255) not null, "actor_unit" varchar(255) not null, "request_id" varchar(255) null, "action" varchar(255) not null, "entity_name" varchar(255) not null, "entity_id" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "burden_report" ("id" varchar(26) not null, "settlement_id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "claim_date" date not null, "total_cost_fen" bigint not null, "out_of_pocket_fen" bigint not null, "out_of_pocket_share_bp" int not null, "threshold_fen" bigint null, "threshold_share_bp" int null, "policy_version_id" varchar(26) not null, "reason" varchar(300) not null, "reported_at" timestamptz not null, constraint "burden_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "burden_report" add constraint "burden_report_settlement_id_unique" unique ("settlement_id");`);
    this.addSql(`create index "burden_report_person_id_index" on "burden_report" ("person_id");`);
    this.addSql(`create index "burden_report_township_code_claim_date_index" on "burden_report" ("township_code", "claim_date");`);

    this.addSql(`create table "enrolment" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "scheme" text check ("scheme" in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, "status" text check ("status" in ('PENDING', 'ENROLLED', 'SUSPENDED')) not null default 'PENDING', "scheme_year" int not null, "contribution_tier" int null, "enrolled_on" date null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_township_code_index" on "enrolment" ("township_code");`);
    this.addSql(`create index "enrolment_scheme_status_index" on "enrolment" ("scheme", "status");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_person_id_scheme_unique" unique ("person_id", "scheme");`);

    this.addSql(`create table "enrolment_change" ("id" varchar(26) not null, "enrolment_id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "scheme" text check ("scheme" in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, "from_status" text check ("from_status" in ('PENDING', 'ENROLLED', 'SUSPENDED')) null, "to_status" text check ("to_status" in ('PENDING', 'ENROLLED', 'SUSPENDED')) not null, "from_tier" int null, "to_tier" int null, "scheme_year" int not null, "changed_by" varchar(64) not null, "changed_at" timestamptz not null, constraint "enrolment_change_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_change_scheme_id_index" on "enrolment_change" ("scheme", "id");`);

    this.addSql(`create table "medical_year_accumulator" ("id" varchar(40) not null, "person_id" varchar(26) not null, "year" int not null, "payers" jsonb not null, "version" int not null default 1, "updated_at" timestamptz not null, constraint "medical_year_accumulator_pkey" primary key ("id"));`);

    this.addSql(`create table "pension_ledger_entry" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "birth_date" date not null, "turned60on" date not null, "found_on" date not null, "back_payment_fen" int not null, "monthly_benefit_fen" int not null, "benefit_starts_on" date not null, "status" text check ("status" in ('PENDING', 'BACK_PAID', 'CLAIMED', 'PAYING')) not null default 'PENDING', "back_paid_on" date null, "claimed_on" date null, "paying_since" date null, "policy_version_id" varchar(26) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "pension_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "pension_ledger_entry" add constraint "pension_ledger_entry_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "pension_ledger_entry_township_code_index" on "pension_ledger_entry" ("township_code");`);
    this.addSql(`create index "pension_ledger_entry_status_found_on_index" on "pension_ledger_entry" ("status", "found_on");`);

    this.addSql(`create table "person_facts" ("person_id" varchar(26) not null, "version" int not null, "township_code" varchar(12) not null, "birth_date" date not null, "poverty_status" text check ("poverty_status" in ('REGISTERED', 'EXITED')) not null, "registered_on" date not null, "exited_on" date null, "updated_at" timestamptz not null, constraint "person_facts_pkey" primary key ("person_id"));`);
    this.addSql(`create index "person_facts_birth_date_index" on "person_facts" ("birth_date");`);
    this.addSql(`create index "person_facts_township_code_index" on "person_facts" ("township_code");`);

    this.addSql(`create table "policy_version" ("id" varchar(26) not null, "kind" text check ("kind" in ('MEDICAL', 'PENSION')) not null, "name" varchar(100) not null, "valid_from" date not null, "status" text check ("status" in ('DRAFT', 'ADOPTED')) not null default 'DRAFT', "parameters" jsonb not null, "created_by" varchar(64) not null, "adopted_at" timestamptz null, "adopted_by" varchar(64) null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "policy_version_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_version_kind_status_valid_from_index" on "policy_version" ("kind", "status", "valid_from");`);

    this.addSql(`create table "premium_subsidy" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "scheme" text check ("scheme" in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, "year" int not null, "standard_fen" int not null, "due_on" date not null, "paid_fen" int not null default 0, "paid_on" date null, "fully_paid" boolean not null default false, "paid_late" boolean not null default false, "policy_version_id" varchar(26) not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "premium_subsidy_pkey" primary key ("id"));`);
    this.addSql(`create index "premium_subsidy_township_code_year_index" on "premium_subsidy" ("township_code", "year");`);
    this.addSql(`create index "premium_subsidy_scheme_year_index" on "premium_subsidy" ("scheme", "year");`);
    this.addSql(`alter table "premium_subsidy" add constraint "premium_subsidy_person_id_scheme_year_unique" unique ("person_id", "scheme", "year");`);

    this.addSql(`create table "screening_finding" ("id" varchar(26) not null, "run_id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "kind" text check ("kind" in ('NOT_ENROLLED', 'SUBSIDY_MISSING', 'SUBSIDY_UNPAID', 'SUBSIDY_SHORT', 'SUBSIDY_LATE', 'CONTRIBUTION_CHANGED')) not null, "record_id" varchar(26) null, "detail" varchar(300) not null, constraint "screening_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "screening_finding_run_id_township_code_index" on "screening_finding" ("run_id", "township_code");`);
    this.addSql(`create index "screening_finding_run_id_kind_index" on "screening_finding" ("run_id", "kind");`);

    this.addSql(`create table "screening_run" ("id" varchar(26) not null, "scheme" text check ("scheme" in ('RESIDENT_PENSION', 'RESIDENT_MEDICAL')) not null, "as_of" date not null, "ran_at" timestamptz not null, "ran_by" varchar(64) not null, "previous_run_id" varchar(26) null, "last_change_id" varchar(26) null, "people_screened" int not null, "enrolments_created" int not null, "subsidies_created" int not null, "finding_count" int not null, constraint "screening_run_pkey" primary key ("id"));`);
    this.addSql(`create index "screening_run_scheme_id_index" on "screening_run" ("scheme", "id");`);

    this.addSql(`create table "settlement" ("id" varchar(26) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "claim_date" date not null, "year" int not null, "hospital_level" text check ("hospital_level" in ('PRIMARY', 'SECONDARY', 'TERTIARY')) not null, "total_cost_fen" bigint not null, "policy_scope_cost_fen" bigint not null, "special_drugs_cost_fen" bigint not null, "poor_person" boolean not null, "policy_version_id" varchar(26) not null, "lines" jsonb not null, "paid_by_payers_fen" bigint not null, "out_of_pocket_fen" bigint not null, "trace" jsonb not null, "settled_by" varchar(64) not null, "created_at" timestamptz not null, constraint "settlement_pkey" primary key ("id"));`);
    this.addSql(`create index "settlement_claim_date_index" on "settlement" ("claim_date");`);
    this.addSql(`create index "settlement_township_code_claim_date_index" on "settlement" ("township_code", "claim_date");`);
    this.addSql(`create index "settlement_person_id_claim_date_index" on "settlement" ("person_id", "claim_date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "burden_report" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "enrolment_change" cascade;`);

    this.addSql(`drop table if exists "medical_year_accumulator" cascade;`);

    this.addSql(`drop table if exists "pension_ledger_entry" cascade;`);

    this.addSql(`drop table if exists "person_facts" cascade;`);

    this.addSql(`drop table if exists "policy_version" cascade;`);

    this.addSql(`drop table if exists "premium_subsidy" cascade;`);

    this.addSql(`drop table if exists "screening_finding" cascade;`);

    this.addSql(`drop table if exists "screening_run" cascade;`);

    this.addSql(`drop table if exists "settlement" cascade;`);
  }

}
